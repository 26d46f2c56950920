/**
 * Words that introduce an author's name in a byline ("كتب: ...", "بقلم ...", "Par ...").
 *
 * Source: byline conventions of Arabic newspapers (كتب/كتبت for reporters, بقلم for opinion
 * pieces, إعداد/تقرير/حوار/ترجمة for features) and of French and English bylines (Par, By).
 */
export const BYLINE_CUES: readonly string[] = [
  "كتب",
  "كتبت",
  "كتبه",
  "كتبها",
  "بقلم",
  "إعداد",
  "اعداد",
  "إعداد وتقديم",
  "تقرير",
  "حوار",
  "ترجمة",
  "متابعة",
  // interviews: "حاوره: سالم البلوشي", "حاورتها ..." (Gulf and Levantine papers, Atheer, Al Khaleej)
  "حاوره",
  "حاورته",
  "حاورها",
  "حاورتها",
  "حاورهم",
  "المحرر",
  "تحرير",
  "الكاتب",
  "الكاتبة",
  "بواسطة",
  "by",
  "par",
  "auteur",
  "author",
];

/**
 * Participles printed before a byline cue ("نشر بواسطة", "Rédigé par", "Written by", "Publié
 * par"): the cue that follows introduces the name. Source: the byline templates of Arabic, French
 * and English WordPress themes (Jannah, Newspaper, JNews) in their translations.
 */
export const BYLINE_PREFIXES: readonly string[] = [
  "نشر",
  "نشره",
  "نشرت",
  "كتب",
  "rédigé",
  "redige",
  "écrit",
  "ecrit",
  "publié",
  "publie",
  "posté",
  "poste",
  "written",
  "posted",
  "published",
  "reported",
];

/**
 * Arabic function words that never occur in a person's or a place's name; a line containing one
 * is prose or a headline, not a byline. Source: the closed class of Arabic prepositions,
 * conjunctions and particles (Ryding, "A Reference Grammar of Modern Standard Arabic", ch. 16–18).
 */
export const FUNCTION_WORDS: readonly string[] = [
  "في",
  "فى",
  "من",
  "على",
  "إلى",
  "الى",
  "عن",
  "مع",
  "بعد",
  "قبل",
  "منذ",
  "حول",
  "هذا",
  "هذه",
  "ذلك",
  "التي",
  "الذي",
  "الذين",
  "أن",
  "إن",
  "ان",
  "لا",
  "لم",
  "لن",
  "قد",
  "ما",
  "هو",
  "هي",
  "كان",
  "كانت",
  "بين",
  "حتى",
  "أو",
  "او",
  "ثم",
  "لكن",
  "كل",
  "بعض",
  "غير",
  "ضد",
  "عند",
  "خلال",
  "يتم",
  "de",
  "du",
  "des",
  "le",
  "la",
  "les",
  "the",
  "of",
  "in",
  "on",
  "and",
  "et",
  "pour",
  "for",
];

/**
 * Words that introduce a name only when a colon follows them: "نص: إبراهيم العلوش", "نص: فرانس24"
 * (the writer of a text, as Enab Baladi and France 24 Arabic print it). Without the colon they open
 * prose or a label ("نص البيان:", "نص الكلمة"). Source: credit lines of Syrian, Lebanese and
 * international Arabic sites (text / photo / video credits under a story).
 */
export const COLON_BYLINE_CUES: readonly string[] = ["نص", "texte", "text", "words"];

/**
 * Phrases that credit the writers who contributed to a story, under the article or its tag box, with a
 * colon after them ("شارك في التغطية: سامي أبو سالم، وأحمد عبد الله"). The names after them are authors.
 * Source: contributor lines of Al-Araby Al-Jadeed, Asharq Al-Awsat and Reuters-fed Arabic portals.
 */
export const CONTRIBUTOR_CUES: readonly string[] = [
  "شارك في التغطية",
  "ساهم في التغطية",
  "شارك في الإعداد",
  "ساهم في الإعداد",
  "شارك في التحرير",
  "ساهم في التحرير",
];
