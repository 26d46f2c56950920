/**
 * Wire agencies as they are credited on a line of their own under a story: "(رويترز)", "(أ ف ب)", "وام",
 * "فرانس24/ أ ف ب", "(د ب أ)", "المصدر: وكالات". Such a line is the article's credit (the article parser
 * reads its source from it), never an item of a headline list next to it.
 *
 * Sources: the members list of the Federation of Arab News Agencies (FANA, http://www.fananews.com) for the
 * national agencies' Arabic acronyms; the international agencies' Arabic services and their own sites for
 * the Latin acronyms (AFP, Reuters, AP, DPA, Anadolu, Xinhua, Sputnik). Kept in step with `@nass/article`'s
 * agency table (that package depends on this one, not the reverse).
 */
// biome-ignore format: one entry per line keeps the data table readable
export const AGENCY_CREDITS: readonly string[] = [
  "واج", "وأج", "أ ش أ", "أش أ", "بترا", "أ ف ب", "أف ب", "ا ف ب", "فرانس برس", "رويترز", "الأناضول",
  "وكالة الأناضول", "أسوشيتد برس", "أ ب", "واس", "وام", "قنا", "كونا", "سانا", "بنا", "العمانية", "ومع",
  "و م ع", "وات", "وما", "وال", "واع", "وفا", "سونا", "سبأ", "د ب أ", "شينخوا", "سبوتنيك", "وكالات",
  "وكالات الأنباء", "إرنا", "مهر", "تاس", "نوفوستي", "يونهاب", "كيودو",
  "APS", "MENA", "Petra", "AFP", "Reuters", "Anadolu", "AP", "SPA", "WAM", "QNA", "KUNA", "SANA", "BNA", "ONA",
  "MAP", "TAP", "AMI", "LANA", "INA", "NNA", "WAFA", "SUNA", "SABA", "DPA", "Xinhua", "Sputnik", "IRNA", "TASS",
];

/** Labels before a credit ("المصدر: وكالات", "Source : AFP"). */
// biome-ignore format: one entry per line keeps the data table readable
export const CREDIT_LABELS: readonly string[] = [
  "المصدر", "مصدر", "المصادر", "source", "sources",
];
