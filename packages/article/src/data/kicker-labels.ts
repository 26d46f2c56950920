/**
 * Labels printed alone on the line right above a headline, without a colon: the story's format or
 * status rather than its section ("حصري", "تقرير", "فيديو"). Above the title they are its kicker;
 * section names ("رياضة", "لبنان") are left to `categories`. Breaking-news and live labels ("عاجل",
 * "مباشر") are left out: above a title they are as often a ticker's label or a menu's live-TV link.
 *
 * Source: headline overlines of Arabic news sites (Echorouk and El Khabar "حصري", Al Arabiya and
 * Asharq Al-Awsat "تقرير" / "تحليل" / "حوار", Youm7 and Masrawy "فيديو" / "بالصور", Al Jazeera
 * "إنفوغراف"; Gulf papers' "بيان صحفي") and their French/English twins on Maghreb and Gulf sites ("Exclusif", "Exclusive").
 */

/** Format and status labels, never a menu item. */
export const KICKER_LABELS: readonly string[] = [
  "حصري",
  "حصريا",
  "خاص",
  "تقرير",
  "تقرير خاص",
  "تحليل",
  "حوار",
  "تحقيق",
  "مقابلة",
  // press releases carried as they were sent (QNA, BNA, KUNA pages; Al Raya, Al Ayam)
  "بيان صحفي",
  "بيان",
  "communiqué",
  "press release",
  "exclusif",
  "analyse",
  "entretien",
  "enquête",
  "exclusive",
  "analysis",
  "interview",
];

/**
 * Media labels: a kicker too, but also the last item of many menus ("... رياضة / فيديو / صور"), so
 * one is a kicker only when no menu line stands right above it.
 */
export const MEDIA_KICKER_LABELS: readonly string[] = [
  "فيديو",
  "بالفيديو",
  "بالصور",
  "صور",
  "فيديو وصور",
  "إنفوغراف",
  "انفوجراف",
  "إنفوجرافيك",
  "vidéo",
  "video",
];
