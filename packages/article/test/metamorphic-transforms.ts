/**
 * Page transformations for the metamorphic tests: each imitates a way two scrapes of the same page
 * differ. They work on `\n`-separated lines of the page.
 */
import type { Article } from "../src/index.ts";

const lines = (page: string) => page.split("\n");
const isBlank = (line: string) => /^[ \t]*$/.test(line);

/** 1. Drop every empty line (lines of spaces or tabs only); NBSP separator lines stay. */
export const removeBlankLines = (page: string): string =>
  lines(page)
    .filter((line) => !isBlank(line))
    .join("\n");

/** 2. Print every empty line twice. */
export const doubleBlankLines = (page: string): string =>
  lines(page)
    .map((line) => (isBlank(line) ? `${line}\n${line}` : line))
    .join("\n");

/** 3. Windows line endings. */
export const crlf = (page: string): string => page.replace(/\n/g, "\r\n");

/** 4. A UTF-8 byte-order mark decoded as U+FEFF before the first line. */
export const withBom = (page: string): string => `\uFEFF${page}`;

const EDGES = [" ", "\u00A0", "\t", " \u00A0 ", "\t "];

/** 5. Spaces, NBSP and tabs before and after every line with text. */
export const addEdgeSpaces = (page: string): string =>
  lines(page)
    .map((line, i) => (line.trim() === "" ? line : `${EDGES[i % EDGES.length]}${line}${EDGES[(i + 2) % EDGES.length]}`))
    .join("\n");

/** 6. An RLM or LRM mark at the start of every line with text (alternating). */
export const addMarksAtLineStarts = (page: string): string =>
  lines(page)
    .map((line, i) => (line.trim() === "" ? line : `${i % 2 === 0 ? "\u200F" : "\u200E"}${line}`))
    .join("\n");

/** Arabic letters that join to the following letter (dual-joining). */
const DUAL_JOINING = /[\u0626\u0628\u062A-\u062E\u0633-\u063A\u0641-\u0647\u064A]/;

/** 7. A ZWNJ or ZWJ after the second letter of each Arabic word of four letters or more. */
export const addZeroWidthJoiners = (page: string): string => {
  let n = 0;
  return page.replace(/[\u0621-\u064A]{4,}/g, (word) => {
    n++;
    return `${word.slice(0, 2)}${n % 2 === 0 ? "\u200D" : "\u200C"}${word.slice(2)}`;
  });
};

