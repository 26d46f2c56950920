/**
 * Function words whose density marks running prose (jusText uses stop-word density the same way).
 * Source: the most frequent Arabic particles, prepositions, pronouns and demonstratives in news
 * text (as in common Arabic stop-word lists), written here in their folded key form's source spelling;
 * plus the commonest French and English function words for Latin-script prose.
 */
// biome-ignore format: one entry per line keeps the data table readable
export const FUNCTION_WORDS: readonly string[] = [
  // Arabic
  "في", "من", "على", "إلى", "الى", "عن", "مع", "أن", "إن", "ان", "التي", "الذي", "الذين", "اللذين", "اللتين",
  "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "هو", "هي", "هم", "هما", "كان", "كانت", "يكون", "تكون", "قد", "لقد",
  "لا", "ما", "لم", "لن", "أو", "ثم", "حيث", "بين", "كما", "بعد", "قبل", "عند", "حتى", "إلا", "إذا", "إذ", "لكن",
  "أي", "كل", "منذ", "خلال", "نحو", "وفق", "ضد", "لدى", "عبر", "أمام", "فيه", "فيها", "منه", "منها", "عليه",
  "عليها", "إليه", "إليها", "به", "بها", "له", "لها", "لهم", "أنه", "أنها", "إنه", "إنها", "كما", "أيضا", "بل",
  "غير", "دون", "مثل", "ذات", "وقد", "وقال", "قال", "وأضاف", "أضاف", "وأكد", "أكد", "وأوضح", "أوضح", "الذي",
  // French
  "le", "la", "les", "de", "des", "du", "et", "un", "une", "en", "est", "pour", "que", "qui", "dans", "sur", "au",
  "aux", "par", "avec", "ce", "cette", "il", "elle", "ont", "sont", "a", "pas", "plus",
  // English
  "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "as", "was", "were", "by", "it", "this",
  "are", "be", "from", "has", "have", "an",
];
