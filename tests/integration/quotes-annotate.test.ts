// Marking quotes in the annotation workspace, through the lib functions its actions call: saving a quote with its
// stances (one transaction, one audit event), refusing wrong offsets by field, optimistic locking, who may do it,
// and re-anchoring when an article's body is corrected.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/permissions";
import { saveQuote } from "@/lib/quotes/save-quote";
import { getAnnotationWorkspace } from "@/lib/quotes/queries";
import { getAnnotatePage } from "@/lib/quotes/annotate-page";
import type { QuoteInput } from "@/lib/quotes/schemas";
import { deleteQuote, restoreQuote } from "@/lib/quotes/mutations";
import { submitQuote } from "@/lib/review/submit";
import { roleOn, searchPeople } from "@/lib/people/queries";
import { createPerson } from "@/lib/people/create-person";
import { saveOrganization } from "@/lib/countries/organizations";
import { updateArticleBody } from "@/lib/articles/update-body";
import { seedCodebook, positionId } from "@/prisma/seed/codebook";
import { seedCountries, countryId } from "@/prisma/seed/countries";
import { DEMO_COUNTRIES } from "@/prisma/seed/demo/countries";
import { seedArticle } from "@/prisma/seed/articles";
import { seedPerson } from "@/prisma/seed/people";
import { seedQuote } from "@/prisma/seed/quotes";
import { createUser } from "../support/users";
import { snapshot } from "./support/records";

const BODY =
  "Seoul, July 31 — China favors a peace treaty instead because that will be legally binding on all sides.\n" +
  "The South Korean government wants an early declaration to encourage North Korea to denuclearize.\n" +
  "Shin Beom-chul said the U.S. would probably prefer a bilateral declaration with North Korea.";

let editor: SessionUser;
let otherEditor: SessionUser;
let researcher: SessionUser;
let ids: { CN: number; KR: number; US: number };
let instrument: { dimensionId: number; positionId: number };
let sequencing: { dimensionId: number; positionId: number };
let personId: number;

beforeAll(async () => {
  await seedCodebook(db);
  await seedCountries(db, DEMO_COUNTRIES);
  editor = await createUser(db, { role: "editor" });
  otherEditor = await createUser(db, { role: "editor" });
  researcher = await createUser(db, { role: "researcher" });
  ids = { CN: await countryId(db, "CN"), KR: await countryId(db, "KR"), US: await countryId(db, "US") };
  instrument = await positionId(db, "instrument", "treaty");
  sequencing = await positionId(db, "sequencing", "declaration_first");
  const person = await seedPerson(db, {
    name: "Chung Eui-yong",
    aliases: [{ name: "정의용", language: "ko" }],
    roles: [
      { country: "KR", title: "National Security Adviser", startsOn: "2017-05-21", endsOn: "2020-07-03" },
      { country: "KR", title: "Foreign Minister", startsOn: "2021-02-09", endsOn: "2022-05-09" },
    ],
  });
  personId = person.id;
});

async function anArticle(body = BODY) {
  return seedArticle(db, { body: `${body}\n${crypto.randomUUID()}`, publishedOn: "2018-07-31" });
}

function input(articleId: number, body: string, text: string, extra: Partial<QuoteInput> = {}): QuoteInput {
  const start = body.indexOf(text);
  return {
    articleId,
    startOffset: start,
    endOffset: start + text.length,
    text,
    speakerId: null,
    speakerLabel: "Chosun Ilbo (reporting)",
    speakerCountryId: ids.KR,
    attribution: "reported",
    statedOn: "2018-07-31",
    stances: [{ ...instrument, holderCountryId: ids.CN }],
    ...extra,
  };
}

