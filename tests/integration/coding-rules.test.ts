// Coding rules 1.1 (shared/CODEBOOK.md) as the app enforces them, through the lib functions the workspace, the
// public pages and the API call: several positions and holders (rule 2), strength (rule 3), speakers of four kinds
// (rule 6), analysts apart (rule 7), dates with a precision (rule 8), one statement with several reports (rule 9).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/permissions";
import { listCountriesWithCounts } from "@/lib/countries/public";
import { getPublishedQuote, listQuotesByCountry } from "@/lib/quotes/public";
import { saveQuote } from "@/lib/quotes/save-quote";
import { findSameStatementCandidates } from "@/lib/quotes/same-statement";
import type { QuoteInput } from "@/lib/quotes/schemas";
import { listQuotes } from "@/lib/api/reads/quotes";
import { searchPeople } from "@/lib/people/queries";
import { countStanceFacets, listStances } from "@/lib/stances/queries";
import { seedArticle } from "@/prisma/seed/articles";
import { positionId, seedCodebook } from "@/prisma/seed/codebook";
import { countryId, seedCountries } from "@/prisma/seed/countries";
import { DEMO_COUNTRIES } from "@/prisma/seed/demo/countries";
import { seedPerson } from "@/prisma/seed/people";
import { createUser } from "../support/users";
import { snapshot } from "./support/records";

const JOINT = "The two Koreas agreed to seek a declaration ending the war, to be followed by a peace treaty.";
const SUMMIT = "Moon proposed a summit of three or four parties to declare an end to the war.";

let editor: SessionUser;
let ids: Record<"KR" | "KP" | "CN" | "US", number>;
let declaration: { dimensionId: number; positionId: number };
let trilateral: { dimensionId: number; positionId: number };
let fourParty: { dimensionId: number; positionId: number };
let moon: number;
let other: number;

beforeAll(async () => {
  await seedCodebook(db);
  await seedCountries(db, DEMO_COUNTRIES);
  editor = await createUser(db, { role: "editor" });
  ids = {
    KR: await countryId(db, "KR"),
    KP: await countryId(db, "KP"),
    CN: await countryId(db, "CN"),
    US: await countryId(db, "US"),
  };
  declaration = await positionId(db, "instrument", "declaration_then_treaty");
  trilateral = await positionId(db, "parties", "trilateral");
  fourParty = await positionId(db, "parties", "four_party");
  const role = { country: "KR", title: "President", startsOn: "2017-05-10", endsOn: "2022-05-09" };
  moon = (await seedPerson(db, { name: "Moon Jae-in (rules test)", roles: [role] })).id;
  other = (await seedPerson(db, { name: "Another speaker (rules test)", roles: [role] })).id;
});

async function article(outlet: string, publishedOn = "2021-10-01") {
  const outletId = (await db.outlet.upsert({ where: { name: outlet }, create: { name: outlet }, update: {} })).id;
  return seedArticle(db, {
    title: `${outlet} ${crypto.randomUUID()}`,
    body: `${JOINT}\n${SUMMIT}\n${crypto.randomUUID()}`,
    publishedOn,
    outletId,
  });
}

