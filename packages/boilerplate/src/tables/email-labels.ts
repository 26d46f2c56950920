/**
 * Bare e-mail labels. The same word is a field of a comment form ("Nom *" / "E-mail *"), a button of a share
 * bar ("Facebook" / "X" / "Email") and the field of a newsletter box ("اشترك في نشرتنا" / "البريد الإلكتروني"),
 * so the box it stands in decides what it is. Source: WordPress comment forms, Jetpack and AddToAny share bars,
 * newsletter widgets of Arabic portals (ar/fr/en).
 */
// biome-ignore format: one entry per line keeps the data table readable
export const EMAIL_LABELS: readonly string[] = [
  "email", "e-mail", "e-mail *", "email *", "mail", "courriel", "adresse e-mail",
  "البريد الإلكتروني", "البريد الالكتروني", "البريد", "الإيميل", "ايميل",
];
