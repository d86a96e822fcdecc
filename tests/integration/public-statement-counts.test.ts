// The public pages' statement totals — the home timeline, a country page's three totals, a person's and a
// position's, /countries, /people and the explorer's people menu — are read from "PublicStatementCount", which
// triggers keep (migration 20261130123000_public_statement_counts). These tests change records through lib/ as
// editors do (publish, a second report of a statement, corrections of the speaker, the date and the stance,
// takedowns, a soft delete and its restore) and check after each that every total a page shows equals a
// COUNT(DISTINCT statementId) over the source tables, the query the pages ran before.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { listCountriesWithCounts } from "@/lib/countries/public";
import { listPeople, listPersonMenu } from "@/lib/people/public";
import {
  CARDS_PER_LIST,
  countCountryStatements,
  countPositionStatements,
  countSpeakerStatements,
  listCommentaryAboutCountry,
  listQuotesAboutCountry,
  listQuotesWithPosition,
} from "@/lib/quotes/public";
import { countStatementsByCountryMonth } from "@/lib/quotes/timeline";
import { saveQuote } from "@/lib/quotes/save-quote";
import type { QuoteInput } from "@/lib/quotes/schemas";
import { deleteQuote, restoreQuote } from "@/lib/quotes/mutations";
import { approve } from "@/lib/review/approve";
import { approveRevision } from "@/lib/review/revisions";
import { submitQuote } from "@/lib/review/submit";
import { decideTakedown, takeDown } from "@/lib/review/takedowns";
import { seedDemo } from "@/prisma/seed/demo";
import { seedArticle } from "@/prisma/seed/articles";
import { seedPerson } from "@/prisma/seed/people";
import { seedQuote } from "@/prisma/seed/quotes";
import { createUser } from "../support/users";
import { quoteEdit as edit } from "../support/quote-edit";

let author: SessionUser;
let editorB: SessionUser;
let editorC: SessionUser;
let speakerOne: number;
let speakerTwo: number;

const BODY =
  "Beijing, March 3 — A peace treaty is the only durable way to end the war, the minister said.\n" +
  "An end-of-war declaration would be a first step, he added.";

beforeAll(async () => {
  await seedDemo(db);
  [author, editorB, editorC] = await Promise.all([
    createUser(db, { role: "editor" }),
    createUser(db, { role: "editor" }),
    createUser(db, { role: "editor" }),
  ]);
  speakerOne = (await seedPerson(db, { name: "Counted Speaker One", roles: [{ country: "CN", title: "Minister" }] }))
    .id;
  speakerTwo = (await seedPerson(db, { name: "Counted Speaker Two", roles: [{ country: "US", title: "Envoy" }] })).id;
}, 120_000);

const month = (day: Date) => day.toISOString().slice(0, 7);

/** Every statement total the public pages show, read as they read it. */
async function shown() {
  const countries = await db.country.findMany({ select: { id: true, code: true }, orderBy: { code: "asc" } });
  const positions = await db.position.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const people = await db.person.findMany({ select: { id: true, slug: true }, orderBy: { id: "asc" } });
  return {
    timeline: (await countStatementsByCountryMonth()).map(
      (cell) => `${cell.country.code}|${month(cell.month)}=${cell.count}`,
    ),
    countries: await Promise.all(
      countries.map(async (country) => ({ code: country.code, ...(await countCountryStatements(country.id)) })),
    ),
    positions: await Promise.all(
      positions.map(async (position) => `${position.id}=${await countPositionStatements(position.id)}`),
    ),
    speakers: await Promise.all(
      people.map(async (person) => `${person.slug}=${await countSpeakerStatements(person.id)}`),
    ),
    peopleList: (await listPeople(10_000)).people.map((person) => `${person.slug}=${person.statementCount}`),
    personMenu: (await listPersonMenu()).map((person) => person.slug),
    countriesPage: (await listCountriesWithCounts())
      .map((country) => ({
        code: country.code,
        own: country.statementCount,
        about: country.aboutCount,
        commentary: country.commentaryCount,
      }))
      .sort((a, b) => (a.code < b.code ? -1 : 1)),
  };
}

