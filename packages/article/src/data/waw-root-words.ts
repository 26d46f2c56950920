/**
 * Headline words whose first letter "و" is part of the word, not the conjunction "و" ("وزير", "وفد",
 * "واشنطن"). A deck opening with one of them starts a new statement ("وزير الخارجية يبحث ..."), so it
 * never continues the title line above it (see `continuesTitle`).
 *
 * Source: the most frequent و-initial nouns, verbs and place names opening Arabic news headlines and decks
 * (government and diplomacy, deaths and incidents, places), from the headlines of the seed pages and of
 * Al Jazeera, Youm7, Hespress and Asharq Al-Awsat front pages; lookup is on folded keys, so spelling
 * variants ("وزاره", "وفاه") need no entries of their own.
 */
// biome-ignore format: one entry per line group keeps the data table readable
export const WAW_ROOT_WORDS: readonly string[] = [
  "وزير", "وزيرة", "وزراء", "وزارة", "وزارات", "وفد", "وفود", "وفاة", "وفيات", "واشنطن", "وكالة", "وكالات",
  "ولي", "ولاية", "ولايات", "والي", "وسط", "وقف", "وقفة", "وحدة", "وحدات", "وضع", "وطني", "وطنية", "ورشة",
  "وثيقة", "وثائق", "وعد", "وعود", "وصول", "وصل", "وجه", "وجهة", "ودائع", "وادي", "ورقة", "وهران", "وجدة",
  "وقود", "وباء", "وظائف", "وظيفة", "وسائل", "وكيل", "ولادة", "واقع", "واقعة", "وداع", "وديعة", "وقت",
  "وارسو", "ويلز", "وول", "ويكيليكس", "واتساب", "وسيط", "وساطة", "وحيد", "ورثة", "وزن", "وفق", "وفقا",
  "وكأن", "ولكن", "وليد", "وائل", "وفاء", "وسام", "وداد", "وهبي", "وهبة",
];
