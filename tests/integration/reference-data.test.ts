// Countries, organizations and news outlets in the admin: add and edit, audited; unique codes and names;
// editors may, researchers and the public may not.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { listCountriesAdmin, listOutletsAdmin, saveCountry, saveOutlet } from "@/lib/countries/reference-data";
import { listOrganizationsAdmin, saveOrganization } from "@/lib/countries/organizations";
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

/** The country of that code, as it is or added. */
const country = (code: string, shortName: string) =>
  db.country.upsert({ where: { code }, update: {}, create: { code, name: shortName, shortName } });

describe("speaking organizations (a ministry, KCNA)", () => {
  it("corrects an organization's name and country, audited with before and after, listed with its quotes", async () => {
    const [kr, kp] = [await country("KR", "S. Korea"), await country("KP", "N. Korea")];
    const typo = await saveOrganization(editor, { name: "Korean Central News Agncy", countryId: kr.id });
    const fixed = await saveOrganization(editor, {
      id: String(typo.id),
      name: "Korean Central News Agency",
      countryId: String(kp.id),
    });
    expect(fixed).toEqual({ id: typo.id, name: "Korean Central News Agency", countryId: kp.id });
    const listed = (await listOrganizationsAdmin(editor)).find((organization) => organization.id === typo.id);
    expect(listed).toEqual({ ...fixed, country: "N. Korea", quotes: 0 });
    const update = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "Organization", entityId: String(typo.id), action: "update" },
    });
    expect([update.before, update.after]).toEqual([
      { id: typo.id, name: "Korean Central News Agncy", countryId: kr.id },
      { id: typo.id, name: "Korean Central News Agency", countryId: kp.id },
    ]);
  });

  it("refuses renaming one into another of the same country, and an unknown id, changing nothing", async () => {
    const kr = await country("KR", "S. Korea");
    await saveOrganization(editor, { name: "Ministry of National Defense", countryId: kr.id });
    const other = await saveOrganization(editor, { name: "Ministry of Defence", countryId: kr.id });
    await expect(
      saveOrganization(editor, { id: other.id, name: "ministry of national defense", countryId: kr.id }),
    ).rejects.toMatchObject({ code: "DUPLICATE" });
    await expect(saveOrganization(editor, { id: 999_999, name: "Nobody", countryId: kr.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await db.organization.findUniqueOrThrow({ where: { id: other.id } })).name).toBe("Ministry of Defence");
  });
});

describe("refusal", () => {
  it("researchers and the public can neither list nor save, and the database is unchanged", async () => {
    const snapshot = async () =>
      JSON.stringify([
        await db.country.findMany({ orderBy: { id: "asc" } }),
        await db.outlet.findMany({ orderBy: { id: "asc" } }),
        await db.organization.findMany({ orderBy: { id: "asc" } }),
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
      await expect(listOrganizationsAdmin(user)).rejects.toMatchObject({ code });
      await expect(saveOrganization(user, { name: "KCNA", countryId: 1 })).rejects.toMatchObject({ code });
    }
    expect(await snapshot()).toBe(before);
  });
});
