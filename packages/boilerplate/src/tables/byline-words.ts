/**
 * Words that open a byline or credit line on Arabic news sites ("بقلم: ...", "كتب: ...", "إعداد: ...")
 * and their French/English twins. Source: bylines of Algerian, Egyptian, Gulf and Levantine dailies.
 */
// biome-ignore format: one entry per line keeps the data table readable
export const BYLINE_OPENERS: readonly string[] = [
  "بقلم", "كتب", "كتبت", "بواسطة", "إعداد", "تحرير", "ترجمة", "حوار", "متابعة", "مراسلة", "by", "par", "auteur",
];
