/**
 * Menus, category strips, breadcrumbs' home link, login/register rows and search boxes. Sources: the
 * section menus of Arabic news sites (Algeria, Mauritania, Egypt, the Gulf, the Levant), seed 004's glued
 * menu ("أخبارأخبار عاجلةعربي"), WordPress theme headers (ar/fr/en).
 *
 * `SECTION_WORDS` are the words a category menu is made of; a line made mostly of them is a menu, and a
 * long token that splits into them is a menu that lost its spaces.
 */
import type { LexiconEntry } from "./lexicon-entry.ts";

/** Section names seen in the menus of Arabic, French and English chrome (one word each, any spelling). */
// biome-ignore format: one entry per line keeps the data table readable
export const SECTION_WORDS: readonly string[] = [
  // Arabic menus (Algerian, Mauritanian, Egyptian, Gulf, Levantine portals)
  "الرئيسية", "الرئيسيه", "أخبار", "الأخبار", "عاجل", "عاجلة", "عربي", "عربية", "دولي", "دولية", "عالمي", "العالم",
  "وطني", "وطنية", "محلي", "محليات", "محلية", "سياسة", "السياسة", "اقتصاد", "الاقتصاد", "رياضة", "الرياضة", "ثقافة",
  "الثقافة", "فن", "فنون", "مجتمع", "المجتمع", "منوعات", "صحة", "الصحة", "تكنولوجيا", "علوم", "تقنية", "رأي", "الرأي",
  "آراء", "مقالات", "كتاب", "حوارات", "حوار", "تحقيقات", "ملفات", "فيديو", "صور", "الحدث", "الجزائر", "مغاربي",
  "المغرب", "أفريقيا", "إفريقيا", "تقارير", "مال", "أعمال", "بورصة", "سيارات", "مرأة", "المرأة", "أسرة", "دين", "إسلاميات",
  "تعليم", "جامعة", "شباب", "حوادث", "قضايا", "برلمان", "اقتصادية", "ثقافية", "رياضية", "دولية", "الولايات", "محافظات",
  "المحافظات", "خليجي", "الخليج", "سوريا", "لبنان", "فلسطين", "مصر", "موريتانيا", "تونس", "ليبيا", "الكرة", "كرة",
  "القدم", "بطولات", "ميركاتو", "فيديوهات", "إنفوغراف", "انفوجراف", "بودكاست", "مدونات", "اتصل", "بنا", "من", "نحن",
  // French and English menus
  "accueil", "actualite", "actualites", "actu", "politique", "economie", "sport", "sports", "culture", "societe",
  "monde", "international", "nation", "regions", "opinion", "opinions", "video", "videos", "home", "news", "world",
  "business", "politics", "health", "tech", "technology", "lifestyle", "opinion", "entertainment", "arabic", "english",
  "francais", "français", "english",
  // more Arabic sections (Elaph, Arabi21: entertainment, press review)
  "ترفيه", "صحافة", "الصحافة", "ملحق", "ملاحق",
  // language switchers of multilingual sites (Kurdistan24, Hespress, TRT, Anadolu): "ENGLISH  KURDÎ  فارسی  عربي"
  "arabe", "العربية", "kurdi", "sorani", "kurmanci", "turkce", "deutsch", "espanol", "فارسي", "كوردي", "كردي",
];

/** First segment of a breadcrumb ("الرئيسية / الحدث / ...") and the site's home link. */
// biome-ignore format: one entry per line keeps the data table readable
export const HOME_WORDS: readonly string[] = ["الرئيسية", "الصفحة الرئيسية", "الرئيسيه", "home", "accueil", "start"];

const menu = "section menus of Arabic news sites";

