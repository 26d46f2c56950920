/**
 * Words that mark an image caption or its photo credit: "صورة أرشيفية لـ...", "(الصورة: رويترز)",
 * "(تصوير: ...)", "Photo: AFP".
 *
 * Source: caption lines under images on Arabic news sites (Al Jazeera, Asharq Al-Awsat, Hespress,
 * Youm7) and the photo credits of wire agencies (AFP, Reuters, AP) as printed in fr/en.
 */
export const PHOTO_WORDS: readonly string[] = ["صورة", "الصورة", "صور", "تصوير", "photo", "crédit"];

/**
 * Words that, right after a photo word at the start of a line, make it a caption rather than a deck
 * that happens to open with "صورة" ("صورة قاتمة للاقتصاد" is a deck; "صورة أرشيفية" is a caption).
 *
 * Source: caption openers of the same sites ("صورة أرشيفية", "صورة تعبيرية", "صورة توضيحية", "صورة من").
 */
export const CAPTION_QUALIFIERS: readonly string[] = ["أرشيفية", "ارشيفية", "تعبيرية", "توضيحية", "من", "لـ"];

/**
 * Labels of an embedded video or gallery that open a caption-like line with a colon inside the body
 * ("فيديو: لحظة وقوع الزلزال", "Vidéo : ...").
 *
 * Source: video embeds on Arabic news sites (Al Arabiya, Youm7, Hespress) and their fr/en twins.
 */
export const MEDIA_LABEL_WORDS: readonly string[] = [
  "فيديو",
  "بالفيديو",
  "شاهد",
  "إنفوغراف",
  "انفوجراف",
  "video",
  "vidéo",
];

/**
 * Photo agencies and picture libraries credited in brackets at the end of a caption
 * ("متداولون في بورصة نيويورك (Getty Images)", "... (أ ف ب)"): a headline-shaped line closed by one
 * is a caption. Only the first word of the bracket is compared ("أ ف ب" and "أ ب" are matched whole
by the caption test, a one-letter word being too common).
 *
 * Source: caption credits of Independent Arabia, Asharq Al-Awsat, Al Jazeera, Sky News Arabia and
 * BBC Arabic (Getty Images, AFP, Reuters, AP, EPA, Anadolu, Shutterstock).
 */
export const PHOTO_CREDIT_NAMES: readonly string[] = [
  "getty",
  "غيتي",
  "جيتي",
  "shutterstock",
  "istock",
  "afp",
  "reuters",
  "رويترز",
  "epa",
  "ap",
  "anadolu",
  "الأناضول",
];

/**
 * Prepositions that place a photo's subject in a scene: a short verbless line "SUBJECT خلال EVENT"
 * ("وزيرة الثقافة خلال حفل الافتتاح", "الرئيس تبون لدى استقباله السفير") printed under the headline
 * is the image's caption, not a deck.
 *
 * Source: image captions of Algerian and Mauritanian news sites (El Moudjahid Arabic, Echorouk,
 * El Massa, Anbaa Info, Alakhbar), printed once or twice between the decks.
 */
export const SCENE_PREPOSITIONS: readonly string[] = ["خلال", "أثناء", "اثناء", "لدى", "إبان"];

/**
 * Two-word openers of a caption describing part of a scene ("جانب من اللقاء", "لقطة من المباراة").
 *
 * Source: the same sites' image captions.
 */
export const SCENE_CAPTION_OPENERS: readonly string[] = ["جانب من", "لقطة من", "مشهد من", "جانب من أشغال"];
