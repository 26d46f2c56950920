/**
 * A name alone on its line: a writer under the body ("كريم بن علي"), a columnist over the title.
 */
import { type BlockAnalysis, hasFunctionWord } from "../analyze-block.ts";
import { matchKey } from "../match-key.ts";

/** Most words of a name ("سيدي محمد ولد أحمد"). */
const MAX_NAME_WORDS = 4;

/**
 * A short plain line of one to four words, no cue, digit or punctuation, no function word but the last
 * (folded "علي" is both "على" and the name Ali): a person's name ("كريم بن علي", "سيدي محمد ولد أحمد").
 *
 * @param a - the line's analysis
 * @param text - the line
 * @returns true for a name-shaped line
 * @example
 * ```ts
 * isNameLine(analyzeBlock("كريم بن علي", ...), "كريم بن علي"); // true
 * isNameLine(analyzeBlock("تويتريون غاضبون من القرار", ...), "تويتريون غاضبون من القرار"); // false
 * ```
 */
export function isNameLine(a: BlockAnalysis, text: string): boolean {
  const f = a.facts;
  if (a.local || a.nounPhrase) return a.nounPhrase;
  if (
    f.words < 1 ||
    f.words > MAX_NAME_WORDS ||
    f.digits > 0 ||
    f.commas > 0 ||
    f.separators > 0 ||
    f.end !== "none" ||
    f.marker > 0
  ) {
    return false;
  }
  return !hasFunctionWord(matchKey(text).split(" ").slice(0, -1));
}
