import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Al-Fatiha, fully vocalized in Uthmani orthography (Quranic small high marks, wasla, superscript alef). */
export const QURAN =
  "بِسۡمِ ٱللَّهِ ٱلرَّحۡمَٰنِ ٱلرَّحِيمِ ١ ٱلۡحَمۡدُ لِلَّهِ رَبِّ ٱلۡعَٰلَمِينَ ٢ ٱلرَّحۡمَٰنِ ٱلرَّحِيمِ ٣ مَٰلِكِ يَوۡمِ ٱلدِّينِ ٤ " +
  "إِيَّاكَ نَعۡبُدُ وَإِيَّاكَ نَسۡتَعِينُ ٥ ٱهۡدِنَا ٱلصِّرَٰطَ ٱلۡمُسۡتَقِيمَ ٦ صِرَٰطَ ٱلَّذِينَ أَنۡعَمۡتَ عَلَيۡهِمۡ غَيۡرِ " +
  "ٱلۡمَغۡضُوبِ عَلَيۡهِمۡ وَلَا ٱلضَّآلِّينَ ٧ إِنَّهُۥ مِن سُلَيۡمَٰنَ وَإِنَّهُۥ بِسۡمِ ٱللَّهِ ٱلرَّحۡمَٰنِ ٱلرَّحِيمِ ۚ ذَٰلِكَ ٱلۡكِتَٰبُ لَا رَيۡبَۛ فِيهِۛ هُدٗى لِّلۡمُتَّقِينَ ۖ\n";

/** Vocalized Modern Standard Arabic prose, with tatweel, Persian letters and mixed digits. */
export const PROSE =
  "ذَهَبَ الطَّالِبُ إِلَى المَدْرَسَةِ صَبَاحًا، وَقَرَأَ كِتَابًا جَدِيدًا عَنْ تَارِيخِ الجَزَائِرِ سَنَةَ ١٩٦٢م.\r\n" +
  "قَالَ المُدِيرُ: «إِنَّ العِلْمَ نُورٌ»؛ ثُمَّ سَأَلَ: هَلْ قَرَأْتُمُ الکتابَ الجـــديد؟ نعم ۱۰۰٪ \u200Fمِنَ الطُّلَّابِ.\n";

/** The page fixtures of `seeds/` (real scraped pages and hand-written imitations). */
export function seedsText(): string {
  const root = fileURLToPath(new URL("../../../seeds/", import.meta.url));
  let text = "";
  for (const dir of readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const file of readdirSync(join(root, dir.name))) {
      if (file.endsWith(".txt")) text += `${readFileSync(join(root, dir.name, file), "utf8")}\n`;
    }
  }
  return text;
}

/** About `units` UTF-16 units: the seeds, the Quranic verses and the prose, repeated. */
export function buildCorpus(units: number): string {
  const block = `${seedsText()}${QURAN.repeat(20)}${PROSE.repeat(20)}`;
  return block.repeat(Math.max(1, Math.ceil(units / block.length)));
}
