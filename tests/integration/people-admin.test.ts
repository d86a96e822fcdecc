// People in the admin: editing name, description, aliases and roles (dates validated), optimistic locking on
// Person.version, merging two people (quotes and names move, the merged one redirects), and refusal.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import {
  addPersonAlias,
  removePersonAlias,
  removePersonRole,
  savePersonRole,
  updatePerson,
} from "@/lib/people/save-person";
import { mergePeople } from "@/lib/people/merge-people";
import { getAdminPerson, listPeopleAdmin } from "@/lib/people/queries";
import { getPublicPerson } from "@/lib/people/public";
import { getPublicPersonPage } from "@/lib/people/versions-public";
import { getPersonPage } from "@/lib/people/person-page";
import { seedArticle } from "@/prisma/seed/articles";
import { countryId, seedCountry } from "@/prisma/seed/countries";
import { seedPerson } from "@/prisma/seed/people";
import { seedQuote } from "@/prisma/seed/quotes";
import { createUser } from "../support/users";

let editor: SessionUser;
let researcher: SessionUser;
let us: number;

beforeAll(async () => {
  [editor, researcher] = await Promise.all([
    createUser(db, { role: "editor" }),
    createUser(db, { role: "researcher" }),
  ]);
  await seedCountry(db, { code: "US", name: "United States" });
  us = await countryId(db, "US");
});

const version = async (id: number) => (await db.person.findUniqueOrThrow({ where: { id } })).version;

