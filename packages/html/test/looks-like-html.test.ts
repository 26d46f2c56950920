import { describe, expect, it } from "vitest";
import { looksLikeHtml } from "../src/index.ts";

describe("looksLikeHtml", () => {
  it.each([
    ["a doctype", "<!DOCTYPE html><html lang=ar><body><p>نص</p></body></html>"],
    ["an html tag after spaces", "  \n<html dir=rtl>"],
    ["a body tag inside the first 2 KB", "<div>x</div><body class=a>"],
  ])("says yes to %s", (_name, text) => {
    expect(looksLikeHtml(text)).toBe(true);
  });

  it.each([
    ["page text", "عنوان الخبر\nوقال الوزير إن الحكومة ستعمل."],
    ["a header tag only", "<header>عنوان</header>"],
    ["a body tag past 2 KB", `${"س".repeat(3000)}<body>`],
    ["empty text", ""],
  ])("says no to %s", (_name, text) => {
    expect(looksLikeHtml(text)).toBe(false);
  });
});
