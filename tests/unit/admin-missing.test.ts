// The admin not-found page names what was missing from the address alone.
import { describe, expect, it } from "vitest";
import { describeMissing } from "@/lib/admin-home/missing";

describe("describeMissing", () => {
  it.each([
    ["/admin/articles/9999", "article 9999"],
    ["/admin/people/kim-jong-un", "person kim-jong-un"],
    ["/admin/country-stances/12/edit", "country stance record 12"],
    ["/admin/outlets", "this outlet page"],
    ["/admin/nowhere/1", "the page /admin/nowhere/1"],
  ])("%s → %s", (path, expected) => expect(describeMissing(path)).toBe(expected));
});
