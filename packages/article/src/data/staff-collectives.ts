/**
 * Bylines that name the newsroom rather than a person ("صحيفة سبق - فريق التحرير", "La rédaction"):
 * they are neither an author nor the source, and are left out of `authors`.
 *
 * Source: staff credits of Gulf, Egyptian and Maghreb sites (Sabq, Youm7, Hespress) and French/English
 * WordPress themes ("La rédaction", "Staff", "Editorial team").
 */
export const STAFF_COLLECTIVES: readonly string[] = [
  "فريق التحرير",
  "هيئة التحرير",
  "أسرة التحرير",
  "قسم التحرير",
  "التحرير",
  "المحرر",
  "محرر الموقع",
  "فريق العمل",
  "rédaction",
  "la rédaction",
  "redaction",
  "staff",
  "editorial team",
  "editorial staff",
];
