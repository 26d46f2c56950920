/**
 * Words that open a sentence of running prose and almost never a headline: the conjunction و glued to a
 * verb of saying or a particle ("وقال", "وأضاف", "ويهدف"), and connectives ("كما", "فيما", "من جهته").
 * Arabic headlines open with a noun or a verb, not with a conjunction, so a 10+-word line that opens with
 * one of these is prose even when the site drops final periods. Source: the openings of paragraphs in
 * Arabic wire and newspaper copy (Algerian, Egyptian, Gulf, Levantine dailies).
 */
// biome-ignore format: one entry per line keeps the data table readable
export const PROSE_OPENERS: readonly string[] = [
  "وقال", "وقالت", "وأضاف", "وأضافت", "وأكد", "وأكدت", "وأوضح", "وأوضحت", "وأشار", "وأشارت", "وتابع", "وتابعت",
  "وذكر", "وذكرت", "وأفاد", "وأفادت", "وأعلن", "وأعلنت", "وشدد", "وشددت", "ودعا", "ودعت", "واعتبر", "واعتبرت",
  "ولفت", "ولفتت", "ونوه", "وأبرز", "وأبرزت", "وكشف", "وكشفت", "وبين", "وبينت", "ورأى", "وترى", "ويرى", "ويهدف",
  "وتهدف", "ويأتي", "وتأتي", "ويعد", "وتعد", "ويعتبر", "وتعتبر", "ويشمل", "وتشمل", "ويتضمن", "وتتضمن", "وكان",
  "وكانت", "ويذكر", "ويشار", "وتجدر", "وقد", "ولم", "ولا", "وفي", "ومن", "وعلى", "وبحسب", "وحسب", "ووفق", "ووفقا",
  "وبعد", "وقبل", "وخلال", "ومع", "وإلى", "وهو", "وهي", "وهذا", "وهذه", "وذلك", "وأن", "وإن", "ولكن", "وأما",
  "كما", "فيما", "بينما", "حيث", "إذ", "لكن", "غير", "يذكر", "يشار", "تجدر", "وتجدر", "من جهته", "من جهتها",
  "في المقابل", "إلى ذلك", "في السياق", "في هذا السياق", "بدوره", "بدورها", "وبدوره", "وبدورها",
];
