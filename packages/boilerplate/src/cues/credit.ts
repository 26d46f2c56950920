/**
 * Photo credits, contributor credits and tag lines. Sources: captions and tag boxes of Arabic news sites ("تصوير:", "الوسوم:",
 * "كلمات مفتاحية"), wire-photo credits (AFP, Reuters, Getty), WordPress tag boxes (fr/en).
 */
import type { LexiconEntry } from "./lexicon-entry.ts";

const photo = "photo credits under images";
const tags = "tag boxes under articles";
const contributors =
  'contributor credits under the article or its tag box (Al-Araby Al-Jadeed, Asharq Al-Awsat, Reuters-fed portals: "شارك في التغطية: ...")';

// biome-ignore format: one entry per line keeps the data table readable
export const CREDIT_CUES: readonly LexiconEntry[] = [
  { pattern: "تصوير", kind: "credit", reason: "cue:photo-credit", match: "prefix", seen: photo },
  { pattern: "الصورة", kind: "credit", reason: "cue:photo-credit", match: "prefix", seen: photo },
  { pattern: "صورة", kind: "credit", reason: "cue:photo-credit", match: "prefix", seen: photo },
  { pattern: "صورة أرشيفية", kind: "credit", reason: "cue:photo-credit", seen: photo },
  { pattern: "صورة أرشيف", kind: "credit", reason: "cue:photo-credit", seen: photo },
  { pattern: "صورة تعبيرية", kind: "credit", reason: "cue:photo-credit", seen: photo },
  { pattern: "صورة توضيحية", kind: "credit", reason: "cue:photo-credit", seen: photo },
  { pattern: "مصدر الصورة", kind: "credit", reason: "cue:photo-credit", match: "prefix", seen: photo },
  { pattern: "صدر الصورة", kind: "credit", reason: "cue:photo-credit", match: "prefix", seen: "photo credits of the BBC's Arabic pages (\"صدر الصورة، Getty Images\")" },
  { pattern: "التعليق على الصورة", kind: "credit", reason: "cue:caption-label", seen: "caption labels printed above the caption (BBC Arabic: \"التعليق على الصورة،\")" },
  { pattern: "شرح الصورة", kind: "credit", reason: "cue:caption-label", seen: "caption labels printed above the caption" },
  { pattern: "حقوق الصورة", kind: "credit", reason: "cue:photo-credit", match: "prefix", seen: photo },
  { pattern: "getty images", kind: "credit", reason: "cue:photo-credit", seen: "wire photo credits" },
  { pattern: "afp", kind: "credit", reason: "cue:photo-credit", seen: "wire photo credits" },
  { pattern: "reuters", kind: "credit", reason: "cue:photo-credit", seen: "wire photo credits" },
  { pattern: "photo", kind: "credit", reason: "cue:photo-credit", match: "prefix", seen: "photo credits (fr/en)" },
  { pattern: "crédit photo", kind: "credit", reason: "cue:photo-credit", match: "prefix", seen: "photo credits (fr)" },
  { pattern: "شارك في التغطية", kind: "credit", reason: "cue:contributor", match: "prefix", seen: contributors },
  { pattern: "ساهم في التغطية", kind: "credit", reason: "cue:contributor", match: "prefix", seen: contributors },
  { pattern: "شارك في الإعداد", kind: "credit", reason: "cue:contributor", match: "prefix", seen: contributors },
  { pattern: "ساهم في الإعداد", kind: "credit", reason: "cue:contributor", match: "prefix", seen: contributors },
  { pattern: "شارك في التحرير", kind: "credit", reason: "cue:contributor", match: "prefix", seen: contributors },
  { pattern: "ساهم في التحرير", kind: "credit", reason: "cue:contributor", match: "prefix", seen: contributors },
  { pattern: "admin", kind: "credit", reason: "cue:placeholder-author", seen: "WordPress author boxes left on the default account (\"admin\" under the title, Maghreb sites)" },
  { pattern: "administrator", kind: "credit", reason: "cue:placeholder-author", seen: "WordPress author boxes (en)" },
  { pattern: "administrateur", kind: "credit", reason: "cue:placeholder-author", seen: "WordPress author boxes (fr)" },
  { pattern: "كاتب المقال", kind: "credit", reason: "cue:author-box", seen: "author boxes of WordPress news themes (Jannah, Soledad: \"كاتب المقال\" over the name)" },
  { pattern: "عن الكاتب", kind: "credit", reason: "cue:author-box", seen: "author boxes (ar)" },
  { pattern: "about the author", kind: "credit", reason: "cue:author-box", seen: "author boxes (en)" },
  { pattern: "à propos de l'auteur", kind: "credit", reason: "cue:author-box", seen: "author boxes (fr)" },
  { pattern: "الوسوم", kind: "credit", reason: "cue:tags", match: "prefix", seen: tags },
  { pattern: "وسوم", kind: "credit", reason: "cue:tags", match: "prefix", seen: tags },
  { pattern: "الكلمات المفتاحية", kind: "credit", reason: "cue:tags", match: "prefix", seen: tags },
  { pattern: "كلمات مفتاحية", kind: "credit", reason: "cue:tags", match: "prefix", seen: tags },
  { pattern: "الكلمات المتعلقة", kind: "credit", reason: "cue:tags", match: "prefix", seen: tags },
  { pattern: "كلمات متعلقة", kind: "credit", reason: "cue:tags", match: "prefix", seen: tags },
  { pattern: "الكلمات الدالة", kind: "credit", reason: "cue:tags", match: "prefix", seen: tags },
  { pattern: "كلمات دالة", kind: "credit", reason: "cue:tags", match: "prefix", seen: tags },
  { pattern: "كلمات دلالية", kind: "credit", reason: "cue:tags", match: "prefix", seen: tags },
  { pattern: "الكلمات الدلالية", kind: "credit", reason: "cue:tags", match: "prefix", seen: "tag boxes (Arabi21, Al-Araby Al-Jadeed)" },
  { pattern: "من ملف", kind: "credit", reason: "cue:tags", match: "prefix", seen: "dossier links under the article (Al-Akhbar: \"من ملف : ...\")" },
  { pattern: "ضمن ملف", kind: "credit", reason: "cue:tags", match: "prefix", seen: "dossier links under the article (Levantine papers)" },
  { pattern: "دلالات", kind: "credit", reason: "cue:tags", seen: "tag boxes (Al-Araby Al-Jadeed: \"دلالات\" over one keyword per line)" },
  { pattern: "المواضيع", kind: "credit", reason: "cue:tags", match: "prefix", seen: tags },
  { pattern: "الموضوعات", kind: "credit", reason: "cue:tags", match: "prefix", seen: tags },
  { pattern: "مواضيع", kind: "credit", reason: "cue:tags", match: "prefix", seen: "keyword boxes (DW Arabic: \"مواضيع\" over one keyword per line)" },
  { pattern: "tags", kind: "credit", reason: "cue:tags", match: "prefix", seen: "tag boxes (en)" },
  { pattern: "mots clés", kind: "credit", reason: "cue:tags", match: "prefix", seen: "tag boxes (fr)" },
  { pattern: "étiquettes", kind: "credit", reason: "cue:tags", match: "prefix", seen: "tag boxes (fr)" },
];