function quote(a: { id: number; body: string }, text: string, extra: Partial<QuoteInput> = {}): QuoteInput {
  const start = a.body.indexOf(text);
  return {
    articleId: a.id,
    startOffset: start,
    endOffset: start + text.length,
    text,
    speakerKind: "person",
    speakerId: moon,
    speakerLabel: null,
    speakerCountryId: ids.KR,
    attribution: "on_record",
    statedOn: "2021-09-21",
    stances: [],
    ...extra,
  };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Publishes the quotes and their articles, as approval would. */
async function publish(quoteIds: number[]) {
  await db.quote.updateMany({
    where: { id: { in: quoteIds } },
    data: { status: "published", publishedAt: new Date() },
  });
  const articles = await db.quote.findMany({ where: { id: { in: quoteIds } }, select: { articleId: true } });
  await db.article.updateMany({
    where: { id: { in: articles.map((row) => row.articleId) } },
    data: { status: "published", publishedAt: new Date() },
  });
}

describe("stances (rules 2 and 3)", () => {
  it("codes one position for several holders and several positions on one dimension, each with its strength", async () => {
    const a = await article("Rules Daily");
    const joint = await saveQuote(
      editor,
      quote(a, JOINT, {
        speakerKind: "organization",
        speakerId: null,
        speakerOrganizationId: (await db.organization.create({ data: { name: "Joint declaration", countryId: null } }))
          .id,
        speakerCountryId: null,
        attribution: "official_statement",
        stances: [
          { ...declaration, holderCountryId: ids.KR },
          { ...declaration, holderCountryId: ids.KP },
        ],
      }),
    );
    expect(joint.stances.map((s) => [s.holderCountryId, s.strength])).toEqual([
      [ids.KR, "explicit"],
      [ids.KP, "explicit"],
    ]);
    const summit = await saveQuote(
      editor,
      quote(a, SUMMIT, {
        stances: [
          { ...trilateral, holderCountryId: ids.KR },
          { ...fourParty, holderCountryId: ids.KR, strength: "implied" },
        ],
      }),
    );
    expect(summit.stances.map((s) => [s.positionId, s.strength])).toEqual([
      [trilateral.positionId, "explicit"],
      [fourParty.positionId, "implied"],
    ]);
  });

  it("refuses a stance without a holder and the same stance twice, naming the field, and writes nothing", async () => {
    const a = await article("Rules Daily");
    const before = await snapshot(db);
    const noHolder = await refusal(
      saveQuote(editor, {
        ...quote(a, SUMMIT),
        stances: [{ ...trilateral } as unknown as QuoteInput["stances"][number]],
      }),
    );
    expect(noHolder.details.fields?.["stances.0.holderCountryId"]).toEqual(["Choose whose stance this is."]);
    const twice = await refusal(
      saveQuote(
        editor,
        quote(a, SUMMIT, {
          stances: [
            { ...trilateral, holderCountryId: ids.KR },
            { ...trilateral, holderCountryId: ids.KR, strength: "implied" },
          ],
        }),
      ),
    );
    expect(twice.details.fields?.["stances.1.holderCountryId"]?.[0]).toMatch(/already coded for this holder/);
    expect(await snapshot(db)).toBe(before);
  });
});

describe("statement dates (rule 8)", () => {
  it("keeps a month or a year as its first day with its precision, and shows it back at that precision", async () => {
    const a = await article("Rules Daily", "2019-01-17");
    const month = await saveQuote(editor, quote(a, JOINT, { statedOn: "2021-09", statedOnPrecision: "month" }));
    expect(month).toMatchObject({ statedOn: "2021-09", statedOnPrecision: "month", statedOnReported: false });
    const year = await saveQuote(
      editor,
      quote(a, SUMMIT, { statedOn: "2018", statedOnPrecision: "year", statedOnReported: true }),
    );
    expect(year).toMatchObject({ statedOn: "2018", statedOnPrecision: "year", statedOnReported: true });
    const stored = await db.quote.findMany({ where: { id: { in: [month.id, year.id] } }, orderBy: { id: "asc" } });
    expect(stored.map((row) => row.statedOn.toISOString().slice(0, 10))).toEqual(["2021-09-01", "2018-01-01"]);
  });

  it("refuses a month-precision date with a day and a year with a month, saying what to enter", async () => {
    const a = await article("Rules Daily");
    const before = await snapshot(db);
    const month = await refusal(
      saveQuote(editor, quote(a, JOINT, { statedOn: "2021-09-15", statedOnPrecision: "month" })),
    );
    expect(month.details.fields?.statedOn).toEqual(['A date to the month has no day: enter 2021-09, or choose "day".']);
    const year = await refusal(saveQuote(editor, quote(a, JOINT, { statedOn: "2018-03", statedOnPrecision: "year" })));
    expect(year.details.fields?.statedOn?.[0]).toMatch(/enter 2018/);
    expect(await snapshot(db)).toBe(before);
  });

  it("filters a month or a year as its range: a period matches when it overlaps the filter's", async () => {
    const a = await article("Rules Filter Post", "2030-06-30");
    const september = await saveQuote(
      editor,
      quote(a, JOINT, {
        statedOn: "2030-09",
        statedOnPrecision: "month",
        stances: [{ ...declaration, holderCountryId: ids.KR }],
      }),
    );
    await publish([september.id]);
    const matches = async (statedFrom: string, statedTo: string) =>
      (await listStances("published", { statedFrom, statedTo, limit: 100 })).data.some(
        (row) => row.quoteId === september.id,
      );
    expect(await matches("2030-09-20", "2030-09-25")).toBe(true);
    expect(await matches("2030-09-30", "2030-12-31")).toBe(true);
    expect(await matches("2030-08-01", "2030-09-01")).toBe(true);
    expect(await matches("2030-10-01", "2030-12-31")).toBe(false);
    expect(await matches("2030-01-01", "2030-08-31")).toBe(false);
    const [row] = (await listStances("published", { statedFrom: "2030-09-20", limit: 1 })).data;
    expect(row).toMatchObject({
      statedOn: "2030-09-01",
      statedOnPrecision: "month",
      statementId: september.statementId,
    });
  });
});

describe("one statement, several reports (rule 9)", () => {
  it("links a second report of the same speaker, refuses one by another speaker, and can unlink", async () => {
    const first = await saveQuote(editor, quote(await article("Rules Daily"), JOINT));
    const secondArticle = await article("Rules Weekly");
    const second = await saveQuote(editor, quote(secondArticle, JOINT, { statementId: first.statementId }));
    expect(second).toMatchObject({ statementId: first.statementId, statementReports: 2 });

    const third = await article("Rules Monthly");
    const before = await snapshot(db);
    const wrong = await refusal(
      saveQuote(editor, quote(third, JOINT, { speakerId: other, statementId: first.statementId })),
    );
    expect(wrong.details.fields?.statementId?.[0]).toMatch(
      /^That statement is by Moon Jae-in \(rules test\); this quote has a different speaker/,
    );
    expect(await snapshot(db)).toBe(before);

    const unlinked = await saveQuote(editor, {
      ...quote(secondArticle, JOINT, { statementId: null }),
      id: second.id,
      version: second.version,
    });
    expect(unlinked.statementId).not.toBe(first.statementId);
    expect(unlinked.statementReports).toBe(1);
  });

  it("counts a statement once on the public pages, in the explorer and on its country, and lists every report", async () => {
    const before = await countStanceFacets("published", {});
    const countriesBefore = await listCountriesWithCounts();
    const first = await saveQuote(
      editor,
      quote(await article("Rules Daily"), SUMMIT, { stances: [{ ...fourParty, holderCountryId: ids.KR }] }),
    );
    const second = await saveQuote(
      editor,
      quote(await article("Rules Weekly"), SUMMIT, {
        statementId: first.statementId,
        stances: [{ ...fourParty, holderCountryId: ids.KR }],
      }),
    );
    await publish([first.id, second.id]);

    const after = await countStanceFacets("published", {});
    expect(after.total - before.total).toBe(1);
    expect(after.reports - before.reports).toBe(2);
    const kr = (list: Awaited<ReturnType<typeof listCountriesWithCounts>>) =>
      list.find((c) => c.code === "KR")?.statementCount ?? Number.NaN;
    expect(kr(await listCountriesWithCounts()) - kr(countriesBefore)).toBe(1);
    const cards = (await listQuotesByCountry(ids.KR)).filter((card) => card.statementId === first.statementId);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ id: first.id, otherReports: 1 });

    const page = await getPublishedQuote(second.id);
    expect(page?.reports.map((report) => report.quoteId)).toEqual([first.id, second.id]);
    const api = (await listQuotes("published", { limit: 100 })).data.filter((q) => q.statementId === first.statementId);
    expect(api.map((q) => q.id).sort()).toEqual([first.id, second.id].sort());
  });
});

