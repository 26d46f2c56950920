/**
 * Words naming a kind of news outlet, as a site's full name opens with them ("وكالة الأنباء اليمنية سبأ",
 * "صحيفة الرياض", "بوابة الوسط"). Source: the mastheads of Arab news agencies (WAFA, Saba, KUNA, QNA,
 * BNA, ONA) and of portals and dailies across the region.
 */
// biome-ignore format: one entry per line keeps the data table readable
export const MEDIA_WORDS: readonly string[] = [
  "وكالة", "صحيفة", "جريدة", "بوابة", "موقع", "قناة", "شبكة", "إذاعة", "مجلة",
];
