/**
 * Breaking-news labels and tickers. Sources: seed 003 ("أخبار عاجلة"), Arabic portals' ticker bars
 * ("عاجل", "بث مباشر"), English/French tickers of Gulf and Maghreb sites.
 */
import type { LexiconEntry } from "./lexicon-entry.ts";

const bar = "breaking-news ticker bars of Arabic news sites";

// biome-ignore format: one entry per line keeps the data table readable
export const TICKER_CUES: readonly LexiconEntry[] = [
  { pattern: "أخبار عاجلة", kind: "ticker", reason: "cue:breaking-news", seen: "seed 003, WordPress news themes" },
  { pattern: "عاجل", kind: "ticker", reason: "cue:breaking-news", seen: bar },
  { pattern: "خبر عاجل", kind: "ticker", reason: "cue:breaking-news", seen: bar },
  { pattern: "العاجل", kind: "ticker", reason: "cue:breaking-news", seen: bar },
  { pattern: "آخر الأخبار العاجلة", kind: "ticker", reason: "cue:breaking-news", seen: bar },
  { pattern: "بث مباشر", kind: "ticker", reason: "cue:live", seen: bar },
  { pattern: "مباشر", kind: "ticker", reason: "cue:live", seen: bar },
  { pattern: "البث المباشر", kind: "ticker", reason: "cue:live", seen: bar },
  { pattern: "شريط الأخبار", kind: "ticker", reason: "cue:breaking-news", seen: bar },
  { pattern: "breaking news", kind: "ticker", reason: "cue:breaking-news", seen: "English tickers" },
  { pattern: "breaking", kind: "ticker", reason: "cue:breaking-news", seen: "English tickers" },
  { pattern: "live", kind: "ticker", reason: "cue:live", seen: "English tickers" },
  { pattern: "flash info", kind: "ticker", reason: "cue:breaking-news", seen: "French tickers (Maghreb)" },
  { pattern: "urgent", kind: "ticker", reason: "cue:breaking-news", seen: "French tickers (Maghreb)" },
  { pattern: "en direct", kind: "ticker", reason: "cue:live", seen: "French tickers (Maghreb)" },
  { pattern: "dernière minute", kind: "ticker", reason: "cue:breaking-news", seen: "French tickers (Maghreb)" },
];
