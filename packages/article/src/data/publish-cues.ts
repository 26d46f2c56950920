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

/**
 * The words among {@link PUBLISH_CUES} that label an update ("آخر تحديث", "Updated", "Mis à jour"):
 * a page that prints both an update and a publication stamp is published at the latter.
 *
 * Source: the same themes and sites (France 24, Al Jazeera, Hespress print "آخر تحديث" above or
 * beside "نشرت في").
 */
export const UPDATE_CUES: readonly string[] = ["تحديث", "محدث", "updated", "mis"];

/**
 * Words that label a date line as the site's "today" header ("اليوم: الأحد 22 نوفمبر 2026", "Today:",
 * "Aujourd'hui"): the day the page was served, never the publication date.
 *
 * Source: the date bars of Elaph, TSA Arabi, Al-Akhbar and Gulf portals printed above their menus.
 */
export const TODAY_CUES: readonly string[] = ["اليوم", "today", "aujourd'hui", "aujourdhui"];

/**
 * Labels that open an aggregator's or republisher's stamp naming the original outlet before the date:
 * "نشر في الشروق اليومي يوم 12 - 06 - 2024", "Publié dans Le Quotidien d'Oran le 3 juin 2024". The words
 * between the label and the date are the story's source.
 *
 * Source: the story pages of Djazairess, Maghress, Masress, Sahafa and Yemeress (the same aggregator
 * template across countries), and French-chrome Maghreb aggregators.
 */
export const PUBLISHED_IN_CUES: readonly string[] = [
  "نشر في",
  "نشر فى",
  "نُشر في",
  "نشرت في",
  "نشرت فى",
  "منشور في",
  "publié dans",
  "publie dans",
  "paru dans",
  "published in",
];

/**
 * Connector words between the outlet and the date of a {@link PUBLISHED_IN_CUES} stamp ("... يوم 12 - 06 -
 * 2024", "... le 3 juin"): not part of the outlet's name. Same source.
 */
export const PUBLISHED_IN_CONNECTORS: readonly string[] = ["يوم", "بتاريخ", "بتاريح", "le", "on", "du"];
