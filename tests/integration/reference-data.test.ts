// Countries, organizations and news outlets in the admin: add and edit, audited; unique codes and names;
// editors may, researchers and the public may not.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { listCountriesAdmin, listOutletsAdmin, saveCountry, saveOutlet } from "@/lib/countries/reference-data";
import { createUser } from "../support/users";

let editor: SessionUser;
let researcher: SessionUser;

beforeAll(async () => {
  [editor, researcher] = await Promise.all([
    createUser(db, { role: "editor" }),
    createUser(db, { role: "researcher" }),
  ]);
});

describe("countries and organizations", () => {
  it("adds and edits, upper-casing the code, audited with before and after", async () => {
    const kr = await saveCountry(editor, {
      code: "kr",
      name: "Republic of Korea",
      shortName: "South Korea",
      kind: "country",
    });
    expect(kr).toMatchObject({ code: "KR", kind: "country" });
    await saveCountry(editor, {
      id: String(kr.id),
      code: "KR",
      name: "Republic of Korea",
      shortName: "S. Korea",
      kind: "country",
    });
    await saveCountry(editor, { code: "UN", name: "United Nations", shortName: "UN", kind: "organization" });
    expect((await listCountriesAdmin(editor)).map((c) => [c.code, c.shortName])).toEqual([
      ["KR", "S. Korea"],
      ["UN", "UN"],
    ]);
    const events = await db.auditEvent.findMany({
      where: { entityType: "Country", entityId: String(kr.id) },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => event.action)).toEqual(["create", "update"]);
    expect(events[1].before).toMatchObject({ shortName: "South Korea" });
    expect(events[1].after).toMatchObject({ shortName: "S. Korea" });
  });

  it("refuses a taken code and a malformed one beside the field", async () => {
    await expect(
      saveCountry(editor, { code: "KR", name: "Korea again", shortName: "Korea", kind: "country" }),
    ).rejects.toMatchObject({ code: "DUPLICATE", details: { fields: { code: expect.any(Array) } } });
    await expect(
      saveCountry(editor, { code: "K1", name: "Korea", shortName: "Korea", kind: "country" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", details: { fields: { code: expect.any(Array) } } });
  });
});

describe("outlets", () => {
  it("adds and edits with website and country, audited; names are unique", async () => {
    const kr = (await listCountriesAdmin(editor)).find((c) => c.code === "KR")!;
    const { id } = await saveOutlet(editor, {
      name: "Hankyoreh",
      website: "https://www.hani.co.kr",
      countryId: String(kr.id),
    });
    await saveOutlet(editor, { id: String(id), name: "The Hankyoreh", website: "", countryId: "" });
    expect(await listOutletsAdmin(editor)).toEqual([
      { id, name: "The Hankyoreh", website: null, countryId: null, country: null },
    ]);
    await expect(saveOutlet(editor, { name: "The Hankyoreh", website: "", countryId: "" })).rejects.toMatchObject({
      code: "DUPLICATE",
    });
    await expect(
      saveOutlet(editor, { name: "Yonhap", website: "javascript:alert(1)", countryId: "" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", details: { fields: { website: expect.any(Array) } } });
    expect(await db.auditEvent.count({ where: { entityType: "Outlet", entityId: String(id) } })).toBe(2);
  });
});

describe("refusal", () => {
  it("researchers and the public can neither list nor save, and the database is unchanged", async () => {
    const snapshot = async () =>
      JSON.stringify([
        await db.country.findMany({ orderBy: { id: "asc" } }),
        await db.outlet.findMany({ orderBy: { id: "asc" } }),
        await db.auditEvent.count(),
      ]);
    const before = await snapshot();
    for (const user of [researcher, null]) {
      const code = user ? "FORBIDDEN" : "UNAUTHENTICATED";
      await expect(listCountriesAdmin(user)).rejects.toMatchObject({ code });
      await expect(
        saveCountry(user, { code: "CN", name: "China", shortName: "China", kind: "country" }),
      ).rejects.toMatchObject({ code });
      await expect(saveOutlet(user, { name: "Xinhua", website: "", countryId: "" })).rejects.toMatchObject({ code });
    }
    expect(await snapshot()).toBe(before);
  });
});
