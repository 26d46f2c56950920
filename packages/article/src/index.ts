export {
  type ArabicDate,
  type HijriDate,
  type ParseArabicDateOptions,
  parseArabicDate,
} from "./parse-arabic-date.ts";
export { type ParseArticleOptions, parseArticle } from "./parse-article.ts";
export type {
  Article,
  ArticleStats,
  Block,
  BlockKind,
  BlockZone,
  DateSpan,
  HeadlineList,
  HeadlineListKind,
  NameSpan,
  Paragraph,
  RemovedBlock,
  Sentence,
  Span,
} from "./types.ts";