/** The same totals counted over Quote, Article and Stance directly. */
async function counted(): Promise<Awaited<ReturnType<typeof shown>>> {
  const published = `SELECT q.* FROM "Quote" q JOIN "Article" a ON a.id = q."articleId"
     WHERE q.status = 'published' AND q."deletedAt" IS NULL AND a.status = 'published' AND a."deletedAt" IS NULL`;
  const lines = async (sql: string) => (await db.$queryRawUnsafe<{ line: string }[]>(sql)).map((row) => row.line);
  const timeline = await lines(`
    SELECT c.code || '|' || to_char(q."statedOn", 'YYYY-MM') || '=' || count(DISTINCT q."statementId") AS line
      FROM (${published}) q JOIN "Country" c ON c.id = q."speakerCountryId"
     WHERE q.attribution <> 'analyst'
     GROUP BY c.code, to_char(q."statedOn", 'YYYY-MM') ORDER BY c.code, 1`);
  const countries = await db.$queryRawUnsafe<{ code: string; own: number; about: number; commentary: number }[]>(`
    WITH q AS (${published}), s AS (SELECT * FROM "Stance" WHERE "deletedAt" IS NULL)
    SELECT c.code,
      (SELECT count(DISTINCT q."statementId") FROM q
        WHERE q."speakerCountryId" = c.id AND q.attribution <> 'analyst')::int AS own,
      (SELECT count(DISTINCT q."statementId") FROM q JOIN s ON s."quoteId" = q.id
        WHERE s."holderCountryId" = c.id AND q.attribution <> 'analyst' AND q."speakerCountryId" IS DISTINCT FROM c.id)::int AS about,
      (SELECT count(DISTINCT q."statementId") FROM q JOIN s ON s."quoteId" = q.id
        WHERE s."holderCountryId" = c.id AND q.attribution = 'analyst')::int AS commentary
      FROM "Country" c ORDER BY c.code`);
  const positions = await lines(`
    SELECT p.id || '=' || (SELECT count(DISTINCT q."statementId") FROM (${published}) q
                             JOIN "Stance" s ON s."quoteId" = q.id AND s."deletedAt" IS NULL
                            WHERE s."positionId" = p.id) AS line
      FROM "Position" p ORDER BY p.id`);
  const bySpeaker = `SELECT p.*, (SELECT count(DISTINCT q."statementId") FROM (${published}) q WHERE q."speakerId" = p.id) AS n
      FROM "Person" p`;
  const speakers = await lines(`SELECT slug || '=' || n AS line FROM (${bySpeaker}) p ORDER BY id`);
  const publicPeople = `FROM (${bySpeaker}) p WHERE n > 0 AND "deletedAt" IS NULL AND "mergedIntoId" IS NULL ORDER BY name, id`;
  return {
    timeline,
    countries,
    positions,
    speakers,
    peopleList: await lines(`SELECT slug || '=' || n AS line ${publicPeople}`),
    personMenu: await lines(`SELECT slug AS line ${publicPeople}`),
    countriesPage: countries,
  };
}

async function expectTotalsMatchSource() {
  const page = await shown();
  expect(page).toEqual(await counted());
  return page;
}

const countOf = (list: string[], key: string) => Number(list.find((line) => line.startsWith(`${key}=`))?.split("=")[1]);
const slugOf = async (id: number) => (await db.person.findUniqueOrThrow({ where: { id } })).slug;

const withStances = (id: number) => db.quote.findUniqueOrThrow({ where: { id }, include: { stances: true } });
type Quote = Awaited<ReturnType<typeof withStances>>;

/** A correction of a published quote: saved by one editor, submitted, approved by another. */
async function correct(quoteId: number, changes: (quote: Quote) => Partial<QuoteInput>) {
  const quote = await withStances(quoteId);
  await saveQuote(editorB, edit(quote, changes(quote)));
  await submitQuote(editorB, { id: quote.id, version: quote.version });
  const revision = await db.revision.findFirstOrThrow({
    where: { entityType: "Quote", entityId: quote.id, status: "in_review" },
  });
  await approveRevision(editorC, { revisionId: revision.id, version: revision.version });
}

/** A quote written by `author`, put in review, then published by a second editor. */
async function publishQuote(seed: { articleId: number; text: string; statementId?: number; speakerId: number }) {
  const quote = await seedQuote(db, {
    ...seed,
    status: "in_review",
    authorId: author.id,
    statedOn: "2019-03-03",
    stances: [{ dimension: "instrument", position: "treaty" }],
  });
  const { version } = await db.quote.findUniqueOrThrow({ where: { id: quote.id } });
  await approve(editorB, { kind: "quote", id: quote.id, version });
  return quote;
}