describe("editing a person", () => {
  it("edits name and description, aliases and roles, each bumping the version and audited", async () => {
    const person = await seedPerson(db, { name: "Antony Blinken" });
    await updatePerson(editor, {
      personId: person.id,
      version: 1,
      name: "Antony J. Blinken",
      description: "Secretary of State",
    });
    await addPersonAlias(editor, { personId: person.id, version: 2, name: "Tony Blinken", language: "en" });
    await addPersonAlias(editor, { personId: person.id, version: 3, name: "블링컨", language: "ko" });
    await savePersonRole(editor, {
      personId: person.id,
      version: 4,
      countryId: us,
      title: "Secretary of State",
      organization: "",
      startsOn: "2021-01-26",
      endsOn: "",
    });
    const detail = await getAdminPerson(editor, person.id);
    expect(detail).toMatchObject({
      name: "Antony J. Blinken",
      description: "Secretary of State",
      version: 5,
      slug: "antony-blinken",
    });
    expect(detail.aliases.map((alias) => [alias.name, alias.language])).toEqual([
      ["Tony Blinken", "en"],
      ["블링컨", "ko"],
    ]);
    expect(detail.roles).toEqual([
      expect.objectContaining({
        title: "Secretary of State",
        countryCode: "US",
        startsOn: "2021-01-26",
        endsOn: null,
        organization: null,
      }),
    ]);

    const roleId = detail.roles[0].id;
    await savePersonRole(editor, {
      personId: person.id,
      version: 5,
      roleId,
      countryId: us,
      title: "Deputy Secretary of State",
      startsOn: "2015-01-09",
      endsOn: "2017-01-20",
    });
    await removePersonAlias(editor, { personId: person.id, version: 6, aliasId: detail.aliases[1].id });
    await removePersonRole(editor, { personId: person.id, version: 7, roleId });
    const after = await getAdminPerson(editor, person.id);
    expect([after.version, after.aliases.length, after.roles.length]).toEqual([8, 1, 0]);

    const events = await db.auditEvent.findMany({
      where: { entityType: "Person", entityId: String(person.id) },
      orderBy: { id: "asc" },
    });
    expect(events).toHaveLength(7);
    expect(events[0]).toMatchObject({
      action: "update",
      actorId: editor.id,
      before: expect.objectContaining({ name: "Antony Blinken" }),
      after: expect.objectContaining({ name: "Antony J. Blinken" }),
    });
    expect((events[3].after as { roles: unknown[] }).roles).toHaveLength(1);
  });

  it("validates role dates (from ≤ to) and alias language tags beside the fields", async () => {
    const person = await seedPerson(db, { name: "Jake Sullivan" });
    await expect(
      savePersonRole(editor, {
        personId: person.id,
        version: 1,
        countryId: us,
        title: "NSA",
        startsOn: "2021-02-01",
        endsOn: "2021-01-01",
      }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fields: { endsOn: ["The role cannot end before it starts."] } },
    });
    await expect(
      addPersonAlias(editor, { personId: person.id, version: 1, name: "Sullivan", language: "not a tag!" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", details: { fields: { language: expect.any(Array) } } });
    expect(await version(person.id)).toBe(1);
  });

  it("refuses a stale version with CONFLICT and changes nothing", async () => {
    const person = await seedPerson(db, { name: "Ned Price" });
    await updatePerson(editor, { personId: person.id, version: 1, name: "Ned Price", description: "Spokesperson" });
    const events = await db.auditEvent.count();
    await expect(
      updatePerson(editor, { personId: person.id, version: 1, name: "Edward Price", description: "" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(addPersonAlias(editor, { personId: person.id, version: 1, name: "Price" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.person.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      name: "Ned Price",
      version: 2,
    });
    expect(await db.personAlias.count({ where: { personId: person.id } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(events);
  });
});

describe("merging two people", () => {
  it("moves quotes, aliases and roles to the survivor, marks the merged one, audits both, and redirects its page", async () => {
    const survivor = await seedPerson(db, { name: "Chung Eui-yong", aliases: [{ name: "정의용", language: "ko" }] });
    const duplicate = await seedPerson(db, {
      name: "Chung Eui-Yong",
      slug: "chung-eui-yong-2",
      aliases: [
        { name: "정의용", language: "ko" },
        { name: "Eui-yong Chung", language: "en" },
      ],
      roles: [{ country: "US", title: "Test role", startsOn: "2021-02-09" }],
    });
    const articleId = (
      await seedArticle(db, {
        body: "Chung said the declaration is a first step. He added more.",
        title: "Yonhap",
        publishedOn: "2021-10-01",
        status: "published",
      })
    ).id;
    const quote = await seedQuote(db, {
      articleId,
      text: "Chung said the declaration is a first step.",
      speakerId: duplicate.id,
      speakerCountry: "US",
      attribution: "on_record",
      status: "published",
    });

    const result = await mergePeople(editor, {
      survivorId: survivor.id,
      survivorVersion: 1,
      mergedId: duplicate.id,
      mergedVersion: 1,
    });
    expect(result.movedQuoteIds).toEqual([quote.id]);
    expect((await db.quote.findUniqueOrThrow({ where: { id: quote.id } })).speakerId).toBe(survivor.id);
    const kept = await getAdminPerson(editor, survivor.id);
    expect(kept.aliases.map((alias) => alias.name).sort()).toEqual(
      ["Chung Eui-Yong", "Eui-yong Chung", "정의용"].sort(),
    );
    expect(kept.roles.map((role) => role.title)).toEqual(["Test role"]);
    expect(await db.person.findUniqueOrThrow({ where: { id: duplicate.id } })).toMatchObject({
      mergedIntoId: survivor.id,
      deletedAt: expect.any(Date),
      version: 2,
    });
    await expect(getAdminPerson(editor, duplicate.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const events = await db.auditEvent.findMany({
      where: { entityType: "Person", action: "merge" },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => event.entityId)).toEqual([String(duplicate.id), String(survivor.id)]);
    expect(events[0].before).toMatchObject({ mergedIntoId: null, deletedAt: null });
    expect(events[0].after).toMatchObject({ mergedIntoId: survivor.id, movedQuoteIds: [quote.id] });

    expect(await getPublicPerson("chung-eui-yong-2")).toEqual({ kind: "merged", slug: "chung-eui-yong" });
    expect(await getPublicPersonPage("chung-eui-yong-2")).toEqual({ kind: "merged", slug: "chung-eui-yong" });
  });

  it("refuses merging a person into themselves, and a stale version, changing nothing", async () => {
    const a = await seedPerson(db, { name: "Person A" });
    const b = await seedPerson(db, { name: "Person B" });
    await expect(
      mergePeople(editor, { survivorId: a.id, survivorVersion: 1, mergedId: a.id, mergedVersion: 1 }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      mergePeople(editor, { survivorId: a.id, survivorVersion: 1, mergedId: b.id, mergedVersion: 9 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect([await version(a.id), await version(b.id)]).toEqual([1, 1]);
    expect(await db.person.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      mergedIntoId: null,
      deletedAt: null,
    });
  });
});

describe("the person's admin page", () => {
  it("shows the duplicate chosen to merge, and none for a missing one or the person themself", async () => {
    const moon = await seedPerson(db, { name: "Moon Jae-in" });
    const duplicate = await seedPerson(db, { name: "Mun Jae-in" });
    const page = await getPersonPage(editor, { id: moon.id, mergeId: duplicate.id });
    expect(page).toMatchObject({ person: { name: "Moon Jae-in" }, other: { name: "Mun Jae-in" }, mayDelete: true });
    expect(page.countries.map((country) => country.code)).toContain("US");
    expect((await getPersonPage(editor, { id: moon.id, mergeId: 999_999 })).other).toBeNull();
    expect((await getPersonPage(editor, { id: moon.id, mergeId: moon.id })).other).toBeNull();
    expect((await getPersonPage(editor, { id: moon.id, mergeId: null })).other).toBeNull();
    await expect(getPersonPage(editor, { id: 999_999, mergeId: null })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("refusal", () => {
  it("researchers and the public can neither list, edit nor merge people, and the database is unchanged", async () => {
    const a = await seedPerson(db, { name: "Person C" });
    const b = await seedPerson(db, { name: "Person D" });
    const before = JSON.stringify([
      await db.person.findMany({ orderBy: { id: "asc" } }),
      await db.personAlias.count(),
      await db.personRole.count(),
      await db.auditEvent.count(),
    ]);
    for (const user of [researcher, null]) {
      const code = user ? "FORBIDDEN" : "UNAUTHENTICATED";
      await expect(listPeopleAdmin(user, {})).rejects.toMatchObject({ code });
      await expect(updatePerson(user, { personId: a.id, version: 1, name: "X Y" })).rejects.toMatchObject({ code });
      await expect(addPersonAlias(user, { personId: a.id, version: 1, name: "X" })).rejects.toMatchObject({ code });
      await expect(
        savePersonRole(user, { personId: a.id, version: 1, countryId: us, title: "T", startsOn: "", endsOn: "" }),
      ).rejects.toMatchObject({ code });
      await expect(
        mergePeople(user, { survivorId: a.id, survivorVersion: 1, mergedId: b.id, mergedVersion: 1 }),
      ).rejects.toMatchObject({ code });
    }
    const after = JSON.stringify([
      await db.person.findMany({ orderBy: { id: "asc" } }),
      await db.personAlias.count(),
      await db.personRole.count(),
      await db.auditEvent.count(),
    ]);
    expect(after).toBe(before);
  });

  it("lists live people with paging by name", async () => {
    const { items } = await listPeopleAdmin(editor, { q: "person" });
    expect(items.map((item) => item.name)).toEqual(["Person A", "Person B", "Person C", "Person D"]);
    const next = await listPeopleAdmin(editor, { q: "person", after: items[1].id });
    expect(next.items.map((item) => item.name)).toEqual(["Person C", "Person D"]);
  });
});