describe("same statement as … (rule 9)", () => {
  it("offers published statements of the same speaker within 14 days with similar words, and nothing else", async () => {
    const published = await saveQuote(
      editor,
      quote(await article("Rules Candidates"), SUMMIT, { statedOn: "2025-03-10" }),
    );
    await publish([published.id]);
    const elsewhere = await article("Rules Elsewhere");
    const ask = (over: Partial<Parameters<typeof findSameStatementCandidates>[1]> = {}) =>
      findSameStatementCandidates(editor, {
        articleId: elsewhere.id,
        speakerKind: "person",
        speakerId: moon,
        speakerOrganizationId: null,
        statedOn: "2025-03-20",
        // Other words for the same remark: "summit", "parties", "end", "war" are shared (one misspelt).
        text: "Moon called for a sumit of three or four parties to end the war",
        ...over,
      }).then((found) => found.map((candidate) => candidate.statementId));
    expect(await ask()).toEqual([published.statementId]);
    expect(await ask({ speakerId: other })).toEqual([]);
    expect(await ask({ statedOn: "2025-04-10" })).toEqual([]);
    expect(await ask({ text: "Vaccines and supply chains were discussed" })).toEqual([]);
    // A report in the same article is not another report of the statement.
    const { articleId } = await db.quote.findUniqueOrThrow({ where: { id: published.id } });
    expect(await ask({ articleId })).toEqual([]);
  });
});

