/**
 * Format labels printed alone above a headline ("حصري", "تقرير", "تحقيق", "Exclusif"): the article's kicker,
 * never the last item of the menu printed one item per line above it. Source: the overlines of Algerian,
 * Moroccan and Tunisian news sites (El Watan, Echorouk, Hespress, Assabah) and of Gulf and Levantine portals,
 * with their French and English equivalents.
 */
// biome-ignore format: one entry per line keeps the data table readable
export const FORMAT_LABELS: readonly string[] = [
  "حصري", "حصريا", "خاص", "تقرير", "تحليل", "حوار", "تحقيق", "مقابلة", "بيان",
  "exclusif", "analyse", "entretien", "enquête", "reportage", "exclusive", "analysis", "interview", "report",
];
