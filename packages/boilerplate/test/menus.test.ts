/** Menus printed on one line (`detect-menu.ts`). */
import { describe, expect, it } from "vitest";
import { DESALINATION, VACCINATION } from "./pages.ts";
import { of, strip } from "./strip-lines.ts";

describe("menu strips", () => {
  it("reads a menu whose cells are separated only by runs of spaces, a language switcher included", () => {
    const menu = "محليات  دولي  ترفيه  صحة  مدونات";
    const langs = "ENGLISH  DEUTSCH  TÜRKÇE  فارسی  العربية";
    const { blocks } = strip(menu, langs, VACCINATION.TITLE, VACCINATION.P1, VACCINATION.P2);
    expect(of(blocks, menu)).toBe("navigation nav:menu-strip");
    expect(of(blocks, langs)).toBe("navigation nav:menu-strip");
    expect(of(blocks, VACCINATION.TITLE)).toBe("heading null");
  });

  it("keeps a title with double spaces that is not made of section names", () => {
    const spaced = "الحكومة  تعلن  خطة  جديدة  لدعم  المزارعين";
    const { blocks } = strip(spaced, VACCINATION.P1, VACCINATION.P2);
    expect(of(blocks, spaced)).toBe("heading null");
  });

  it("reads a long single-spaced menu with و-joined section names as a menu strip, a two-word item stays a column", () => {
    const menu = "الرئيسية أخبار محلية عربي ودولي اقتصاد رياضة";
    const { blocks } = strip("يمرس", menu, "ابحث", DESALINATION.TITLE, DESALINATION.P1, DESALINATION.P2);
    expect(of(blocks, menu)).toBe("navigation nav:menu-strip");
    expect(of(blocks, DESALINATION.TITLE)).toBe("heading null");
  });
});
