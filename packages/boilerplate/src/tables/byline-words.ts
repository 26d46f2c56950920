/**
 * Words that open a byline or credit line on Arabic news sites ("بقلم: ...", "كتب: ...", "إعداد: ...")
 * and their French/English twins. Source: bylines of Algerian, Egyptian, Gulf and Levantine dailies;
 * "المصدر" opens the source line under the title on Al Jazeera-style pages ("المصدر : الجزيرة + وكالات").
 */
// biome-ignore format: one entry per line keeps the data table readable
export const BYLINE_OPENERS: readonly string[] = [
  "بقلم", "كتب", "كتبت", "بواسطة", "إعداد", "تحرير", "ترجمة", "حوار", "متابعة", "مراسلة", "المصدر", "by", "par", "auteur",
];