/** A new person with a role, as the workspace's "Create person" confirmation sends it. */
function aPerson(name: string) {
  return { name, title: "Adviser", countryId: ids.KR, organization: "", startsOn: "", endsOn: "" };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("saveQuote", () => {
  it("creates a quote with its stances and one audit event in the same transaction", async () => {
    const article = await anArticle();
    const saved = await saveQuote(editor, input(article.id, article.body, "China favors a peace treaty instead"));
    const row = await db.quote.findUniqueOrThrow({ where: { id: saved.id }, include: { stances: true } });
    expect(article.body.slice(row.startOffset, row.endOffset)).toBe("China favors a peace treaty instead");
    expect(row).toMatchObject({
      authorId: editor.id,
      status: "draft",
      version: 1,
      speakerLabel: "Chosun Ilbo (reporting)",
    });
    expect(row.prefix).toBe(article.body.slice(Math.max(0, row.startOffset - 32), row.startOffset));
    expect(row.stances.map((s) => [s.dimensionId, s.positionId, s.holderCountryId])).toEqual([
      [instrument.dimensionId, instrument.positionId, ids.CN],
    ]);
    const events = await db.auditEvent.findMany({ where: { entityType: "Quote", entityId: String(saved.id) } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "create", actorId: editor.id });
    expect((events[0].after as { stances: unknown[] }).stances).toHaveLength(1);
  });

  it("updates the quote, replaces its stances and records before and after", async () => {
    const article = await anArticle();
    const created = await saveQuote(editor, input(article.id, article.body, "China favors a peace treaty instead"));
    const updated = await saveQuote(editor, {
      ...input(article.id, article.body, "an early declaration", {
        stances: [{ ...sequencing, holderCountryId: ids.KR }],
      }),
      id: created.id,
      version: created.version,
    });
    expect(updated.version).toBe(2);
    expect(updated.stances).toEqual([{ ...sequencing, holderCountryId: ids.KR, strength: "explicit" }]);
    const live = await db.stance.count({ where: { quoteId: created.id, deletedAt: null } });
    expect(live).toBe(1);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "Quote", entityId: String(created.id), action: "update" },
    });
    expect((event.before as { text: string }).text).toBe("China favors a peace treaty instead");
    expect((event.after as { text: string }).text).toBe("an early declaration");
  });

  it("rejects offsets that do not cut the text out of the body, naming the field, and writes nothing", async () => {
    const article = await anArticle();
    const before = await snapshot(db);
    const shifted = input(article.id, article.body, "China favors a peace treaty");
    const error = await refusal(
      saveQuote(editor, { ...shifted, startOffset: shifted.startOffset + 1, endOffset: shifted.endOffset + 1 }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.details.fields ?? {})).toEqual(["text"]);
    const outside = await refusal(
      saveQuote(editor, { ...shifted, startOffset: 10_000, endOffset: 10_000 + shifted.text.length }),
    );
    expect(Object.keys(outside.details.fields ?? {})).toEqual(["endOffset"]);
    const noSpeaker = await refusal(saveQuote(editor, { ...shifted, speakerKind: "person", speakerId: null }));
    expect(noSpeaker.details.fields).toHaveProperty("speakerId");
    const undescribed = await refusal(
      saveQuote(editor, { ...shifted, speakerKind: "unnamed", attribution: "anonymous_source", speakerLabel: null }),
    );
    expect(undescribed.details.fields).toHaveProperty("speakerLabel");
    expect(await snapshot(db)).toBe(before);
  });

  it("refuses a retired position for new coding, and a position of another dimension", async () => {
    const article = await anArticle();
    await db.position.update({ where: { id: instrument.positionId }, data: { retired: true } });
    try {
      const retired = await refusal(saveQuote(editor, input(article.id, article.body, "an early declaration")));
      expect(retired.details.fields).toHaveProperty(["stances.0.positionId"]);
    } finally {
      await db.position.update({ where: { id: instrument.positionId }, data: { retired: false } });
    }
    const wrong = await refusal(
      saveQuote(
        editor,
        input(article.id, article.body, "an early declaration", {
          stances: [
            { dimensionId: instrument.dimensionId, positionId: sequencing.positionId, holderCountryId: ids.KR },
          ],
        }),
      ),
    );
    expect(wrong.details.fields).toHaveProperty(["stances.0.positionId"]);
  });

  it("answers a stale version with CONFLICT carrying the other editor's version, and keeps theirs", async () => {
    const article = await anArticle();
    const created = await saveQuote(editor, input(article.id, article.body, "China favors a peace treaty instead"));
    const theirs = await saveQuote(otherEditor, {
      ...input(article.id, article.body, "China favors a peace treaty instead", { attribution: "on_record" }),
      id: created.id,
      version: 1,
    });
    const error = await refusal(
      saveQuote(editor, {
        ...input(article.id, article.body, "China favors a peace treaty instead", { attribution: "analyst" }),
        id: created.id,
        version: 1,
      }),
    );
    expect(error.code).toBe("CONFLICT");
    expect((error.details.data as { current: { version: number; attribution: string } }).current).toMatchObject({
      version: theirs.version,
      attribution: "on_record",
    });
    // Overwriting on purpose: the editor saves again with the version they were shown.
    const mine = await saveQuote(editor, {
      ...input(article.id, article.body, "China favors a peace treaty instead", { attribution: "analyst" }),
      id: created.id,
      version: theirs.version,
    });
    expect(mine).toMatchObject({ attribution: "analyst", version: theirs.version + 1 });
  });

  it("refuses researchers (FORBIDDEN) and anonymous callers (UNAUTHENTICATED) and changes nothing", async () => {
    const article = await anArticle();
    const before = await snapshot(db);
    expect((await refusal(saveQuote(researcher, input(article.id, article.body, "an early declaration")))).code).toBe(
      "FORBIDDEN",
    );
    expect((await refusal(saveQuote(null, input(article.id, article.body, "an early declaration")))).code).toBe(
      "UNAUTHENTICATED",
    );
    expect((await refusal(getAnnotationWorkspace(researcher, article.id))).code).toBe("FORBIDDEN");
    expect((await refusal(searchPeople(null, "Chung"))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(createPerson(researcher, aPerson("Someone")))).code).toBe("FORBIDDEN");
    expect((await refusal(saveOrganization(researcher, { name: "Some Ministry", countryId: ids.KR }))).code).toBe(
      "FORBIDDEN",
    );
    expect(
      (await refusal(updateArticleBody(researcher, { id: article.id, version: article.version, body: BODY }))).code,
    ).toBe("FORBIDDEN");
    expect(await snapshot(db)).toBe(before);
  });
});