describe("the public statement totals", () => {
  let first: { id: number; statementId: number };
  let second: { id: number };

  it("match the source tables after the demo data", async () => {
    const page = await expectTotalsMatchSource();
    // Not vacuous: the demo has statements in the timeline, on country pages and by people.
    expect(page.timeline.length).toBeGreaterThan(3);
    expect(page.countries.some((country) => country.own > 0 && country.about > 0)).toBe(true);
    expect(page.peopleList.length).toBeGreaterThan(3);
  });

  it("count a statement once it is published, and once however many reports it has", async () => {
    const before = await shown();
    const one = await slugOf(speakerOne);
    const article = await seedArticle(db, {
      body: BODY,
      title: "Counts",
      publishedOn: "2019-03-04",
      status: "published",
    });
    first = await publishQuote({
      articleId: article.id,
      text: "A peace treaty is the only durable way",
      speakerId: speakerOne,
    });
    const after = await expectTotalsMatchSource();
    expect(countOf(after.speakers, one)).toBe(countOf(before.speakers, one) + 1);
    expect(after.personMenu).toContain(one);
    expect(after.countries.find((c) => c.code === "CN")!.own).toBe(
      before.countries.find((c) => c.code === "CN")!.own + 1,
    );

    // The same remark reported by a second article: still one statement.
    const other = await seedArticle(db, {
      body: `${BODY}\nReported again.`,
      title: "Counts, again",
      publishedOn: "2019-03-05",
      status: "published",
    });
    second = await publishQuote({
      articleId: other.id,
      text: "A peace treaty is the only durable way",
      statementId: first.statementId,
      speakerId: speakerOne,
    });
    const twice = await expectTotalsMatchSource();
    expect(countOf(twice.speakers, one)).toBe(countOf(after.speakers, one));
  });

  // Refreshes skip statements with no keys and no published report (migration 20261130140000): a draft saved and
  // recoded in the workspace counts nowhere, and counts with its last coding once approved.
  it("count a draft only once it is approved, with the coding it was last saved with", async () => {
    const drafter = (
      await seedPerson(db, { name: "Counted Drafted Speaker", roles: [{ country: "US", title: "Envoy" }] })
    ).id;
    const slug = await slugOf(drafter);
    const before = await expectTotalsMatchSource();
    const article = await seedArticle(db, {
      body: `${BODY}\nA draft's report.`,
      title: "Counts, a draft",
      publishedOn: "2019-04-04",
      status: "published",
    });
    const draft = await seedQuote(db, {
      articleId: article.id,
      text: "An end-of-war declaration would be a first step",
      status: "draft",
      authorId: author.id,
      speakerId: drafter,
      statedOn: "2019-04-03",
      stances: [{ dimension: "instrument", position: "treaty" }],
    });
    const declaration = await db.position.findFirstOrThrow({ where: { key: "declaration" } });
    const kp = await db.country.findUniqueOrThrow({ where: { code: "KP" } });
    await saveQuote(
      author,
      edit(await withStances(draft.id), {
        statedOn: "2019-05-06",
        stances: [
          {
            dimensionId: declaration.dimensionId,
            positionId: declaration.id,
            holderCountryId: kp.id,
            strength: "explicit",
          },
        ],
      }),
    );
    expect(await expectTotalsMatchSource()).toEqual(before);

    const saved = await db.quote.findUniqueOrThrow({ where: { id: draft.id } });
    await submitQuote(author, { id: saved.id, version: saved.version });
    const inReview = await db.quote.findUniqueOrThrow({ where: { id: draft.id } });
    await approve(editorB, { kind: "quote", id: inReview.id, version: inReview.version });
    const after = await expectTotalsMatchSource();
    expect(countOf(after.speakers, slug)).toBe(1);
    expect(before.personMenu).not.toContain(slug);
    expect(countOf(after.positions, String(declaration.id))).toBe(
      countOf(before.positions, String(declaration.id)) + 1,
    );
    expect(after.timeline.some((line) => line.startsWith("US|2019-05="))).toBe(true);
  });

  it("follow corrections of the speaker, the date and the stance", async () => {
    const us = await db.country.findUniqueOrThrow({ where: { code: "US" } });
    await correct(first.id, () => ({ speakerId: speakerTwo, speakerCountryId: us.id }));
    const moved = await expectTotalsMatchSource();
    expect(countOf(moved.speakers, await slugOf(speakerTwo))).toBe(1);
    expect(moved.timeline.some((line) => line.startsWith("US|2019-03="))).toBe(true);

    await correct(first.id, () => ({ statedOn: "2020-11-15" }));
    const redated = await expectTotalsMatchSource();
    expect(redated.timeline.some((line) => line.startsWith("US|2020-11="))).toBe(true);

    const treaty = await db.position.findFirstOrThrow({ where: { key: "treaty" } });
    const other = await db.position.findFirstOrThrow({
      where: { dimensionId: treaty.dimensionId, key: { not: "treaty" } },
    });
    const kr = await db.country.findUniqueOrThrow({ where: { code: "KR" } });
    await correct(first.id, (quote) => ({
      stances: [
        {
          dimensionId: treaty.dimensionId,
          positionId: other.id,
          holderCountryId: kr.id,
          strength: quote.stances[0].strength,
        },
      ],
    }));
    await expectTotalsMatchSource();
  });

  it("follow a takedown, its reversal, a soft delete and its restore", async () => {
    const { id } = await takeDown(editorB, { entityType: "Quote", entityId: second.id, reason: "Safety of a source" });
    const down = await expectTotalsMatchSource();
    expect(countOf(down.speakers, await slugOf(speakerOne))).toBe(0);
    expect(down.personMenu).not.toContain(await slugOf(speakerOne));
    await decideTakedown(editorC, { takedownId: id, decision: "reversed" });
    await expectTotalsMatchSource();

    // A soft delete of a published report, and its restore.
    await deleteQuote(editorB, second.id);
    const deleted = await expectTotalsMatchSource();
    expect(countOf(deleted.speakers, await slugOf(speakerOne))).toBe(0);
    await restoreQuote(editorB, second.id);
    expect(countOf((await expectTotalsMatchSource()).speakers, await slugOf(speakerOne))).toBe(1);

    // A whole article taken down.
    const { articleId } = await db.quote.findUniqueOrThrow({ where: { id: first.id } });
    await takeDown(editorB, { entityType: "Article", entityId: articleId, reason: "Court order" });
    await expectTotalsMatchSource();
  });

  // The lists these totals stand beside walk StanceRead's partial indexes (stanceReadWalk): the same cards as the
  // source tables give, after every change above.
  it("list on country and position pages the statements the source tables give", async () => {
    // More statements about one country with one position than a walk reads at once (3 × CARDS_PER_LIST), so the lists'
    // order and their continuation across batches matter.
    const lines = Array.from({ length: 70 }, (_, n) => `Statement number ${n + 100} backs a peace treaty.`);
    const article = await seedArticle(db, {
      body: lines.join("\n"),
      title: "Many statements",
      publishedOn: "2021-06-30",
      status: "published",
    });
    for (const [n, text] of lines.entries())
      await seedQuote(db, {
        articleId: article.id,
        text,
        status: "published",
        speakerLabel: "a Japanese official",
        speakerCountry: "JP",
        attribution: n % 10 === 0 ? "analyst" : "on_record",
        statedOn: `2021-${String((n % 12) + 1).padStart(2, "0")}-${String((n % 28) + 1).padStart(2, "0")}`,
        stances: [{ dimension: "instrument", position: "treaty", holder: "KP" }],
      });
    const published = `SELECT q.* FROM "Quote" q JOIN "Article" a ON a.id = q."articleId"
       WHERE q.status = 'published' AND q."deletedAt" IS NULL AND a.status = 'published' AND a."deletedAt" IS NULL`;
    // The first matching report of each statement, `order`ed, a page of them.
    const leads = async (condition: string, order: "ASC" | "DESC") =>
      (
        await db.$queryRawUnsafe<{ id: number }[]>(`
          WITH m AS (SELECT q.id, q."statementId", q."statedOn" FROM (${published}) q WHERE ${condition})
          SELECT id FROM m WHERE id = (SELECT min(id) FROM m f WHERE f."statementId" = m."statementId")
           ORDER BY "statedOn" ${order}, id ${order} LIMIT ${CARDS_PER_LIST}`)
      ).map((row) => row.id);
    const stance = (where: string) =>
      `EXISTS (SELECT 1 FROM "Stance" s WHERE s."quoteId" = q.id AND s."deletedAt" IS NULL AND ${where})`;
    const ids = (cards: { id: number }[]) => cards.map((card) => card.id);
    let listed = 0;
    for (const country of await db.country.findMany({ select: { id: true } })) {
      const holds = stance(`s."holderCountryId" = ${country.id}`);
      const about = await listQuotesAboutCountry(country.id);
      expect(ids(about)).toEqual(
        await leads(
          `${holds} AND q.attribution <> 'analyst' AND q."speakerCountryId" IS DISTINCT FROM ${country.id}`,
          "DESC",
        ),
      );
      expect(ids(await listCommentaryAboutCountry(country.id))).toEqual(
        await leads(`${holds} AND q.attribution = 'analyst'`, "DESC"),
      );
      listed += about.length;
    }
    for (const position of await db.position.findMany({ select: { id: true } })) {
      const cards = await listQuotesWithPosition(position.id);
      expect(ids(cards)).toEqual(await leads(stance(`s."positionId" = ${position.id}`), "ASC"));
      listed += cards.length;
    }
    expect(listed).toBeGreaterThan(10);
  });
});
