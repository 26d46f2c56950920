/**
 * Job titles that open an author's bio printed under the name after an opinion column ("سالم العوكلي" /
 * "كاتب وصحفي ليبي", "Karim B." / "Journaliste et écrivain"). A line opening with one of them is the
 * writer's bio, never one of the unlabelled tags printed at the same place. Source: the author boxes of
 * WordPress news themes (Jannah, Newspaper, JNews) on Maghreb, Libyan and Levantine opinion pages, and the
 * staff titles of Arabic newsrooms with their French and English equivalents.
 */
// biome-ignore format: one entry per line keeps the data table readable
export const BIO_ROLE_WORDS: readonly string[] = [
  "كاتب", "كاتبة", "صحفي", "صحفية", "صحافي", "صحافية", "إعلامي", "إعلامية", "باحث", "باحثة", "أستاذ", "أستاذة",
  "محلل", "محللة", "أكاديمي", "أكاديمية", "روائي", "روائية", "شاعر", "شاعرة", "دبلوماسي", "دبلوماسية", "خبير",
  "خبيرة", "مستشار", "مستشارة", "محامي", "محامية", "طبيب", "طبيبة", "ناشط", "ناشطة", "مدون", "مدونة",
  "journaliste", "ecrivain", "écrivain", "chercheur", "chercheuse", "professeur", "universitaire", "analyste",
  "writer", "journalist", "researcher", "professor", "analyst", "columnist",
];