describe("the workspace's other calls", () => {
  it("lists the article with its live quotes, and deletes and restores a quote with audit events", async () => {
    const article = await anArticle();
    const saved = await saveQuote(editor, input(article.id, article.body, "an early declaration"));
    await deleteQuote(editor, saved.id);
    expect((await getAnnotationWorkspace(editor, article.id)).quotes).toHaveLength(0);
    await restoreQuote(editor, saved.id);
    const workspace = await getAnnotationWorkspace(editor, article.id);
    expect(workspace.quotes.map((q) => q.id)).toEqual([saved.id]);
    expect(workspace.codebook.map((d) => d.key)).toEqual(["instrument", "sequencing", "parties"]);
    // The page's one read: the same workspace, no double coding here, and the text correction for an editor.
    expect(await getAnnotatePage(editor, article.id)).toEqual({ workspace, coding: null, mayCorrectText: true });
    await expect(getAnnotatePage(editor, 999_999)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const actions = await db.auditEvent.findMany({
      where: { entityType: "Quote", entityId: String(saved.id) },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["create", "delete", "restore"]);
  });

  it("finds people by alias and gives the country of the role held on the day", async () => {
    expect((await searchPeople(editor, "정의")).map((p) => p.name)).toContain("Chung Eui-yong");
    expect(await roleOn(editor, personId, "2018-07-31")).toEqual({
      countryId: ids.KR,
      title: "National Security Adviser",
    });
    expect(await roleOn(editor, personId, "2020-12-01")).toBeNull();
  });

  it("creates a person with their role in one transaction, audited, so the country fills in next time", async () => {
    const created = await createPerson(editor, {
      ...aPerson("정의용 Test"),
      title: "Foreign Minister",
      organization: "Ministry of Foreign Affairs",
      startsOn: "2021-02-09",
    });
    expect(created.slug).toMatch(/^test/);
    expect(await roleOn(editor, created.id, "2021-10-27")).toEqual({ countryId: ids.KR, title: "Foreign Minister" });
    expect(await roleOn(editor, created.id, "2020-12-01")).toBeNull();
    const audits = await db.auditEvent.findMany({
      where: { entityType: "Person", entityId: String(created.id), action: "create" },
    });
    expect(audits).toHaveLength(1);
    expect(audits[0].after).toMatchObject({
      name: "정의용 Test",
      roles: [{ title: "Foreign Minister", countryId: ids.KR, startsOn: "2021-02-09T00:00:00.000Z", endsOn: null }],
    });
  });

  it("refuses a person without a role, a role ending before it starts, an unknown country or a namesake", async () => {
    const before = await snapshot(db);
    const fields = async (input: Parameters<typeof createPerson>[1]) => await refusal(createPerson(editor, input));
    expect((await fields({ ...aPerson("Nobody Known"), title: "", countryId: "" })).details.fields).toEqual({
      title: ["Enter the title."],
      countryId: ["Choose a country."],
    });
    expect(
      (await fields({ ...aPerson("Nobody Known"), startsOn: "2021-02-09", endsOn: "2020-01-01" })).details.fields,
    ).toEqual({ endsOn: ["The role cannot end before it starts."] });
    expect((await fields({ ...aPerson("Nobody Known"), countryId: 999_999 })).details.fields).toEqual({
      countryId: ["Choose a country from the list."],
    });
    // Spelled without the hyphen, or by an alias: the person exists, and the editor is told who.
    for (const name of ["chung eui yong", "정의용"]) {
      const duplicate = await fields(aPerson(name));
      expect(duplicate.code).toBe("DUPLICATE");
      expect(duplicate.details.fields?.name?.[0]).toMatch(/^Chung Eui-yong exists already/);
    }
    expect(await snapshot(db)).toBe(before);
  });

  it("creates a speaking organization for its country, audited, and refuses the same one twice", async () => {
    const organization = await saveOrganization(editor, { name: "Ministry of Unification", countryId: ids.KR });
    expect(organization).toMatchObject({ name: "Ministry of Unification", countryId: ids.KR });
    expect(
      await db.auditEvent.count({
        where: { entityType: "Organization", entityId: String(organization.id), action: "create" },
      }),
    ).toBe(1);
    const before = await snapshot(db);
    const again = await refusal(saveOrganization(editor, { name: " ministry of  unification ", countryId: ids.KR }));
    expect(again.code).toBe("DUPLICATE");
    expect(again.details.fields?.name?.[0]).toMatch(/^Ministry of Unification \(.+\) exists already/);
    expect((await refusal(saveOrganization(editor, { name: "M", countryId: "" }))).details.fields).toEqual({
      name: ["Enter the organization's name."],
      countryId: ["Choose the country it speaks for."],
    });
    expect(await snapshot(db)).toBe(before);
    // The same name for another country is another organization.
    await expect(
      saveOrganization(editor, { name: "Ministry of Unification", countryId: ids.CN }),
    ).resolves.toMatchObject({
      countryId: ids.CN,
    });
  });

  it("submits a draft for review once", async () => {
    const article = await anArticle();
    const saved = await saveQuote(editor, input(article.id, article.body, "an early declaration"));
    expect(await submitQuote(editor, { id: saved.id, version: saved.version })).toMatchObject({
      status: "in_review",
      version: saved.version + 1,
    });
    expect((await db.quote.findUniqueOrThrow({ where: { id: saved.id } })).status).toBe("in_review");
    expect((await refusal(submitQuote(editor, { id: saved.id, version: saved.version + 1 }))).code).toBe("CONFLICT");
  });
});

describe("updateArticleBody", () => {
  it("keeps, moves, matches approximately and orphans quotes, with audit events and a report", async () => {
    const article = await anArticle();
    const kept = await seedQuote(db, {
      articleId: article.id,
      text: "Seoul, July 31",
      speakerLabel: "x",
      speakerCountry: "KR",
      stances: [],
    });
    const moved = await seedQuote(db, {
      articleId: article.id,
      text: "an early declaration",
      speakerLabel: "x",
      speakerCountry: "KR",
    });
    const fuzzy = await seedQuote(db, {
      articleId: article.id,
      text: "legally binding on all sides",
      speakerLabel: "x",
      speakerCountry: "KR",
    });
    const orphan = await seedQuote(db, {
      articleId: article.id,
      text: "would probably prefer a bilateral declaration",
      speakerLabel: "x",
      speakerCountry: "KR",
    });
    const body = article.body
      .replace("The South Korean", "Meanwhile, the South Korean")
      .replace("legally binding on all sides", "legally binding on all parties")
      .replace(
        "Shin Beom-chul said the U.S. would probably prefer a bilateral declaration with North Korea.",
        "An analyst declined to comment.",
      );

    const result = await updateArticleBody(editor, { id: article.id, version: article.version, body });
    expect(result.report).toEqual({ kept: [kept.id], moved: [moved.id], fuzzy: [fuzzy.id], orphaned: [orphan.id] });

    const rows = new Map((await db.quote.findMany({ where: { articleId: article.id } })).map((q) => [q.id, q]));
    for (const id of [kept.id, moved.id, fuzzy.id]) {
      const row = rows.get(id)!;
      expect(body.slice(row.startOffset, row.endOffset)).toBe(row.text);
      expect(row.orphanedAt).toBeNull();
    }
    expect(rows.get(fuzzy.id)!.text).toBe("legally binding on all parties");
    expect(rows.get(orphan.id)!.orphanedAt).not.toBeNull();
    expect(rows.get(orphan.id)!.text).toBe("would probably prefer a bilateral declaration");

    const fuzzyEvent = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "Quote", entityId: String(fuzzy.id) },
    });
    expect(fuzzyEvent.before).toMatchObject({ text: "legally binding on all sides" });
    expect(fuzzyEvent.after).toMatchObject({ text: "legally binding on all parties", reanchor: "fuzzy" });
    expect(await db.auditEvent.count({ where: { entityType: "Quote", entityId: String(kept.id) } })).toBe(0);
    expect(
      await db.auditEvent.count({ where: { entityType: "Article", entityId: String(article.id), action: "update" } }),
    ).toBe(1);

    const workspace = await getAnnotationWorkspace(editor, article.id);
    expect(workspace.quotes.filter((q) => q.orphanedAt).map((q) => q.id)).toEqual([orphan.id]);

    // The orphan is fixed by selecting its text again; a stale article version is a conflict.
    expect((await refusal(updateArticleBody(editor, { id: article.id, version: article.version, body }))).code).toBe(
      "CONFLICT",
    );
  });
});
