/**
 * Words a date or clock header is made of. Sources: weekday names (Modern Standard Arabic, French,
 * English); month names of every system in use on Arabic news sites: Egyptian/Gulf Gregorian
 * (يناير ... ديسمبر), Levantine/Iraqi Syriac (كانون الثاني ... كانون الأول), Algerian/Tunisian French-derived
 * (جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت), Moroccan (يوليوز، غشت، شتنبر، نونبر، دجنبر), Hijri (محرم ... ذو الحجة);
 * French and English month names; and the small words around them ("الموافق", "هـ", "ص", "م", "GMT").
 */

/** Weekdays (ar/fr/en). */
// biome-ignore format: one entry per line keeps the data table readable
export const WEEKDAYS: readonly string[] = [
  "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
  "أحد", "اثنين", "إثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت",
  "dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
  "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  "sun", "mon", "tue", "wed", "thu", "fri", "sat",
];

/** Month names, one word each (two-word names such as "كانون الثاني" are covered by their words). */
// biome-ignore format: one entry per line keeps the data table readable
export const MONTHS: readonly string[] = [
  // Gregorian, Egyptian/Gulf spelling
  "يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس", "اغسطس",
  "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر",
  // Syriac (Levant, Iraq)
  "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
  // French-derived (Algeria, Tunisia)
  "جانفي", "فيفري", "أفريل", "ماي", "جوان", "جويلية", "أوت",
  // Moroccan
  "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر",
  // Hijri
  "محرم", "صفر", "ربيع", "جمادى", "رجب", "شعبان", "رمضان", "شوال", "ذو", "ذي", "القعدة", "الحجة",
  // French, English
  "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
  "décembre", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/** Words that may sit between the parts of a date or clock header without making it prose. */
// biome-ignore format: one entry per line keeps the data table readable
export const DATE_FILLERS: readonly string[] = [
  "الأول", "الثاني", "الأولى", "الآخر", "الآخرة", "الاخر", "الموافق", "هـ", "ه", "م", "ص", "مساء", "صباحا", "ظهرا",
  "الساعة", "ساعة", "ساعات", "دقيقة", "دقائق", "منذ", "يوم", "أيام", "أمس", "اليوم", "تحديث", "آخر", "اخر", "نشر",
  "مكة", "غرينتش", "غرينيتش", "gmt", "utc", "cet", "ksa", "am", "pm", "le", "à", "mis", "jour",
  "publié", "updated", "published", "on", "at", "h", "min", "il", "y", "a", "ago", "hours", "minutes", "hour", "day",
  "days", "عام", "سنة", "في", "تاريخ", "النشر", "بتاريخ", "ساعتين", "دقيقتين", "يومين", "أسبوع", "أسابيع", "أسبوعين",
  "شهر", "أشهر", "ثانية", "ثوان",
  // a publication label's verb and noun: "تم النشر: ...", "تم التحديث ..."
  "تم", "التحديث", "seconds", "week", "weeks", "heures", "heure", "jours", "semaine", "depuis",
  // prayer-time widgets: "الفجر 05:12 الظهر 12:30 ..." (المغرب is left out: it is also Morocco)
  "الفجر", "الشروق", "الظهر", "العصر", "العشاء",
];

/** Words that make a date line a publication or update stamp rather than the site's "today" header. */
export const PUBLISH_WORDS: readonly string[] = [
  "نشر",
  "النشر",
  "بتاريخ",
  "تحديث",
  "published",
  "updated",
  "publié",
  "publie",
  "mis",
  "posted",
  "نشرت",
  "التحديث",
];

/**
 * Labels of a time-zone remark after a stamp ("14:20 (توقيت القدس)", "بتوقيت مكة المكرمة", French
 * "10h30 (heure de Paris)", "11h05 heure locale" on Maghreb and Lebanese sites): the one or two words
 * after them name a place and do not make the line prose.
 */
export const TIME_ZONE_LABELS: readonly string[] = ["توقيت", "بتوقيت", "heure"];

/** Words of a relative time ("منذ ساعتين", "il y a 3 heures", "2 hours ago"). */
export const RELATIVE_WORDS: readonly string[] = [
  "منذ",
  "قبل",
  "ساعة",
  "ساعات",
  "ساعتين",
  "دقيقة",
  "دقائق",
  "دقيقتين",
  "يوم",
  "أيام",
  "يومين",
  "أسبوع",
  "أسابيع",
  "أسبوعين",
  "ago",
  "hours",
  "hour",
  "minutes",
  "days",
  "heures",
  "heure",
  "jours",
  "depuis",
];
