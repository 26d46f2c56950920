/**
 * News agencies and their abbreviations as printed in credits ("(واج)", "(أ ف ب)", "-(بترا)",
 * "وكالة الأناضول", "(Reuters)").
 *
 * Sources: the members list of the Federation of Arab News Agencies (FANA, http://www.fananews.com)
 * for the national agencies and their Arabic acronyms (واج = وكالة الأنباء الجزائرية, بترا = وكالة
 * الأنباء الأردنية ...); the agencies' own sites for their Latin acronyms (APS, MAP, TAP, AFP...).
 */

/** One agency: a display name and every credit spelling that denotes it. */
export interface Agency {
  /** display name */
  readonly name: string;
  /** spellings found in credits (matched after lookup-key folding and dropping dots) */
  readonly aliases: readonly string[];
}

/** Known news agencies. */
export const AGENCIES: readonly Agency[] = [
  { name: "وكالة الأنباء الجزائرية", aliases: ["واج", "وأج", "و.أ.ج", "APS"] },
  { name: "وكالة أنباء الشرق الأوسط", aliases: ["أ ش أ", "أش أ", "أ.ش.أ", "MENA"] },
  { name: "وكالة الأنباء الأردنية", aliases: ["بترا", "Petra"] },
  { name: "وكالة فرانس برس", aliases: ["أ ف ب", "أ.ف.ب", "أف ب", "ا ف ب", "فرانس برس", "AFP"] },
  { name: "رويترز", aliases: ["رويترز", "Reuters"] },
  { name: "وكالة الأناضول", aliases: ["الأناضول", "وكالة الأناضول", "Anadolu", "AA"] },
  { name: "أسوشيتد برس", aliases: ["أسوشيتد برس", "أ ب", "AP"] },
  { name: "وكالة الأنباء السعودية", aliases: ["واس", "SPA"] },
  { name: "وكالة أنباء الإمارات", aliases: ["وام", "WAM"] },
  { name: "وكالة الأنباء القطرية", aliases: ["قنا", "QNA"] },
  { name: "وكالة الأنباء الكويتية", aliases: ["كونا", "KUNA"] },
  { name: "وكالة الأنباء السورية", aliases: ["سانا", "SANA"] },
  { name: "وكالة أنباء البحرين", aliases: ["بنا", "BNA"] },
  { name: "وكالة الأنباء العمانية", aliases: ["العمانية", "ONA"] },
  { name: "وكالة المغرب العربي للأنباء", aliases: ["ومع", "و.م.ع", "MAP"] },
  { name: "وكالة تونس أفريقيا للأنباء", aliases: ["وات", "TAP"] },
  { name: "الوكالة الموريتانية للأنباء", aliases: ["وما", "AMI"] },
  { name: "وكالة الأنباء الليبية", aliases: ["وال", "LANA"] },
  { name: "وكالة الأنباء العراقية", aliases: ["واع", "INA"] },
  { name: "الوكالة الوطنية للإعلام", aliases: ["NNA"] },
  { name: "وكالة الأنباء الفلسطينية", aliases: ["وفا", "WAFA"] },
  { name: "وكالة السودان للأنباء", aliases: ["سونا", "SUNA"] },
  { name: "وكالة الأنباء اليمنية", aliases: ["سبأ", "SABA"] },
  { name: "وكالة الأنباء الألمانية", aliases: ["د ب أ", "د.ب.أ", "DPA"] },
  { name: "شينخوا", aliases: ["شينخوا", "Xinhua"] },
  { name: "سبوتنيك", aliases: ["سبوتنيك", "Sputnik"] },
  { name: "سي إن إن", aliases: ["سي إن إن", "CNN"] },
  { name: "بي بي سي", aliases: ["بي بي سي", "BBC"] },
  { name: "وكالات", aliases: ["وكالات", "وكالات الأنباء"] },
];

/**
 * Words that make a short credit a media name rather than a place ("أنباء انفو", "الشروق نيوز",
 * "Hespress"). Source: the naming patterns of Arabic news sites (أنباء, نيوز, بريس, انفو, ميديا...).
 */
export const MEDIA_WORDS: readonly string[] = [
  "أنباء",
  "انباء",
  "انفو",
  "إنفو",
  "أنفو",
  "نيوز",
  "بريس",
  "ميديا",
  "تايمز",
  "وكالة",
  "صحيفة",
  "جريدة",
  "موقع",
  "بوابة",
  "إذاعة",
  "تلفزيون",
  "قناة",
  "نت",
  "بوست",
  "تيفي",
  // "شبكة قدس الإخبارية", "السومرية الإخبارية": the news-network adjective names a site
  "الإخبارية",
  "الاخبارية",
  "info",
  "news",
  "press",
  "media",
  "times",
  "net",
  "post",
];

/**
 * Media words that only name sites, never occur in a headline ("نيوز", "أونلاين", "info"): a line
 * of up to five words holding one is a masthead ("بي بي سي نيوز عربي"). Source: as `MEDIA_WORDS`.
 */
export const SITE_NAME_WORDS: readonly string[] = [
  "نيوز",
  "بريس",
  "انفو",
  "إنفو",
  "أنفو",
  "أونلاين",
  "اونلاين",
  "ميديا",
  "news",
  "info",
  "press",
  "online",
  "media",
  "tv",
];

/** Labels that introduce a credit line ("المصدر: ...", "Source : ..."). */
export const SOURCE_LABELS: readonly string[] = ["المصدر", "مصدر", "نقلا عن", "نقلاً عن", "عن", "source", "sources"];

/**
 * Verbs with which a newspaper credits itself as the one who learned a story, quoting its own name:
 * "علمت «عكاظ» من مصادر ...", "وعلمت "الخليج" أن ...", "علم «الشروق» ...". The quoted name after
 * the verb is the article's source.
 *
 * Source: exclusives in Saudi, Emirati, Egyptian and Algerian dailies (Okaz, Al Khaleej, Al
 * Shorouk, Echorouk, Al Watan), which open with the paper learning the news.
 */
export const LEARNED_VERBS: readonly string[] = ["علمت", "وعلمت", "علم", "وعلم"];
