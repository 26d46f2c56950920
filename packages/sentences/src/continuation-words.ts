/**
 * Arabic words that continue the clause before them and so cannot open a new sentence after an
 * ellipsis (`..`, `...`, `…`): an ellipsis followed by one of them is a pause inside a sentence
 * (`وقف طويلا أمام الباب... ثم قرر أن يطرقه`, `ما زالت متواصلة.. وأن الطرفين اتفقا`).
 *
 * Source: Arabic grammar (complementizers أنّ/أنْ and their prefixed forms, subordinators حتى/كي/لأن,
 * coordinators ثم/أو/أم/بل that link to the previous clause in reported speech), as used by Arabic
 * news prose; checked against the hand-written gold set in `eval/gold.txt`.
 */
export const CONTINUATION_WORDS: ReadonlySet<string> = new Set([
  "أن",
  "وأن",
  "بأن",
  "لأن",
  "كأن",
  "وأنه",
  "وأنها",
  "وأنهم",
  "وإن",
  "وإنه",
  "وإنها",
  "وإنهم",
  "ثم",
  "أو",
  "أم",
  "بل",
  "حتى",
  "كي",
  "لكي",
  "إلا",
  "لكن",
  "ولكن",
]);

/** Longest word of {@link CONTINUATION_WORDS}, in code units. */
export const LONGEST_CONTINUATION_WORD = 5;
