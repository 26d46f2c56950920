/**
 * Reason codes the engine writes on blocks and that other packages read, in one typed table. Cue reasons
 * (`cue:<what>`) live with their lexicon entries in `cues/*.ts`; the few of them that the engine itself
 * writes or compares are repeated here so no module compares a bare string. Reasons built from a detector's
 * result (`date:<form>`, `nav:<menu>`, `html:<tag>`, `<cue>:prefix`, `<cue>:inline`) are not listed.
 */

/**
 * Reason codes of the engine's own decisions (and of the cues it writes or compares).
 *
 * @example
 * ```ts
 * import { REASONS } from "@nass/boilerplate";
 * stripBoilerplate(page).blocks.filter((b) => b.reason === REASONS.outsideArticle);
 * ```
 */
export const REASONS = {
  /** a block outside the article's zone that no cue or shape names */
  outsideArticle: "outside-article",
  /** a line between a skip link and its end marker ("تخطى ... وواصل القراءة" ... "... نهاية") */
  skippedBox: "insert:skipped-box",
  /** the caption printed under a caption label ("التعليق على الصورة،") */
  labelledCaption: "caption:labelled",
  /** a caption label ("التعليق على الصورة") */
  captionLabel: "cue:caption-label",
  /** a headline under a list heading or in a bare headline run */
  listItem: "list-item",

  // navigation
  /** a section name printed one per line next to other menu lines, outside the body */
  menuColumn: "nav:menu-column",
  /** one of three or more short plain lines in a row above the title: a menu printed one item per line */
  menuRun: "nav:menu-run",
  /** a one-word section name wedged between two chrome lines above the title */
  sectionLabel: "nav:section-label",
  /** the site's name or tagline at the top of the page (or printed again in the footer) */
  masthead: "nav:masthead",
  /** the neighbouring article's headline under a bare "المقال السابق" / "Next article" label */
  adjacentArticle: "nav:adjacent-article",
  /** the source, date or "..." summary of the neighbouring article's teaser */
  adjacentTeaser: "nav:adjacent-teaser",
  /** a breadcrumb trail ("الرئيسية / أخبار / محلي"), written by the menu detector as `nav:breadcrumb` */
  breadcrumb: "nav:breadcrumb",
  /** a whole menu printed on one line ("أخبار | اقتصاد | رياضة", cells split by runs of spaces) */
  menuStrip: "nav:menu-strip",
  /** section names glued into one line by a scraper ("الرئيسيةأخبارالجزائر") */
  gluedMenu: "nav:glued-menu",
  /** a pager ("1 2 3 »") */
  pagination: "nav:pagination",
  /** a block an HTML front end marked as mostly link text */
  linkDense: "html:link-dense",
  /** the headline above the body printed again after it */
  repeatTitle: "repeat:title",

  // headline lists and tickers
  /** a headline of a "top stories" strip under the menu, above a section name right above the title */
  topStrip: "list-item:top-strip",
  /** a headline of an unlabelled strip of other stories right above the title */
  bareTopStrip: "list-item:bare-top-strip",
  /** a headline of an unlabelled run of headlines after the body */
  bareRun: "list-item:bare-run",
  /** the "..." teaser under a list item */
  listTeaser: "list-teaser",
  /** the outlet printed with each headline of a related box ("النهار الجديد") */
  listSource: "list:source",
  /** a writer's name printed with each headline of an opinion list */
  listWriter: "list:writer",
  /** a section name printed over each headline of a related box ("مقالات") */
  listSection: "list:section",
  /** a headline under a ticker label */
  tickerItem: "ticker-item",
  /** a list heading ("آخر الأخبار") at the top of the page, read as a ticker's label */
  tickerLabel: "cue:ticker-label",
  /** a ticker row whose label lost its space before the headlines ("آخر الأخبارقيس سعيد يستقبل ...") */
  gluedTicker: "ticker-item:glued-label",
  /** a breaking-news prefixed line ("عاجل | ...") right above the body: the title */
  tickerPrefixedTitle: "ticker-prefixed-title",

  // credits and tags
  /** a tag under a bare "الوسوم" / "Tags" label */
  tag: "tag",
  /** a byline under a tag box ("إعداد: لي وانغ") */
  contributor: "credit:contributor",
  /** a run of short noun phrases right after the last paragraph, ended by chrome: tags without a label */
  unlabelledTags: "tags:unlabelled",
  /** a desk editor's initials alone on a line ("ع.ش") */
  editorInitials: "credit:editor-initials",
  /** a columnist's role line under the name right above the title ("كاتب صحفي") */
  bylineRole: "byline:role",
  /** a one- or two-word line right above the title: a kicker or category label */
  kicker: "kicker",

  // comments
  /** a reader's comment in a comment thread */
  comment: "comment",

  // shape
  /** a line of digits and symbols only, no letters */
  numbersOnly: "numbers-only",
  /** a line of symbols only, no letters or digits */
  symbolsOnly: "symbols-only",
  /** a Markdown image embed ("![alt](https://...)") */
  markdownImage: "markup:image",
  /** a Latin line of three to twelve words after the body of an Arabic page */
  latinSpam: "spam:latin-in-arabic-page",

  // cue-style reasons: cues/*.ts entries the engine writes or compares, and cue-like classes it gives itself
  /** a comment form's field label ("الاسم", "Email", "Comment *") */
  commentField: "cue:comment-field",
  /** a comments heading ("التعليقات", "Comments") */
  commentsHeading: "cue:comments-heading",
  /** a comment form prompt ("اترك تعليقاً") */
  commentForm: "cue:comment-form",
  /** a share button or row */
  share: "cue:share",
  /** a newsletter box ("اشترك في النشرة") */
  subscribe: "cue:subscribe",
  /** a follow row ("تابعونا على تويتر") */
  follow: "cue:follow",
  /** a "read more" link ("اقرأ المزيد") with no headline under it, right after a summary cut with "..." */
  readMore: "cue:read-more",
  /** a "previous / next article" label */
  paginationLabel: "cue:pagination",
  /** a tag box label ("الوسوم", "Tags") */
  tagsLabel: "cue:tags",
  /** a media label ("شاهد الفيديو") */
  mediaLabel: "cue:media-label",
  /** a reading-time widget ("قراءة 3 دقائق") */
  readingTime: "cue:reading-time",
  /** a cookie banner */
  cookies: "cue:cookies",
  /** a copyright line ("© 2024 ...") */
  copyright: "cue:copyright",
  /** a photo credit ("الصورة: ...") */
  photoCredit: "cue:photo-credit",
} as const;

/** One of the {@link REASONS} codes. */
export type Reason = (typeof REASONS)[keyof typeof REASONS];
