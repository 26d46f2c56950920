/**
 * Job titles a news site prints in its masthead over each name ("رئيس التحرير" / name): the site's staff, not
 * an article's byline. Source: the mastheads of Egyptian, Gulf and Levantine portals (Al-Dostor, Al-Bawaba,
 * Youm7, Al-Masry Al-Youm print "رئيس مجلس الإدارة" and "رئيس التحرير" above the names at the top of every page).
 */
export const MASTHEAD_ROLES: readonly string[] = [
  "رئيس التحرير",
  "رئيس تحرير",
  "نائب رئيس التحرير",
  "مدير التحرير",
  "رئيس مجلس الإدارة",
  "رئيس مجلسي الإدارة والتحرير",
  "رئيس مجلس الإدارة والتحرير",
  "المدير العام",
  "المدير المسؤول",
  "الإشراف العام",
  "المشرف العام",
];