// biome-ignore format: one entry per line keeps the data table readable
export const NAVIGATION_CUES: readonly LexiconEntry[] = [
  { pattern: "الرئيسية", kind: "navigation", reason: "cue:menu", seen: menu },
  { pattern: "الصفحة الرئيسية", kind: "navigation", reason: "cue:menu", seen: menu },
  { pattern: "accueil", kind: "navigation", reason: "cue:menu", seen: "home link of French-chrome sites" },
  { pattern: "home", kind: "navigation", reason: "cue:menu", seen: "home link of English-chrome sites" },
  { pattern: "العربية", kind: "navigation", reason: "cue:language-switch", seen: "language switchers of bilingual sites" },
  { pattern: "عربي", kind: "navigation", reason: "cue:language-switch", seen: "language switchers of bilingual sites" },
  { pattern: "english", kind: "navigation", reason: "cue:language-switch", seen: "language switchers of bilingual sites" },
  { pattern: "français", kind: "navigation", reason: "cue:language-switch", seen: "language switchers of bilingual sites" },
  { pattern: "ar", kind: "navigation", reason: "cue:language-switch", seen: "language switchers (FR | AR | EN)" },
  { pattern: "fr", kind: "navigation", reason: "cue:language-switch", seen: "language switchers (FR | AR | EN)" },
  { pattern: "en", kind: "navigation", reason: "cue:language-switch", seen: "language switchers (FR | AR | EN)" },
  { pattern: "القائمة", kind: "navigation", reason: "cue:menu", seen: "mobile menu toggles" },
  { pattern: "القائمة الرئيسية", kind: "navigation", reason: "cue:menu", seen: "mobile menu toggles" },
  { pattern: "menu", kind: "navigation", reason: "cue:menu", seen: "menu toggles (en/fr)" },
  { pattern: "بحث", kind: "navigation", reason: "cue:search-box", seen: "header search boxes" },
  { pattern: "ابحث", kind: "navigation", reason: "cue:search-box", seen: "header search boxes" },
  { pattern: "ابحث هنا", kind: "navigation", reason: "cue:search-box", seen: "header search boxes" },
  { pattern: "ابحث عن", kind: "navigation", reason: "cue:search-box", seen: "header search boxes" },
  { pattern: "اكتب كلمة البحث", kind: "navigation", reason: "cue:search-box", seen: "header search boxes" },
  { pattern: "البحث عن", kind: "navigation", reason: "cue:search-box", seen: "Jannah theme search box" },
  { pattern: "search", kind: "navigation", reason: "cue:search-box", seen: "header search boxes (en)" },
  { pattern: "search for", kind: "navigation", reason: "cue:search-box", seen: "WordPress search boxes (en)" },
  { pattern: "rechercher", kind: "navigation", reason: "cue:search-box", seen: "WordPress search boxes (fr)" },
  { pattern: "تسجيل الدخول", kind: "navigation", reason: "cue:login", seen: "account rows of portals" },
  { pattern: "تسجيل دخول", kind: "navigation", reason: "cue:login", seen: "account rows of portals" },
  { pattern: "دخول", kind: "navigation", reason: "cue:login", seen: "account rows of portals" },
  { pattern: "تسجيل", kind: "navigation", reason: "cue:login", seen: "account rows of portals" },
  { pattern: "تسجيل الخروج", kind: "navigation", reason: "cue:login", seen: "account rows of portals" },
  { pattern: "إنشاء حساب", kind: "navigation", reason: "cue:login", seen: "account rows of portals" },
  { pattern: "حساب جديد", kind: "navigation", reason: "cue:login", seen: "account rows of portals" },
  { pattern: "نسيت كلمة المرور", kind: "navigation", reason: "cue:login", match: "anywhere", seen: "login forms" },
  { pattern: "كلمة المرور", kind: "navigation", reason: "cue:login", seen: "login forms" },
  { pattern: "اسم المستخدم", kind: "navigation", reason: "cue:login", seen: "login forms" },
  { pattern: "تذكرني", kind: "navigation", reason: "cue:login", seen: "login forms" },
  { pattern: "اشترك", kind: "widget", reason: "cue:subscribe", seen: "newsletter boxes" },
  { pattern: "اشترك الآن", kind: "widget", reason: "cue:subscribe", seen: "newsletter boxes" },
  { pattern: "النشرة الإخبارية", kind: "widget", reason: "cue:subscribe", seen: "newsletter boxes" },
  { pattern: "اشترك في النشرة الإخبارية", kind: "widget", reason: "cue:subscribe", match: "anywhere", seen: "newsletter boxes" },
  { pattern: "مباشرة في بريدك", kind: "widget", reason: "cue:subscribe", match: "anywhere", seen: "newsletter boxes" },
  { pattern: "في بريدك الإلكتروني", kind: "widget", reason: "cue:subscribe", match: "anywhere", seen: "newsletter boxes" },
  { pattern: "اشترك في نشرتنا", kind: "widget", reason: "cue:subscribe", match: "anywhere", seen: "newsletter boxes" },
  { pattern: "s'abonner", kind: "widget", reason: "cue:subscribe", seen: "newsletter boxes (fr)" },
  { pattern: "النشرة البريدية", kind: "widget", reason: "cue:subscribe", seen: "newsletter boxes" },
  { pattern: "اشترك في النشرة البريدية", kind: "widget", reason: "cue:subscribe", match: "anywhere", seen: "newsletter boxes" },
  { pattern: "login", kind: "navigation", reason: "cue:login", seen: "account rows (en)" },
  { pattern: "log in", kind: "navigation", reason: "cue:login", seen: "account rows (en)" },
  { pattern: "sign in", kind: "navigation", reason: "cue:login", seen: "account rows (en)" },
  { pattern: "sign up", kind: "navigation", reason: "cue:login", seen: "account rows (en)" },
  { pattern: "register", kind: "navigation", reason: "cue:login", seen: "account rows (en)" },
  { pattern: "subscribe", kind: "widget", reason: "cue:subscribe", seen: "newsletter boxes (en)" },
  { pattern: "newsletter", kind: "widget", reason: "cue:subscribe", seen: "newsletter boxes (en/fr)" },
  { pattern: "subscribe to our newsletter", kind: "widget", reason: "cue:subscribe", match: "anywhere", seen: "newsletter boxes (en)" },
  { pattern: "sign up for our newsletter", kind: "widget", reason: "cue:subscribe", match: "anywhere", seen: "newsletter boxes (en)" },
  { pattern: "abonnez vous à notre newsletter", kind: "widget", reason: "cue:subscribe", match: "anywhere", seen: "newsletter boxes (fr)" },
  { pattern: "inscrivez vous à notre newsletter", kind: "widget", reason: "cue:subscribe", match: "anywhere", seen: "newsletter boxes (fr)" },
  { pattern: "اشترك في نشرتنا البريدية", kind: "widget", reason: "cue:subscribe", match: "anywhere", seen: "newsletter boxes" },
  { pattern: "اشترك في نشرتنا الإخبارية", kind: "widget", reason: "cue:subscribe", match: "anywhere", seen: "newsletter boxes" },
  { pattern: "se connecter", kind: "navigation", reason: "cue:login", seen: "account rows (fr)" },
  { pattern: "connexion", kind: "navigation", reason: "cue:login", seen: "account rows (fr)" },
  { pattern: "s'inscrire", kind: "navigation", reason: "cue:login", seen: "account rows (fr)" },
  { pattern: "inscription", kind: "navigation", reason: "cue:login", seen: "account rows (fr)" },
  { pattern: "mot de passe oublié", kind: "navigation", reason: "cue:login", match: "anywhere", seen: "login forms (fr)" },
  { pattern: "abonnez vous", kind: "widget", reason: "cue:subscribe", seen: "newsletter boxes (fr)" },
  { pattern: "أدخل بريدك الإلكتروني", kind: "widget", reason: "cue:subscribe", seen: "newsletter forms' e-mail field placeholder" },
  { pattern: "بريدك الإلكتروني", kind: "widget", reason: "cue:subscribe", seen: "newsletter forms' e-mail field placeholder" },
  { pattern: "your email", kind: "widget", reason: "cue:subscribe", seen: "newsletter forms' e-mail field placeholder (en)" },
  { pattern: "enter your email", kind: "widget", reason: "cue:subscribe", seen: "newsletter forms' e-mail field placeholder (en)" },
  { pattern: "email address", kind: "widget", reason: "cue:subscribe", seen: "newsletter forms' e-mail field placeholder (en)" },
  { pattern: "votre e-mail", kind: "widget", reason: "cue:subscribe", seen: "newsletter forms' e-mail field placeholder (fr)" },
  { pattern: "votre adresse e-mail", kind: "widget", reason: "cue:subscribe", seen: "newsletter forms' e-mail field placeholder (fr)" },
  { pattern: "الصفحة التالية", kind: "navigation", reason: "cue:pagination", seen: "pagination rows" },
  { pattern: "الصفحة السابقة", kind: "navigation", reason: "cue:pagination", seen: "pagination rows" },
  { pattern: "التالي", kind: "navigation", reason: "cue:pagination", seen: "pagination rows" },
  { pattern: "السابق", kind: "navigation", reason: "cue:pagination", seen: "pagination rows" },
  { pattern: "المقال التالي", kind: "navigation", reason: "cue:pagination", match: "prefix", seen: "WordPress post navigation" },
  { pattern: "المقال السابق", kind: "navigation", reason: "cue:pagination", match: "prefix", seen: "WordPress post navigation" },
  { pattern: "الخبر التالي", kind: "navigation", reason: "cue:pagination", match: "prefix", seen: "portal post navigation" },
  { pattern: "الخبر السابق", kind: "navigation", reason: "cue:pagination", match: "prefix", seen: "portal post navigation" },
  { pattern: "next", kind: "navigation", reason: "cue:pagination", seen: "pagination rows (en)" },
  { pattern: "previous", kind: "navigation", reason: "cue:pagination", seen: "pagination rows (en)" },
  { pattern: "next post", kind: "navigation", reason: "cue:pagination", match: "prefix", seen: "WordPress post navigation (en)" },
  { pattern: "previous post", kind: "navigation", reason: "cue:pagination", match: "prefix", seen: "WordPress post navigation (en)" },
  { pattern: "article suivant", kind: "navigation", reason: "cue:pagination", match: "prefix", seen: "WordPress post navigation (fr)" },
  { pattern: "article précédent", kind: "navigation", reason: "cue:pagination", match: "prefix", seen: "WordPress post navigation (fr)" },
  { pattern: "القسم", kind: "navigation", reason: "cue:category-label", match: "prefix", seen: "category labels (القسم: سياسة)" },
  { pattern: "التصنيف", kind: "navigation", reason: "cue:category-label", match: "prefix", seen: "WordPress category labels" },
  { pattern: "تصنيف", kind: "navigation", reason: "cue:category-label", match: "prefix", seen: "WordPress category labels" },
  { pattern: "posted in", kind: "navigation", reason: "cue:category-label", match: "prefix", seen: "WordPress category labels (en)" },
  { pattern: "catégorie", kind: "navigation", reason: "cue:category-label", match: "prefix", seen: "WordPress category labels (fr)" },
  { pattern: "الأقسام", kind: "navigation", reason: "cue:menu", seen: menu },
  { pattern: "أقسام الموقع", kind: "navigation", reason: "cue:menu", seen: menu },
  { pattern: "التصنيفات", kind: "navigation", reason: "cue:menu", seen: "WordPress category widgets" },
  { pattern: "الأرشيف", kind: "navigation", reason: "cue:menu", seen: "WordPress archive widgets" },
  { pattern: "أرشيف", kind: "navigation", reason: "cue:menu", seen: "WordPress archive widgets" },
  { pattern: "النسخة الورقية", kind: "navigation", reason: "cue:menu", seen: "dailies' PDF edition link" },
  { pattern: "العدد الورقي", kind: "navigation", reason: "cue:menu", seen: "dailies' PDF edition link" },
  { pattern: "catégories", kind: "navigation", reason: "cue:menu", seen: "WordPress category widgets (fr)" },
  { pattern: "categories", kind: "navigation", reason: "cue:menu", seen: "WordPress category widgets (en)" },
];
