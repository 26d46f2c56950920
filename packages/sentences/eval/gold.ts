import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The evaluated text and the end offsets of its gold sentences. */
export interface Gold {
  text: string;
  /** end offset of every gold sentence, in order */
  ends: number[];
  /** ends followed by a line break (paragraph ends): the easy boundaries */
  lineEnds: Set<number>;
}

/**
 * Parse the gold format of `eval/gold.txt`: paragraphs separated by blank lines become lines of the
 * text; each line of a paragraph is a sentence, joined by a space, or glued when it starts with `+`.
 */
export function parseGold(source: string): Gold {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const raw of source.split("\n")) {
    const line = raw.trimEnd();
    if (line.startsWith("#")) continue;
    if (line.trim() === "") {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) paragraphs.push(current);

  let text = "";
  const ends: number[] = [];
  const lineEnds = new Set<number>();
  paragraphs.forEach((sentences, p) => {
    if (p > 0) text += "\n";
    sentences.forEach((sentence, s) => {
      if (sentence.startsWith("+")) text += sentence.slice(1);
      else text += (s > 0 ? " " : "") + sentence;
      ends.push(text.length);
    });
    lineEnds.add(text.length);
  });
  return { text, ends, lineEnds };
}

/** Load `eval/gold.txt`. */
export function loadGold(): Gold {
  return parseGold(readFileSync(join(import.meta.dirname, "gold.txt"), "utf8"));
}
