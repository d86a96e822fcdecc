// The demo seed on a real database: quotes anchored exactly, the coverage the demo promises, and idempotence.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeSpan } from "@/lib/anchoring/text-span";
import { AttributionKind, type PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemo, type DemoCounts } from "@/prisma/seed/demo";
import { lastDayOf } from "@/lib/dates";
import { seedQuote } from "@/prisma/seed/quotes";
import { createTestDatabase, type TestDatabase } from "../support/database";

let database: TestDatabase;
let db: PrismaClient;
let firstRun: DemoCounts;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  firstRun = await seedDemo(db);
});

afterAll(async () => {
  await database?.drop();
});

/** Rows in every table the seed writes to. */
async function tableCounts() {
  return {
    dimension: await db.dimension.count(),
    position: await db.position.count(),
    country: await db.country.count(),
    person: await db.person.count(),
    personAlias: await db.personAlias.count(),
    personRole: await db.personRole.count(),
    outlet: await db.outlet.count(),
    article: await db.article.count(),
    quote: await db.quote.count(),
    stance: await db.stance.count(),
    countryStance: await db.countryStance.count(),
    countryStanceEvidence: await db.countryStanceEvidence.count(),
  };
}

describe("seedDemo", () => {
  it("anchors every quote exactly: its offsets cut its text, prefix and suffix out of the article body", async () => {
    const quotes = await db.quote.findMany({ include: { article: { select: { body: true } } } });
    expect(quotes.length).toBe(firstRun.quotes);
    for (const quote of quotes) {
      const { body } = quote.article;
      expect(body.slice(quote.startOffset, quote.endOffset)).toBe(quote.text);
      const around = describeSpan(body, quote.startOffset, quote.endOffset);
      expect({ prefix: quote.prefix, suffix: quote.suffix }).toEqual({ prefix: around.prefix, suffix: around.suffix });
      expect(quote.prefix.length).toBeGreaterThan(0);
    }
  });

  it("covers at least 25 quotes, every attribution kind and every dimension", async () => {
    expect(await db.quote.count()).toBeGreaterThanOrEqual(25);

    const kinds = await db.quote.groupBy({ by: ["attribution"], _count: true });
    expect(kinds.map((kind) => kind.attribution).sort()).toEqual(Object.values(AttributionKind).sort());

    const dimensions = await db.dimension.findMany({ select: { key: true, _count: { select: { stances: true } } } });
    expect(dimensions.map((dimension) => dimension.key).sort()).toEqual(["instrument", "parties", "sequencing"]);
    for (const dimension of dimensions) expect(dimension._count.stances, dimension.key).toBeGreaterThan(0);
  });

  it("has something in each review state the demo shows", async () => {
    const statuses = Object.fromEntries(
      (await db.quote.groupBy({ by: ["status"], _count: true })).map((group) => [group.status, group._count]),
    );
    expect(statuses).toMatchObject({ in_review: 3, draft: 1 });
    expect(await db.quote.count({ where: { status: "in_review", submittedAt: null } })).toBe(0);
    expect(await db.quote.count({ where: { status: "published", publishedAt: null } })).toBe(0);
  });

  it("records China's 2018 shift: a treaty, followed by a declaration", async () => {
    const records = await db.countryStance.findMany({
      where: { country: { code: "CN" }, dimension: { key: "instrument" }, status: "published" },
      orderBy: { validFrom: "asc" },
      select: { validFrom: true, validTo: true, position: { select: { key: true } } },
    });
    const in2018 = records.filter((record) => record.validFrom.getUTCFullYear() === 2018);
    expect(in2018.map((record) => record.position.key)).toEqual(["treaty", "declaration"]);
    const [treaty, declaration] = in2018;
    expect(treaty.validTo).not.toBeNull();
    // Both rest on the article of 31 July 2018: the treaty record ends on its evidence, the declaration starts there
    // (coding rule 10: a period ends no earlier than its last evidence).
    expect(treaty.validTo!.getTime()).toBeLessThanOrEqual(declaration.validFrom.getTime());
  });

  it("resolves Chung Eui-yong's 2021 quotes to South Korea through his foreign-minister role", async () => {
    const chung = await db.person.findUniqueOrThrow({ where: { slug: "chung-eui-yong" }, include: { roles: true } });
    const quotes = await db.quote.findMany({
      where: { speakerId: chung.id, statedOn: { gte: new Date("2021-01-01"), lt: new Date("2022-01-01") } },
      select: { statedOn: true, speakerCountry: { select: { code: true } } },
    });
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      expect(quote.speakerCountry?.code).toBe("KR");
      const held = chung.roles.filter(
        (role) => role.startsOn! <= quote.statedOn && (role.endsOn === null || quote.statedOn <= role.endsOn),
      );
      expect(held.map((role) => role.title)).toEqual(["Minister of Foreign Affairs"]);
    }
  });

  it("refuses a quote whose text is not in its article, naming both", async () => {
    const article = await db.article.findFirstOrThrow({ where: { title: { startsWith: "Behind-the-Scenes" } } });
    await expect(seedQuote(db, { articleId: article.id, text: "China rejects any declaration." })).rejects.toThrow(
      /Behind-the-Scenes Talks Underway to End Korean War.*China rejects any declaration\./,
    );
  });

  // Last, so the checks above see the first run's data.
  it("adds nothing when run a second time", async () => {
    const before = await tableCounts();
    expect(await seedDemo(db)).toEqual(firstRun);
    expect(await tableCounts()).toEqual(before);
  });

  it("codes the demo by coding rules 1.1: statements, dates, speakers and records as the issue lists", async () => {
    const quote = (text: string) =>
      db.quote.findFirstOrThrow({
        where: { text: { startsWith: text } },
        include: { stances: { where: { deletedAt: null } }, speakerCountry: true, speaker: true },
      });
    const reportsOf = async (text: string) =>
      db.quote.count({ where: { statementId: (await quote(text)).statementId, deletedAt: null } });
    // Rule 9: Sullivan's remark (three articles) and Yang Jiechi's message (two reports) are one statement each.
    expect(await reportsOf('the two sides may differ "on the precise sequence')).toBe(3);
    expect(await reportsOf("China’s top diplomat has backed")).toBe(2);
    // Rule 8: 2018 statements to the year.
    for (const text of ["In 2018, Washington and Seoul signalled", "South Korean leader Moon Jae-in last year"]) {
      const row = await quote(text);
      expect([row.statedOn.toISOString().slice(0, 10), row.statedOnPrecision]).toEqual(["2018-01-01", "year"]);
    }
    // Rule 5: no parties stance for being relevant to the denuclearisation process.
    expect((await quote("China definitely would want to be relevant")).stances).toEqual([]);
    // Rule 7: a source described only by place has no country.
    expect((await quote("North Korea asked for help")).speakerCountry).toBeNull();
    // Rule 6: Wang Yi quoted through a readout is on record.
    const wang = await db.quote.findMany({ where: { speaker: { slug: "wang-yi" } }, select: { attribution: true } });
    expect(wang.map((row) => row.attribution)).toEqual(["on_record", "on_record"]);
    // Rule 1: the context statements are coded.
    for (const text of [
      "shared commitment to the complete denuclearization of the Korean peninsula",
      'he expects "good results"',
      "had a frank and in-depth exchange of views",
    ])
      expect((await quote(text)).stances).toEqual([]);
    // Rule 10: no record rests on analysts only, and every period covers its evidence.
    const records = await db.countryStance.findMany({
      where: { deletedAt: null },
      include: { evidence: { include: { quote: { include: { stances: { where: { deletedAt: null } } } } } } },
    });
    expect(records).toHaveLength(10);
    for (const record of records) {
      const qualifying = record.evidence.filter(
        ({ quote }) =>
          quote.attribution !== "analyst" &&
          quote.stances.some((s) => s.holderCountryId === record.countryId && s.dimensionId === record.dimensionId),
      );
      expect(qualifying.length, `record ${record.id}`).toBeGreaterThan(0);
      for (const { quote } of record.evidence) {
        expect(record.validFrom.getTime()).toBeLessThanOrEqual(
          lastDayOf(quote.statedOn, quote.statedOnPrecision).getTime(),
        );
        if (record.validTo) expect(record.validTo.getTime()).toBeGreaterThanOrEqual(quote.statedOn.getTime());
      }
    }
  });
});
