/** The `email-labels` pass: a bare e-mail label read by the box it stands in. */
import { describe, expect, it } from "vitest";
import { FARMERS } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

const { TITLE, P1, P2 } = FARMERS;

describe("bare e-mail labels", () => {
  it("reads a bare e-mail label by the box it stands in", () => {
    const form = strip(TITLE, P1, P2, "Laisser un commentaire", "Nom", "E-mail").blocks;
    expect(of(form, "E-mail")).toBe("comment-form cue:comment-field");
    const share = strip(TITLE, P1, P2, "Share", "Facebook", "Email").blocks;
    expect(of(share, "Email")).toBe("social cue:share");
    const news = strip(TITLE, P1, P2, "اشترك في نشرتنا البريدية", "البريد الإلكتروني").blocks;
    expect(of(news, "البريد الإلكتروني")).toBe("widget cue:subscribe");
  });
});
