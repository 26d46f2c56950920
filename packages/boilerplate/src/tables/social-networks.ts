/**
 * Names of social networks and messaging apps as news sites print them after a "follow us on" row
 * ("تابعوا RT على تلغرام", "تابعونا على فيسبوك", "Follow us on X", "Suivez-nous sur Instagram").
 * Sources: the follow-us boxes of Arabic portals (Arabic spellings, with their Egyptian, Levantine and
 * Maghreb variants) and of French/English chrome (brand names).
 */
// biome-ignore format: one entry per line keeps the data table readable
export const SOCIAL_NETWORKS: readonly string[] = [
  "فيسبوك", "فيس بوك", "تويتر", "إكس", "اكس", "انستغرام", "إنستغرام", "انستجرام", "إنستجرام", "انستقرام",
  "يوتيوب", "تلغرام", "تليغرام", "تيليجرام", "تيلجرام", "تيلقرام", "تلقرام", "تيليقرام", "واتساب", "واتس اب",
  "تيك توك", "تيكتوك", "سناب شات", "سناب", "لينكدإن", "لينكد إن", "نبض", "غوغل نيوز", "جوجل نيوز",
  "facebook", "twitter", "x", "instagram", "youtube", "telegram", "whatsapp", "tiktok", "snapchat",
  "linkedin", "threads", "google news",
];
