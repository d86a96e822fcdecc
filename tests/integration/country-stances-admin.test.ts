// Country stance records in the admin: create and update with evidence (one transaction, audited), the two
// warnings (a cited quote that disagrees, a period that overlaps another record), optimistic locking, the
// evidence search, review through the existing functions, and refusal for researchers and the public.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { saveCountryStance } from "@/lib/country-stances/save-country-stance";
import { checkCountryStance, periodsOverlap } from "@/lib/country-stances/checks";
import {
  getCountryStance,
  getCountryStanceListPage,
  getCountryStancePage,
  listCountryStances,
  searchEvidenceQuotes,
} from "@/lib/country-stances/queries";
import { submitForReview } from "@/lib/review/submit";
import { listRecordsToReview } from "@/lib/country-stances/to-review";
import { countryTimeline } from "@/lib/country-stances/public";
import { seedArticle } from "@/prisma/seed/articles";
import { positionId, seedCodebook } from "@/prisma/seed/codebook";
import { countryId, seedCountry } from "@/prisma/seed/countries";
import { seedQuote } from "@/prisma/seed/quotes";
import { createUser } from "../support/users";

const BODY = [
  "China favors a peace treaty instead because that will be legally binding on all sides.",
  "Yang Jiechi said China supports the push for the end-of-war declaration.",
].join("\n\n");

let editor: SessionUser;
let researcher: SessionUser;
let china: number;
let instrument: { dimensionId: number; treaty: number; declaration: number };
let treatyQuote: number;
let declarationQuote: number;

beforeAll(async () => {
  [editor, researcher] = await Promise.all([
    createUser(db, { role: "editor" }),
    createUser(db, { role: "researcher" }),
  ]);
  await seedCodebook(db);
  await seedCountry(db, { code: "CN", name: "China" });
  china = await countryId(db, "CN");
  const treaty = await positionId(db, "instrument", "treaty");
  instrument = {
    dimensionId: treaty.dimensionId,
    treaty: treaty.positionId,
    declaration: (await positionId(db, "instrument", "declaration")).positionId,
  };
  const articleId = (await seedArticle(db, { body: BODY, title: "Chosun Ilbo", publishedOn: "2018-07-31" })).id;
  treatyQuote = (
    await seedQuote(db, {
      articleId,
      text: "China favors a peace treaty",
      speakerCountry: "CN",
      attribution: "reported",
      stances: [{ dimension: "instrument", position: "treaty" }],
    })
  ).id;
  declarationQuote = (
    await seedQuote(db, {
      articleId,
      text: "China supports the push for the end-of-war declaration",
      speakerCountry: "CN",
      attribution: "on_record",
      stances: [{ dimension: "instrument", position: "declaration" }],
    })
  ).id;
});

/**
 * A quote of its own article, stated on `statedOn`, holding China's `position` on the instrument: evidence for a
 * record whose period covers that day (coding rule 10 refuses a period that does not cover its evidence).
 */
async function evidenceOn(statedOn: string, position: "treaty" | "declaration" = "treaty") {
  const text = position === "treaty" ? "China prefers a binding treaty" : "China backs the declaration";
  const articleId = (await seedArticle(db, { body: `${text}. (${crypto.randomUUID()})`, publishedOn: statedOn })).id;
  const quote = await seedQuote(db, {
    articleId,
    text,
    statedOn,
    speakerCountry: "CN",
    attribution: "reported",
    stances: [{ dimension: "instrument", position }],
  });
  return quote.id;
}

const input = (overrides: Record<string, unknown> = {}) => ({
  countryId: china,
  dimensionId: instrument.dimensionId,
  positionId: instrument.treaty,
  validFrom: "2018-07-01",
  validTo: "2018-08-31",
  summary: "China favoured a binding peace treaty.",
  quoteIds: [treatyQuote],
  ...overrides,
});

