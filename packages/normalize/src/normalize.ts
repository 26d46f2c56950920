import { checkString } from "./check-text.ts";
import { getCompiled } from "./compile.ts";
import { normalizeCompiled } from "./normalize-compiled.ts";
import { type NormalizeOptions, resolveOptions } from "./options.ts";

/**
 * Normalize Arabic text in one pass: the `display` preset by default (NFC, presentation forms,
 * invisible characters, spaces, line breaks, Persian/Urdu look-alikes), `search` for matching,
 * `camel` for CAMeL Tools parity. Latin, emoji, CJK and unknown characters pass through.
 *
 * @param text - the text to normalize
 * @param options - a preset and any rule switches to override
 * @returns the normalized text (the input itself when no rule changes anything)
 * @throws TypeError when `text` is not a string; RangeError on an unknown preset or option value
 *
 * @example
 * ```ts
 * normalize("ﻷن  الکتاب"); // "لأن الكتاب"
 * normalize("إِلَى المَدْرَسَةِ ٣", { preset: "search" }); // "الي المدرسه 3"
 * ```
 */
export function normalize(text: string, options?: NormalizeOptions): string {
  checkString(text, "text");
  const { rules, key } = resolveOptions(options);
  return normalizeCompiled(text, getCompiled(rules, key));
}
