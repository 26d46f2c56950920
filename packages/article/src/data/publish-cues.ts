/**
 * Words that label a date line as the publication (or update) date: "نشر في", "تاريخ النشر",
 * "آخر تحديث", "Publié le", "Published", "Mis à jour".
 *
 * Source: the date labels of Arabic WordPress themes (Jannah, Newspaper, JNews: "نشر في",
 * "آخر تحديث") in their Arabic translations, and the French/English labels of Maghreb and Gulf
 * sites.
 */
export const PUBLISH_CUES: readonly string[] = [
  "نشر",
  "نُشر",
  "نشرت",
  "النشر",
  "تاريخ",
  "تحديث",
  "محدث",
  "published",
  "posted",
  "updated",
  "publié",
  "publie",
  "posté",
  "mis",
];
