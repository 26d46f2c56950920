/**
 * Words of a reading-time widget: "قراءة 3 دقائق", "3 دقائق", "دقيقتان للقراءة", "5 min read",
 * "Lecture 3 min", "Temps de lecture : 4 min". Sources: the reading-time labels of WordPress news themes
 * (Jannah, Newspaper, Soledad: "دقائق للقراءة"), Medium-style English labels ("min read") and French portals
 * (Le360, Hespress FR: "Lecture 3 min"). A line made only of these words and numbers, with a minute word,
 * is a reading-time widget; "منذ 5 دقائق" holds "منذ" and stays a relative date.
 */

/** Minute words (ar/fr/en). */
// biome-ignore format: one entry per line keeps the data table readable
export const MINUTE_WORDS: readonly string[] = [
  "دقيقة", "دقائق", "دقيقتان", "دقيقتين", "د",
  "min", "mins", "minute", "minutes", "mn",
];

/** Labels around the minutes ("قراءة", "مدة القراءة", "Lecture", "read", "Temps de lecture"). */
// biome-ignore format: one entry per line keeps the data table readable
export const READING_WORDS: readonly string[] = [
  "قراءة", "القراءة", "للقراءة", "مدة", "وقت", "زمن",
  "lecture", "temps", "de", "read", "reading", "time",
  // number words of a one-minute label (Jannah, Sahifa: "دقيقة واحدة"; "1 minute", "une minute", "one minute")
  "واحدة", "واحد", "une", "one",
];
