import {
  CAPTION_QUALIFIERS,
  MEDIA_LABEL_WORDS,
  PHOTO_CREDIT_NAMES,
  PHOTO_WORDS,
  SCENE_CAPTION_OPENERS,
  SCENE_PREPOSITIONS,
} from "./data/photo-words.ts";
import { lookupKey } from "./lookup-key.ts";

const PHOTO = new Set(PHOTO_WORDS.map(lookupKey));
const MEDIA = new Set(MEDIA_LABEL_WORDS.map(lookupKey));
const QUALIFIERS = new Set(CAPTION_QUALIFIERS.map(lookupKey));
const CREDIT_NAMES = new Set(PHOTO_CREDIT_NAMES.map(lookupKey));
const SCENE = new Set(SCENE_PREPOSITIONS.map(lookupKey));
const SCENE_OPENERS = new Set(SCENE_CAPTION_OPENERS.map((o) => o.split(" ").slice(0, 2).map(lookupKey).join(" ")));

/** Most words of a scene caption ("وزيرة الثقافة خلال حفل الافتتاح"); decks run longer. */
const MAX_SCENE_CAPTION_WORDS = 9;
/** Most words naming the subject before the scene preposition ("الرئيس تبون" خلال ...). */
const MAX_SCENE_SUBJECT_WORDS = 3;

/**
 * A short verbless caption under the headline: "SUBJECT خلال|أثناء|لدى EVENT" with one to three
 * subject words and no colon, quote, comma or closing punctuation, or "جانب من ..." /
 * "لقطة من ...". Only for the decks' zone (a deck with a verb before "خلال" is longer or punctuated
 * in practice; the subject words must not hold digits).
 *
 * @param text - the line
 * @returns true for a scene caption
 */
export function isSceneCaption(text: string): boolean {
  if (text.length > 90 || /[:：«»"“”،,.!؟?]/u.test(text)) return false;
  const words = text.trim().split(/\s+/u);
  if (words.length < 3 || words.length > MAX_SCENE_CAPTION_WORDS) return false;
  if (SCENE_OPENERS.has(`${lookupKey(words[0]!)} ${lookupKey(words[1]!)}`)) return true;
  for (let i = 1; i <= MAX_SCENE_SUBJECT_WORDS && i < words.length - 1; i++) {
    if (SCENE.has(lookupKey(words[i]!))) {
      return !words.slice(0, i).some((w) => /[0-9\u0660-\u0669]/u.test(w));
    }
  }
  return false;
}

/** Words before a closing photo credit: a caption describes something ("متداولون في بورصة نيويورك"). */
const MIN_CREDITED_CAPTION_WORDS = 3;

/** The first word of `text` from `from` (letters up to a space, colon or bracket), folded. */
function wordAt(text: string, from: number): { key: string; end: number } {
  let i = from;
  while (i < text.length && (text[i] === " " || text[i] === "\u00a0")) i++;
  const start = i;
  while (i < text.length && !" \u00a0:：()[]،,-–".includes(text[i]!)) i++;
  return { key: lookupKey(text.slice(start, i)), end: i };
}

/** A comma or colon right after a word: the end of a caption label. */
function isLabelEnd(c: string | undefined): boolean {
  return c === ":" || c === "：" || c === "،" || c === ",";
}

/**
 * Is this headline-shaped line an image or video caption? It opens with a photo word followed by a
 * colon or a caption qualifier ("صورة أرشيفية لـ...", "الصورة: ..."), or a media label and a colon
 * ("فيديو: لحظة ..."), or a label ending in a photo word and a comma or colon ("التعليق على
 * الصورة، ..."), or it carries a bracketed photo credit
 * ("... (الصورة: رويترز)", "(تصوير: أحمد علي)"), or a closing "©" credit ("... © وفا"). One pass over the line.
 *
 * @param text - the line
 * @returns true for a caption
 */
export function isPhotoCaption(text: string): boolean {
  const first = wordAt(text, 0);
  if (PHOTO.has(first.key) || MEDIA.has(first.key)) {
    let k = first.end;
    while (k < text.length && text[k] === " ") k++;
    if (text[k] === ":" || text[k] === "：") return k + 1 < text.trimEnd().length;
    if (PHOTO.has(first.key) && QUALIFIERS.has(wordAt(text, k).key)) return true;
  }
  // "التعليق على الصورة، ...", "مصدر الصورة: ...": a photo word among the first three words, then a comma or colon
  let at = first.end;
  for (let w = 1; w < 3 && at < text.length && !isLabelEnd(text[at]); w++) {
    const next = wordAt(text, at);
    if (next.end === at) break;
    at = next.end;
    if (PHOTO.has(next.key) && isLabelEnd(text[at])) return true;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== "(" && c !== "[") continue;
    const inner = wordAt(text, i + 1);
    if (PHOTO.has(inner.key)) return true;
  }
  return closedByPhotoCredit(text) || creditedWithCopyright(text);
}

/** Most words of the name after "©" in a caption ("© وفا", "© Getty Images"). */
const MAX_COPYRIGHT_CREDIT_WORDS = 3;

/**
 * "صورة من موقع الهدم في سلوان © وفا": a description, then "©" and a short credit without digits (a
 * footer's "© 2024 SITE" has a year and nothing before the sign).
 */
function creditedWithCopyright(text: string): boolean {
  const at = text.lastIndexOf("©");
  if (at <= 0) return false;
  const after = text.slice(at + 1).trim();
  if (after === "" || /\d|[\u0660-\u0669\u06f0-\u06f9]/u.test(after)) return false;
  const credit = after.split(/\s+/u).length;
  return (
    credit <= MAX_COPYRIGHT_CREDIT_WORDS && text.slice(0, at).trim().split(/\s+/u).length >= MIN_CREDITED_CAPTION_WORDS
  );
}

/** "... (Getty Images)", "... (أ ف ب)": a bracket closing the line that opens with a photo agency. */
function closedByPhotoCredit(text: string): boolean {
  const line = text.trimEnd();
  if (!line.endsWith(")")) return false;
  const open = line.lastIndexOf("(");
  if (open <= 0 || line.slice(0, open).trim().split(/\s+/u).length < MIN_CREDITED_CAPTION_WORDS) return false;
  const inner = line.slice(open + 1, -1).trim();
  const first = wordAt(inner, 0).key;
  // the one-letter "أ" only as "أ ف ب" / "أ ب" (AFP, AP)
  if (first === "ا") return /^[أا]\s?\.?\s?(?:ف\s?\.?\s?)?ب\.?$/u.test(inner);
  return CREDIT_NAMES.has(first);
}
