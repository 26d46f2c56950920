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

/**
 * Verbs that open a "subscribe to our channel on <network>" row ("اشترك في «الأخبار» على يوتيوب هنا",
 * "Subscribe to ... on YouTube", "Abonnez-vous à ... sur YouTube"): a follow row when the network is named.
 * Source: the YouTube and Telegram boxes of Levantine and Gulf portals (Al-Akhbar, Al Mayadeen, RT Arabic).
 */
export const SUBSCRIBE_VERBS: readonly string[] = ["اشترك", "اشتركوا", "subscribe", "abonnez"];

/**
 * Words a follow or subscribe row may end with after the network's name ("... على يوتيوب هنا", "... on YouTube
 * now"): a link's call to action, not part of the name. Same source.
 */
export const FOLLOW_TRAILERS: readonly string[] = ["هنا", "الآن", "الان", "here", "now", "ici"];