/** Start offsets of the `\n`-separated lines of `page`. */
function lineStarts(page: string): number[] {
  const starts = [0];
  for (let i = page.indexOf("\n"); i >= 0; i = page.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Indices of the lines the untransformed parse removed as page chrome (whole lines only; the
 * article parser's own set-asides such as `article:duplicate` are left out).
 */
export function chromeLines(article: Article, page: string): Set<number> {
  const out = new Set<number>();
  const starts = lineStarts(page);
  for (const block of article.removed) {
    if (block.reason.startsWith("article:")) continue;
    // The line holding the block: the last line start at or before the block's start.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= block.start) lo = mid;
      else hi = mid - 1;
    }
    out.add(lo);
  }
  return out;
}

/** 8. Tatweel after the first dual-joining letter (not the last letter) of each word of the chosen lines. */
export function tatweelInLines(page: string, chosen: Set<number>): string {
  return lines(page)
    .map((line, i) =>
      chosen.has(i)
        ? line.replace(/[\u0621-\u064A]{3,}/g, (word) => {
            for (let k = 1; k < word.length - 1; k++) {
              if (DUAL_JOINING.test(word[k] as string)) return `${word.slice(0, k + 1)}\u0640${word.slice(k + 1)}`;
            }
            return word;
          })
        : line,
    )
    .join("\n");
}

/**
 * Presentation forms (Unicode Arabic Presentation Forms-B) of U+0621..U+064A: the isolated form's
 * code point and how many forms the letter has (1 hamza, 2 right-joining, 4 dual-joining); order
 * of forms: isolated, final, initial, medial.
 */
const FORMS: Record<string, [number, number]> = {};
{
  const letters = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي";
  const counts = [
    1, 2, 2, 2, 2, 4, 2, 4, 2, 4, 4, 4, 4, 4, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 2, 2, 4,
  ];
  let code = 0xfe80;
  for (let i = 0; i < letters.length; i++) {
    FORMS[letters[i] as string] = [code, counts[i] as number];
    code += counts[i] as number;
  }
}
/** Lam-alef ligatures: isolated form of لا لأ لإ لآ (final is +1). */
const LAM_ALEF: Record<string, number> = { "\u0627": 0xfefb, "\u0623": 0xfef7, "\u0625": 0xfef9, "\u0622": 0xfef5 };

function toPresentationForms(line: string): string {
  let out = "";
  const joinsNext = (ch: string | undefined) => ch !== undefined && (FORMS[ch]?.[1] ?? 0) === 4;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    const form = FORMS[ch];
    if (!form) {
      out += ch;
      continue;
    }
    const prevJoins = i > 0 && joinsNext(line[i - 1]) && FORMS[line[i - 1] as string] !== undefined;
    const next = line[i + 1];
    if (ch === "\u0644" && next !== undefined && LAM_ALEF[next] !== undefined) {
      out += String.fromCharCode((LAM_ALEF[next] as number) + (prevJoins ? 1 : 0));
      i++;
      continue;
    }
    const [base, count] = form;
    const nextIsLetter = next !== undefined && FORMS[next] !== undefined;
    if (count === 1) out += String.fromCharCode(base);
    else if (count === 2) out += String.fromCharCode(base + (prevJoins ? 1 : 0));
    else if (prevJoins && nextIsLetter) out += String.fromCharCode(base + 3);
    else if (nextIsLetter) out += String.fromCharCode(base + 2);
    else if (prevJoins) out += String.fromCharCode(base + 1);
    else out += String.fromCharCode(base);
  }
  return out;
}

/** 9. The chosen lines written in contextual presentation forms (with lam-alef ligatures). */
export function presentationForms(page: string, chosen: Set<number>): string {
  return lines(page)
    .map((line, i) => (chosen.has(i) ? toPresentationForms(line) : line))
    .join("\n");
}

/** 10. A top bar of three links above the page and a copyright footer below it. */
export const addMenuAndFooter = (page: string): string =>
  `الرئيسية\nمن نحن\nاتصل بنا\n${page.replace(/\n+$/, "")}\n\nجميع الحقوق محفوظة © 2024\n`;

/**
 * 11. The title (or a caption) printed once where the page prints it twice above the article's
 * first paragraph: its second copy dropped. Other repeated lines (a section name repeating a menu
 * item, the site's name over a credit) are the evidence of what they are and stay.
 */
export const dropDuplicateLines = (page: string, original: Article): string => {
  const bodyStart = original.paragraphs[0]?.start ?? page.length;
  const header = new Set<string>();
  if (original.title) header.add(original.title.text);
  for (const caption of original.captions) header.add(caption.text);
  const seen = new Set<string>();
  let offset = 0;
  return lines(page)
    .filter((line) => {
      const start = offset;
      offset += line.length + 1;
      const key = line.trim();
      if (!header.has(key) || start >= bodyStart) return true;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .join("\n");
};

/** 12. Lines of NBSP (and other whitespace) only, the " " separators, dropped. */
export const dropSeparatorLines = (page: string): string =>
  lines(page)
    .filter((line) => isBlank(line) || line.trim() !== "")
    .join("\n");

/** 13. ASCII digits as Arabic-Indic digits (٠-٩), in dates, list numbers and prose. */
export const easternDigits = (page: string): string =>
  page.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));

/**
 * 14. The numbers ("1." / "  1. " / "1)") of the headline lists' items removed; numbered lines of
 * the article's body keep theirs.
 */
export const stripListNumbers = (page: string, original: Article): string => {
  const items = new Set<string>();
  for (const list of original.lists) for (const item of list.items) items.add(item.text);
  return lines(page)
    .map((line) => {
      const stripped = line.replace(/^(\s*)\d{1,2}[.)]\s+(?=\S)/, "$1");
      return stripped !== line && items.has(stripped.trim()) ? stripped : line;
    })
    .join("\n");
};
