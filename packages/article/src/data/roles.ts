/**
 * Job titles printed after an author's name in a byline ("محمد سعيد - صحفي", "Karim B. –
 * journaliste"): the line is the author, the title is left out of the name.
 *
 * Source: the staff titles of Arabic newsrooms (صحفي، مراسل، محرر، كاتب، محلل) and their French
 * and English equivalents as printed on Maghreb and Gulf sites.
 */
export const ROLE_WORDS: readonly string[] = [
  "صحفي",
  "صحفية",
  "صحافي",
  "صحافية",
  "مراسل",
  "مراسلة",
  "محرر",
  "محررة",
  "كاتب",
  "كاتبة",
  "محلل",
  "محللة",
  "باحث",
  "باحثة",
  "أستاذ",
  "أستاذة",
  "إعلامي",
  "إعلامية",
  "مدير",
  "رئيس",
  "رئيسة",
  "مصور",
  "مصورة",
  "مترجم",
  "مترجمة",
  "خبير",
  "خبيرة",
  "journaliste",
  "correspondant",
  "correspondante",
  "rédacteur",
  "journalist",
  "correspondent",
  "reporter",
  "editor",
  "writer",
];

/**
 * Words that open a correspondent credit ("مراسل الجزيرة نت في القاهرة", "مراسلنا في غزة: يوسف
 * حماد"): the media named after the word is the source, the place after "في" the dateline.
 * Source: Arabic newspaper credit conventions (مراسل/مراسلة, and the possessive مراسلنا "our
 * correspondent").
 */
export const CORRESPONDENT_WORDS: readonly string[] = [
  "مراسل",
  "مراسلة",
  "مراسلو",
  "مراسلي",
  "مراسلنا",
  "مراسلتنا",
  "موفد",
  "موفدنا",
];

/**
 * Offices that open a headline or a deck, never a byline's name ("وزير الخارجية - رئيس الوفد").
 * Source: the titles of Arab state offices as printed in news headlines.
 */
export const OFFICE_WORDS: readonly string[] = [
  "وزير",
  "وزيرة",
  "سفير",
  "سفيرة",
  "نائب",
  "أمين",
  "الرئيس",
  "الوزير",
  "رئيس",
  "ولي",
  "أمير",
  "ملك",
  "الملك",
  "الأمير",
  "قائد",
  "والي",
  "محافظ",
];