describe("analysts (rule 7)", () => {
  it("never count toward a country: their statements about it are commentary, counted apart", async () => {
    const before = await listCountriesWithCounts();
    const analyst = await saveQuote(
      editor,
      quote(await article("Rules Daily"), SUMMIT, {
        speakerKind: "unnamed",
        speakerId: null,
        speakerLabel: "An analyst in Seoul",
        attribution: "analyst",
        stances: [{ ...fourParty, holderCountryId: ids.CN }],
      }),
    );
    await publish([analyst.id]);
    const after = await listCountriesWithCounts();
    const of = (list: typeof after, code: string) => {
      const country = list.find((c) => c.code === code);
      if (!country) throw new Error(`No country ${code}`);
      return country;
    };
    expect(of(after, "KR").statementCount).toBe(of(before, "KR").statementCount);
    expect(of(after, "CN").statementCount).toBe(of(before, "CN").statementCount);
    expect(of(after, "CN").commentaryCount - of(before, "CN").commentaryCount).toBe(1);
    expect((await listQuotesByCountry(ids.KR)).map((card) => card.id)).not.toContain(analyst.id);
  });
});

describe("people search", () => {
  it("matches names and aliases without case, accents, hyphens or spaces", async () => {
    const chung = await seedPerson(db, { name: "Chung Eui-yong", aliases: [{ name: "정의용", language: "ko" }] });
    const ramos = await seedPerson(db, { name: "José Ramos-Horta" });
    const found = async (q: string) => (await searchPeople(editor, q)).map((person) => person.id);
    for (const q of ["Chung Eui yong", "chung eui-yong", "CHUNGEUIYONG", "정의용", "eui yong"])
      expect(await found(q), q).toEqual([chung.id]);
    expect((await searchPeople(editor, "정의용"))[0].alias).toBe("정의용");
    for (const q of ["jose ramos horta", "Ramos Horta", "josé"]) expect(await found(q), q).toEqual([ramos.id]);
    expect(await found("Chung Wang")).toEqual([]);
  });
});