describe("saving a country stance record", () => {
  it("creates a record with its evidence and an audit event, with no warnings when the evidence agrees", async () => {
    const saved = await saveCountryStance(editor, input());
    expect(saved.warnings).toEqual({ disagreements: [], overlaps: [] });
    const row = await db.countryStance.findUniqueOrThrow({ where: { id: saved.id }, include: { evidence: true } });
    expect(row).toMatchObject({
      status: "draft",
      authorId: editor.id,
      version: 1,
      summary: "China favoured a binding peace treaty.",
    });
    expect(row.evidence.map((link) => link.quoteId)).toEqual([treatyQuote]);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "CountryStance", entityId: String(saved.id) },
    });
    expect(event).toMatchObject({ action: "create", actorId: editor.id, before: null });
    expect(event.after).toMatchObject({ quoteIds: [treatyQuote], validFrom: "2018-07-01T00:00:00.000Z" });
  });

  it("updates fields and evidence together, bumping the version, audited with before and after", async () => {
    const [treaty2017, declaration2017] = [
      await evidenceOn("2017-03-01"),
      await evidenceOn("2017-09-01", "declaration"),
    ];
    const { id } = await saveCountryStance(
      editor,
      input({ validFrom: "2017-01-01", validTo: "2017-12-31", quoteIds: [treaty2017] }),
    );
    const saved = await saveCountryStance(
      editor,
      input({
        id,
        version: 1,
        validFrom: "2017-01-01",
        validTo: "2017-12-31",
        quoteIds: [treaty2017, declaration2017],
        summary: "Updated.",
      }),
    );
    expect(saved.version).toBe(2);
    const detail = await getCountryStance(editor, id);
    expect(detail.evidence.map((quote) => quote.id).sort()).toEqual([treaty2017, declaration2017].sort());
    expect(detail.summary).toBe("Updated.");
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "CountryStance", entityId: String(id), action: "update" },
    });
    expect(event.before).toMatchObject({ quoteIds: [treaty2017], version: 1 });
    expect(event.after).toMatchObject({ version: 2, summary: "Updated." });
    expect((event.after as { quoteIds: number[] }).quoteIds).toHaveLength(2);
  });

  it("warns, without blocking, when a cited quote disagrees with the position", async () => {
    const declaration2016 = await evidenceOn("2016-05-01", "declaration");
    const values = input({
      validFrom: "2016-01-01",
      validTo: "2016-06-30",
      quoteIds: [await evidenceOn("2016-02-01"), declaration2016],
    });
    const live = await checkCountryStance(editor, values);
    expect(live.disagreements).toEqual([
      { quoteId: declaration2016, text: "China backs the declaration", coded: ["End-of-war declaration"] },
    ]);
    const saved = await saveCountryStance(editor, values);
    expect(saved.warnings.disagreements.map((d) => d.quoteId)).toEqual([declaration2016]);
    expect(await db.countryStance.findUnique({ where: { id: saved.id } })).not.toBeNull();
  });

  it("warns when the period overlaps another live record of the same country and dimension, naming it", async () => {
    const treaty2019 = await evidenceOn("2019-02-10");
    const first = await saveCountryStance(
      editor,
      input({ validFrom: "2019-01-01", validTo: null, quoteIds: [treaty2019] }),
    );
    const deleted = await saveCountryStance(
      editor,
      input({ validFrom: "2019-02-01", validTo: "2019-02-28", quoteIds: [treaty2019] }),
    );
    await db.countryStance.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    const second = await saveCountryStance(
      editor,
      input({
        validFrom: "2020-05-01",
        validTo: "2020-06-01",
        positionId: instrument.declaration,
        quoteIds: [await evidenceOn("2020-05-15", "declaration")],
      }),
    );
    expect(second.warnings.overlaps).toEqual([
      { id: first.id, position: "Peace treaty", validFrom: "2019-01-01", validTo: null },
    ]);
    // Editing the first record does not make it overlap itself.
    const again = await checkCountryStance(editor, {
      ...input({ validFrom: "2019-01-01", validTo: "2019-12-31", quoteIds: [treaty2019] }),
      id: first.id,
    });
    expect(again.overlaps).toEqual([]);
  });

  it("refuses a stale version with CONFLICT and changes nothing", async () => {
    const quoteIds = [await evidenceOn("2010-01-15")];
    const { id } = await saveCountryStance(editor, input({ validFrom: "2010-01-01", validTo: "2010-01-31", quoteIds }));
    await saveCountryStance(
      editor,
      input({ id, version: 1, validFrom: "2010-01-01", validTo: "2010-01-31", quoteIds, summary: "First edit." }),
    );
    const events = await db.auditEvent.count();
    await expect(
      saveCountryStance(
        editor,
        input({ id, version: 1, validFrom: "2010-01-01", validTo: "2010-01-31", quoteIds, summary: "Late edit." }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.countryStance.findUniqueOrThrow({ where: { id } })).summary).toBe("First edit.");
    expect(await db.auditEvent.count()).toBe(events);
  });

  it("validates the period and the position's dimension beside the fields", async () => {
    await expect(
      saveCountryStance(editor, input({ validFrom: "2018-09-01", validTo: "2018-08-01" })),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fields: { validTo: ["The period cannot end before it starts."] } },
    });
    const parties = await positionId(db, "parties", "four_party");
    await expect(saveCountryStance(editor, input({ positionId: parties.positionId }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fields: { positionId: expect.any(Array) } },
    });
  });

  it("refuses a record without a non-analyst stance of the country, or whose period misses its evidence (rule 10)", async () => {
    const articleId = (await seedArticle(db, { body: `An analyst said China wants a treaty. ${crypto.randomUUID()}` }))
      .id;
    const analyst = await seedQuote(db, {
      articleId,
      text: "An analyst said China wants a treaty.",
      statedOn: "2018-07-31",
      speakerLabel: "An analyst",
      speakerCountry: null,
      attribution: "analyst",
      stances: [{ dimension: "instrument", position: "treaty", holder: "CN" }],
    });
    const records = await db.countryStance.count();
    await expect(saveCountryStance(editor, input({ quoteIds: [analyst.id] }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fields: { quoteIds: [expect.stringMatching(/an analyst's reading does not count/)] } },
    });
    await expect(
      saveCountryStance(editor, input({ validFrom: "2018-08-01", validTo: null, quoteIds: [treatyQuote] })),
    ).rejects.toMatchObject({
      details: { fields: { validFrom: [expect.stringMatching(/starts after its first evidence \(2018-07-31\)/)] } },
    });
    await expect(
      saveCountryStance(editor, input({ validFrom: "2018-01-01", validTo: "2018-07-30", quoteIds: [treatyQuote] })),
    ).rejects.toMatchObject({
      details: { fields: { validTo: [expect.stringMatching(/ends before its last evidence \(2018-07-31\)/)] } },
    });
    expect(await db.countryStance.count()).toBe(records);
  });

  it("goes to review through the existing review functions", async () => {
    const { id, version } = await saveCountryStance(
      editor,
      input({ validFrom: "2011-01-01", validTo: "2011-01-31", quoteIds: [await evidenceOn("2011-01-10")] }),
    );
    await submitForReview(editor, { kind: "countryStance", id, version });
    expect(await db.countryStance.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "in_review",
      version: version + 1,
    });
  });
});

describe("records to review (rule 10)", () => {
  it("lists records resting on analysts only, and open ones on evidence over 12 months old; the public sees the date", async () => {
    const articleId = (await seedArticle(db, { body: `Analysts think China wants a treaty. ${crypto.randomUUID()}` }))
      .id;
    const analyst = await seedQuote(db, {
      articleId,
      text: "Analysts think China wants a treaty.",
      statedOn: "2018-07-31",
      speakerLabel: "Analysts",
      speakerCountry: null,
      attribution: "analyst",
      stances: [{ dimension: "instrument", position: "treaty", holder: "CN" }],
    });
    // Written directly, as records made before rule 10 were.
    const base = {
      countryId: china,
      dimensionId: instrument.dimensionId,
      positionId: instrument.treaty,
      summary: "Old.",
    };
    const analystOnly = await db.countryStance.create({
      data: {
        ...base,
        validFrom: new Date("2018-07-01"),
        validTo: new Date("2018-08-31"),
        evidence: { create: { quoteId: analyst.id } },
      },
    });
    const open = await db.countryStance.create({
      data: {
        ...base,
        validFrom: new Date("2018-07-01"),
        status: "published",
        evidence: { create: { quoteId: treatyQuote } },
      },
    });
    const flagged = new Map((await listRecordsToReview(editor)).map((record) => [record.id, record.problems]));
    expect(flagged.get(analystOnly.id)?.[0]).toMatch(/an analyst's reading does not count/);
    expect(flagged.get(open.id)).toEqual([
      "Open, but may no longer hold: The last evidence is over 12 months old (2018-07-31).",
    ]);
    await db.quote.updateMany({ where: { id: treatyQuote }, data: { status: "published" } });
    await db.article.updateMany({ where: { quotes: { some: { id: treatyQuote } } }, data: { status: "published" } });
    const shown = (await countryTimeline(china)).find((record) => record.id === open.id);
    expect(shown?.lastEvidence).toEqual({
      on: new Date("2018-07-31"),
      stale: "The last evidence is over 12 months old (2018-07-31).",
    });
    await expect(listRecordsToReview(researcher)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("reading for the admin pages", () => {
  it("lists by country and dimension, newest first, and finds evidence by text, speaker country and holder", async () => {
    const { items } = await listCountryStances(editor, { country: "CN", dimension: "instrument" });
    expect(items.length).toBeGreaterThan(3);
    expect(items.map((item) => item.id)).toEqual([...items.map((item) => item.id)].sort((a, b) => b - a));
    expect((await listCountryStances(editor, { country: "KR" })).items).toEqual([]);

    expect((await searchEvidenceQuotes(editor, { q: "peace treaty" })).map((quote) => quote.id)).toEqual([treatyQuote]);
    expect((await searchEvidenceQuotes(editor, { q: "cn" })).map((quote) => quote.id)).toEqual(
      expect.arrayContaining([treatyQuote, declarationQuote]),
    );
    const found = await searchEvidenceQuotes(editor, { q: "declaration", holderCountryId: china });
    expect(found.find((quote) => quote.id === declarationQuote)).toMatchObject({
      stances: ["CN · Instrument: End-of-war declaration"],
    });
  });

  it("gives each admin page its records and the form's choices in one read; a published record may be taken down", async () => {
    const list = await getCountryStanceListPage(editor, { country: "CN", dimension: "instrument" });
    expect(list.items).toEqual((await listCountryStances(editor, { country: "CN", dimension: "instrument" })).items);
    expect(list.options.countries.map((country) => country.code)).toContain("CN");
    expect(list.options.dimensions.map((dimension) => dimension.key)).toContain("instrument");

    const { id } = await saveCountryStance(editor, input());
    const draft = await getCountryStancePage(editor, id);
    expect(draft).toMatchObject({ record: { id, status: "draft" }, mayTakeDown: false });
    expect(draft.options).toEqual(list.options);
    await db.countryStance.update({ where: { id }, data: { status: "published" } });
    expect(await getCountryStancePage(editor, id)).toMatchObject({
      record: { status: "published" },
      mayTakeDown: true,
    });
    await expect(getCountryStancePage(editor, 999_999)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("checks pure period overlap with inclusive ends and open periods", () => {
    expect(periodsOverlap({ from: "2018-01-01", to: "2018-01-31" }, { from: "2018-01-31", to: null })).toBe(true);
    expect(periodsOverlap({ from: "2018-01-01", to: "2018-01-30" }, { from: "2018-01-31", to: null })).toBe(false);
    expect(periodsOverlap({ from: "2018-01-01", to: null }, { from: "2010-01-01", to: null })).toBe(true);
  });
});

describe("refusal", () => {
  it("researchers and the public can neither save, check, list nor search, and the database is unchanged", async () => {
    const before = [
      await db.countryStance.count(),
      await db.countryStanceEvidence.count(),
      await db.auditEvent.count(),
    ];
    for (const user of [researcher, null]) {
      const code = user ? "FORBIDDEN" : "UNAUTHENTICATED";
      await expect(saveCountryStance(user, input())).rejects.toMatchObject({ code });
      await expect(checkCountryStance(user, input())).rejects.toMatchObject({ code });
      await expect(listCountryStances(user, {})).rejects.toMatchObject({ code });
      await expect(searchEvidenceQuotes(user, { q: "" })).rejects.toMatchObject({ code });
    }
    expect([
      await db.countryStance.count(),
      await db.countryStanceEvidence.count(),
      await db.auditEvent.count(),
    ]).toEqual(before);
  });
});
