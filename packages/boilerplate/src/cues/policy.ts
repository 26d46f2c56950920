/**
 * Copyright, reprint, privacy and disclaimer notices. Sources: footers of Arabic news sites
 * ("جميع الحقوق محفوظة"), WordPress theme footers, French/English footers of Maghreb and Gulf sites.
 */
import type { LexiconEntry } from "./lexicon-entry.ts";

const footer = "site footers across Arabic news sites";

// biome-ignore format: one entry per line keeps the data table readable
export const POLICY_CUES: readonly LexiconEntry[] = [
  { pattern: "جميع الحقوق محفوظة", kind: "policy", reason: "cue:copyright", match: "anywhere", seen: footer },
  { pattern: "كل الحقوق محفوظة", kind: "policy", reason: "cue:copyright", match: "anywhere", seen: footer },
  { pattern: "الحقوق محفوظة", kind: "policy", reason: "cue:copyright", match: "anywhere", seen: footer },
  { pattern: "حقوق النشر محفوظة", kind: "policy", reason: "cue:copyright", match: "anywhere", seen: footer },
  { pattern: "حقوق الطبع والنشر", kind: "policy", reason: "cue:copyright", match: "anywhere", seen: footer },
  { pattern: "copyright", kind: "policy", reason: "cue:copyright", match: "anywhere", seen: "English footers; © is read as this word" },
  { pattern: "all rights reserved", kind: "policy", reason: "cue:copyright", match: "anywhere", seen: "English footers" },
  { pattern: "tous droits réservés", kind: "policy", reason: "cue:copyright", match: "anywhere", seen: "French footers (Maghreb)" },
  { pattern: "يمنع نسخ", kind: "policy", reason: "cue:reprint-policy", match: "anywhere", seen: footer },
  { pattern: "يمنع إعادة النشر", kind: "policy", reason: "cue:reprint-policy", match: "anywhere", seen: footer },
  { pattern: "لا يجوز نسخ", kind: "policy", reason: "cue:reprint-policy", match: "anywhere", seen: footer },
  { pattern: "يسمح بالاقتباس", kind: "policy", reason: "cue:reprint-policy", match: "anywhere", seen: footer },
  { pattern: "بشرط ذكر المصدر", kind: "policy", reason: "cue:reprint-policy", match: "anywhere", seen: footer },
  { pattern: "مع ذكر المصدر", kind: "policy", reason: "cue:reprint-policy", match: "anywhere", seen: footer },
  { pattern: "سياسة الخصوصية", kind: "policy", reason: "cue:privacy", seen: footer },
  { pattern: "شروط الاستخدام", kind: "policy", reason: "cue:privacy", seen: footer },
  { pattern: "اتفاقية الاستخدام", kind: "policy", reason: "cue:privacy", seen: footer },
  { pattern: "ملفات تعريف الارتباط", kind: "policy", reason: "cue:cookies", match: "anywhere", seen: "cookie banners" },
  { pattern: "ملفات الكوكيز", kind: "policy", reason: "cue:cookies", match: "anywhere", seen: "cookie banners" },
  { pattern: "privacy policy", kind: "policy", reason: "cue:privacy", seen: "English footers" },
  { pattern: "terms of use", kind: "policy", reason: "cue:privacy", seen: "English footers" },
  { pattern: "terms and conditions", kind: "policy", reason: "cue:privacy", seen: "English footers" },
  { pattern: "cookie policy", kind: "policy", reason: "cue:cookies", seen: "English footers" },
  { pattern: "this website uses cookies", kind: "policy", reason: "cue:cookies", match: "anywhere", seen: "cookie banners" },
  { pattern: "politique de confidentialité", kind: "policy", reason: "cue:privacy", seen: "French footers (Maghreb)" },
  { pattern: "mentions légales", kind: "policy", reason: "cue:privacy", seen: "French footers (Maghreb)" },
  { pattern: "conditions d'utilisation", kind: "policy", reason: "cue:privacy", seen: "French footers (Maghreb)" },
  { pattern: "ce site utilise des cookies", kind: "policy", reason: "cue:cookies", match: "anywhere", seen: "cookie banners (fr)" },
  { pattern: "we use cookies", kind: "policy", reason: "cue:cookies", match: "anywhere", seen: "cookie banners (en)" },
  { pattern: "uses cookies", kind: "policy", reason: "cue:cookies", match: "anywhere", seen: "cookie banners (en)" },
  { pattern: "nous utilisons des cookies", kind: "policy", reason: "cue:cookies", match: "anywhere", seen: "cookie banners (fr, Maghreb sites)" },
  { pattern: "utilise des cookies", kind: "policy", reason: "cue:cookies", match: "anywhere", seen: "cookie banners (fr)" },
  { pattern: "يستخدم هذا الموقع ملفات", kind: "policy", reason: "cue:cookies", match: "anywhere", seen: "cookie banners (ar)" },
  { pattern: "نستخدم ملفات", kind: "policy", reason: "cue:cookies", match: "anywhere", seen: "cookie banners (ar)" },
  { pattern: "المقالات المنشورة تعبر عن رأي كتابها", kind: "policy", reason: "cue:disclaimer", match: "anywhere", seen: footer },
  { pattern: "لا تعبر بالضرورة عن رأي", kind: "policy", reason: "cue:disclaimer", match: "anywhere", seen: footer },
  { pattern: "لا يعبر بالضرورة عن رأي", kind: "policy", reason: "cue:disclaimer", match: "anywhere", seen: footer },
  { pattern: "من نحن", kind: "navigation", reason: "cue:footer-menu", seen: footer },
  { pattern: "اتصل بنا", kind: "navigation", reason: "cue:footer-menu", seen: footer },
  { pattern: "اتصلوا بنا", kind: "navigation", reason: "cue:footer-menu", seen: footer },
  { pattern: "هيئة التحرير", kind: "navigation", reason: "cue:footer-menu", seen: footer },
  { pattern: "أعلن معنا", kind: "navigation", reason: "cue:footer-menu", seen: footer },
  { pattern: "للإعلان", kind: "navigation", reason: "cue:footer-menu", seen: footer },
  { pattern: "about us", kind: "navigation", reason: "cue:footer-menu", seen: "English footers" },
  { pattern: "contact us", kind: "navigation", reason: "cue:footer-menu", seen: "English footers" },
  { pattern: "contact", kind: "navigation", reason: "cue:footer-menu", seen: "English/French footers" },
  { pattern: "qui sommes nous", kind: "navigation", reason: "cue:footer-menu", seen: "French footers (Maghreb)" },
  { pattern: "contactez nous", kind: "navigation", reason: "cue:footer-menu", seen: "French footers (Maghreb)" },
];
