// The read API's side of editorial integrity (issue #11): each record's published `version` and `updatedAt`,
// GET /api/v1/<resource>/{id}/versions with permalinks, and `updatedSince` on the lists for incremental sync.
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as quotesRoute from "@/app/api/v1/quotes/route";
import * as quoteRoute from "@/app/api/v1/quotes/[id]/route";
import * as quoteVersionsRoute from "@/app/api/v1/quotes/[id]/versions/route";
import * as articlesRoute from "@/app/api/v1/articles/route";
import * as articleRoute from "@/app/api/v1/articles/[id]/route";
import * as articleVersionsRoute from "@/app/api/v1/articles/[id]/versions/route";
import * as countryStancesRoute from "@/app/api/v1/country-stances/route";
import * as countryStanceVersionsRoute from "@/app/api/v1/country-stances/[id]/versions/route";
import * as quoteVersionRoute from "@/app/api/v1/quotes/[id]/versions/[n]/route";
import * as articleVersionRoute from "@/app/api/v1/articles/[id]/versions/[n]/route";
import * as countryStanceVersionRoute from "@/app/api/v1/country-stances/[id]/versions/[n]/route";
import { saveQuote } from "@/lib/quotes/save-quote";
import * as peopleRoute from "@/app/api/v1/people/route";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { saveCountryStance } from "@/lib/country-stances/save-country-stance";
import { updateArticleBody } from "@/lib/articles/update-body";
import { savePersonRole } from "@/lib/people/save-person";
import { seedCodebook } from "@/prisma/seed/codebook";
import { seedCountries } from "@/prisma/seed/countries";
import { DEMO_COUNTRIES } from "@/prisma/seed/demo/countries";
import { seedPerson } from "@/prisma/seed/people";
import { seedCountryStance } from "@/prisma/seed/country-stances";
import { createUser } from "../support/users";
import { approveOpenRevision, seedPublishedQuote } from "./support/versions";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
type Body = { data: Record<string, unknown>[]; next: string | null; error?: { fields?: Record<string, string[]> } };

let address = 0;
async function call(handler: Handler, path: string, params: Record<string, string> = {}) {
  const response = await handler(
    new Request(`http://localhost${path}`, { headers: { "x-forwarded-for": `10.7.0.${++address % 250}` } }),
    { params: Promise.resolve(params as never) },
  );
  return { status: response.status, body: (await response.json()) as Body & Record<string, unknown> };
}

let editor: SessionUser;
let reviewer: SessionUser;
let personId: number;
let personSlug: string;

beforeAll(async () => {
  await seedCodebook(db);
  await seedCountries(db, DEMO_COUNTRIES);
  [editor, reviewer] = await Promise.all([createUser(db, { role: "editor" }), createUser(db, { role: "editor" })]);
  const person = await seedPerson(db, {
    name: "Wang Yi",
    roles: [{ country: "CN", title: "Foreign Minister", startsOn: "2013-03-16" }],
  });
  personId = person.id;
  personSlug = person.slug;
});

const publishedQuote = () =>
  seedPublishedQuote(db, { title: "API versions", authorId: editor.id, speakerId: personId });
const approveOpen = (entityType: string, entityId: number) =>
  approveOpenRevision(db, { editor, reviewer }, entityType, entityId);

const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe("version and updatedAt on records, and GET …/{id}/versions", () => {
  it("an article corrected once is version 2, with both versions and their permalinks", async () => {
    const { article, quote } = await publishedQuote();
    const current = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    const first = await call(articleRoute.GET, `/api/v1/articles/${article.id}`, { id: String(article.id) });
    expect(first.body).toMatchObject({ version: 1, updatedAt: current.updatedAt.toISOString() });

    await updateArticleBody(editor, { id: article.id, version: current.version, body: `Note. ${article.body}` });
    await approveOpen("Article", article.id);
    const corrected = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    const after = await call(articleRoute.GET, `/api/v1/articles/${article.id}`, { id: String(article.id) });
    expect(after.body).toMatchObject({ version: 2, updatedAt: corrected.updatedAt.toISOString() });
    expect(corrected.updatedAt > current.updatedAt).toBe(true);

    const versions = await call(articleVersionsRoute.GET, `/api/v1/articles/${article.id}/versions`, {
      id: String(article.id),
    });
    expect(versions.status).toBe(200);
    expect(versions.body.next).toBeNull();
    expect(versions.body.data).toEqual([
      {
        version: 1,
        publishedAt: expect.stringMatching(iso),
        supersededAt: versions.body.data[1]?.publishedAt,
        changed: null,
        url: expect.stringMatching(new RegExp(`/articles/${article.id}/v/1$`)),
      },
      {
        version: 2,
        publishedAt: expect.stringMatching(iso),
        supersededAt: null,
        changed: "text",
        url: expect.stringMatching(new RegExp(`/articles/${article.id}/v/2$`)),
      },
    ]);

    // The quote was never corrected: one version; its list row and its record agree.
    const one = await call(quoteRoute.GET, `/api/v1/quotes/${quote.id}`, { id: String(quote.id) });
    expect(one.body).toMatchObject({ id: quote.id, version: 1, updatedAt: expect.stringMatching(iso) });
    const quoteVersions = await call(quoteVersionsRoute.GET, `/api/v1/quotes/${quote.id}/versions`, {
      id: String(quote.id),
    });
    expect(quoteVersions.body.data).toMatchObject([{ version: 1, supersededAt: null, changed: null }]);
  });

  it("a country stance record's corrections are counted and listed; unpublished records have no versions", async () => {
    const { quote } = await publishedQuote();
    const record = await seedCountryStance(db, {
      country: "CN",
      dimension: "instrument",
      position: "treaty",
      validFrom: "2018-03-01",
      summary: "China favours a treaty.",
      status: "published",
      evidenceQuoteIds: [quote.id],
    });
    const live = await db.countryStance.findUniqueOrThrow({ where: { id: record.id } });
    await saveCountryStance(editor, {
      id: live.id,
      version: live.version,
      countryId: live.countryId,
      dimensionId: live.dimensionId,
      positionId: live.positionId,
      validFrom: "2018-03-01",
      validTo: null,
      summary: "China favours a peace treaty.",
      quoteIds: [quote.id],
    });
    await approveOpen("CountryStance", record.id);
    const list = await call(countryStancesRoute.GET, "/api/v1/country-stances?holderCountry=CN&limit=500");
    expect(list.body.data.find((row) => row.id === record.id)).toMatchObject({
      version: 2,
      summary: "China favours a peace treaty.",
    });
    const versions = await call(countryStanceVersionsRoute.GET, `/api/v1/country-stances/${record.id}/versions`, {
      id: String(record.id),
    });
    expect(versions.body.data.map((version) => version.changed)).toEqual([null, "summary"]);

    await db.countryStance.update({ where: { id: record.id }, data: { status: "draft" } });
    const hidden = await call(countryStanceVersionsRoute.GET, `/api/v1/country-stances/${record.id}/versions`, {
      id: String(record.id),
    });
    expect(hidden.status).toBe(404);
  });
});

describe("GET …/{id}/versions/{n}: each version's content", () => {
  it("gives an article's old text, a quote's old speaker and a record's old summary, as their permalinks show", async () => {
    const { article, quote } = await publishedQuote();
    const live = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    await updateArticleBody(editor, { id: article.id, version: live.version, body: `Note. ${article.body}` });
    await approveOpen("Article", article.id);
    const at = (n: number) =>
      call(articleVersionRoute.GET, `/api/v1/articles/${article.id}/versions/${n}`, {
        id: String(article.id),
        n: String(n),
      });
    const [first, second, third] = await Promise.all([at(1), at(2), at(3)]);
    expect(first.body).toMatchObject({
      version: 1,
      changed: null,
      url: expect.stringMatching(new RegExp(`/articles/${article.id}/v/1$`)),
      content: { title: "API versions", publishedOn: "2018-07-31", body: article.body },
    });
    expect(second.body).toMatchObject({ version: 2, changed: "text", content: { body: `Note. ${article.body}` } });
    expect(third.status).toBe(404);

    // The quote's speaker corrected: version 1 keeps Wang Yi, version 2 names the new speaker.
    const yang = await seedPerson(db, {
      name: "Yang Jiechi",
      roles: [{ country: "CN", title: "Director", startsOn: "2013-03-16" }],
    });
    const row = await db.quote.findUniqueOrThrow({ where: { id: quote.id }, include: { stances: true } });
    await saveQuote(editor, {
      id: row.id,
      version: row.version,
      articleId: row.articleId,
      startOffset: row.startOffset,
      endOffset: row.endOffset,
      text: row.text,
      speakerId: yang.id,
      speakerLabel: null,
      speakerCountryId: row.speakerCountryId,
      attribution: row.attribution,
      statedOn: row.statedOn.toISOString().slice(0, 10),
      statedOnPrecision: row.statedOnPrecision,
      statedOnReported: row.statedOnReported,
      stances: row.stances.map(({ dimensionId, positionId, holderCountryId, strength }) => ({
        dimensionId,
        positionId,
        holderCountryId,
        strength,
      })),
    });
    await approveOpen("Quote", quote.id);
    const quoteAt = (n: number) =>
      call(quoteVersionRoute.GET, `/api/v1/quotes/${quote.id}/versions/${n}`, { id: String(quote.id), n: String(n) });
    const common = {
      text: "China favors a peace treaty instead",
      speakerCountry: "CN",
      stances: [{ dimension: "instrument", position: "treaty", holderCountry: "CN", strength: "explicit" }],
      articleId: article.id,
    };
    expect((await quoteAt(1)).body).toMatchObject({ version: 1, content: { ...common, speakerName: "Wang Yi" } });
    expect((await quoteAt(2)).body).toMatchObject({
      version: 2,
      changed: expect.stringContaining("speaker"),
      content: { ...common, speakerName: "Yang Jiechi" },
    });

    const record = await seedCountryStance(db, {
      country: "CN",
      dimension: "instrument",
      position: "treaty",
      validFrom: "2018-01-01",
      summary: "China favours a treaty.",
      status: "published",
      evidenceQuoteIds: [quote.id],
    });
    const liveRecord = await db.countryStance.findUniqueOrThrow({ where: { id: record.id } });
    await saveCountryStance(editor, {
      id: liveRecord.id,
      version: liveRecord.version,
      countryId: liveRecord.countryId,
      dimensionId: liveRecord.dimensionId,
      positionId: liveRecord.positionId,
      validFrom: "2018-01-01",
      validTo: null,
      summary: "China favours a peace treaty.",
      quoteIds: [quote.id],
    });
    await approveOpen("CountryStance", record.id);
    const recordAt = (n: string) =>
      call(countryStanceVersionRoute.GET, `/api/v1/country-stances/${record.id}/versions/${n}`, {
        id: String(record.id),
        n,
      });
    expect((await recordAt("1")).body).toMatchObject({
      version: 1,
      content: {
        holderCountry: "CN",
        dimension: "instrument",
        position: "treaty",
        validFrom: "2018-01-01",
        validTo: null,
        summary: "China favours a treaty.",
        evidenceQuoteIds: [quote.id],
      },
    });
    expect((await recordAt("2")).body).toMatchObject({ content: { summary: "China favours a peace treaty." } });
    const bad = await recordAt("two");
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error?.fields ?? {})).toEqual(["n"]);

    // Taken off the public site: no versions to give.
    await db.countryStance.update({ where: { id: record.id }, data: { status: "draft" } });
    expect((await recordAt("1")).status).toBe(404);
  });
});

describe("updatedSince", () => {
  it("lists only records changed at or after the instant, on quotes, articles and people", async () => {
    const older = await publishedQuote();
    const newer = await publishedQuote();
    const olderAt = (await db.quote.findUniqueOrThrow({ where: { id: older.quote.id } })).updatedAt;
    // A later change of the newer quote and its article (what an editor's save does to updatedAt).
    await db.quote.update({ where: { id: newer.quote.id }, data: { updatedAt: new Date(olderAt.getTime() + 60_000) } });
    await db.article.update({
      where: { id: newer.article.id },
      data: { updatedAt: new Date(olderAt.getTime() + 60_000) },
    });
    const since = new Date(olderAt.getTime() + 1).toISOString();

    const quotes = await call(quotesRoute.GET, `/api/v1/quotes?person=${personSlug}&limit=500&updatedSince=${since}`);
    expect(quotes.status).toBe(200);
    const ids = quotes.body.data.map((row) => row.id);
    expect(ids).toContain(newer.quote.id);
    expect(ids).not.toContain(older.quote.id);
    for (const row of quotes.body.data)
      expect(Date.parse(row.updatedAt as string)).toBeGreaterThanOrEqual(Date.parse(since));

    const articles = await call(articlesRoute.GET, `/api/v1/articles?limit=500&updatedSince=${since}`);
    expect(articles.body.data.map((row) => row.id)).toContain(newer.article.id);
    expect(articles.body.data.map((row) => row.id)).not.toContain(older.article.id);
    // With a text search too (its own SQL page of ids).
    const searched = await call(articlesRoute.GET, `/api/v1/articles?q=treaty&limit=500&updatedSince=${since}`);
    expect(searched.body.data.map((row) => row.id)).toContain(newer.article.id);
    expect(searched.body.data.map((row) => row.id)).not.toContain(older.article.id);
    // A day means midnight UTC; an offset is honoured.
    const far = await call(articlesRoute.GET, "/api/v1/articles?updatedSince=2999-01-01");
    expect(far.body.data).toEqual([]);
    const offset = await call(articlesRoute.GET, `/api/v1/articles?limit=500&updatedSince=2000-01-01T09:00:00%2B09:00`);
    expect(offset.body.data.map((row) => row.id)).toContain(older.article.id);

    // A role correction approved changes the person: they come back in a sync after it, as version 2.
    const person = await db.person.findUniqueOrThrow({ where: { id: personId }, include: { roles: true } });
    const beforeCorrection = new Date().toISOString();
    await savePersonRole(editor, {
      personId,
      version: person.version,
      roleId: person.roles[0]!.id,
      countryId: person.roles[0]!.countryId,
      title: "State Councilor",
      startsOn: "2013-03-16",
      endsOn: "",
    });
    await approveOpen("Person", personId);
    const people = await call(peopleRoute.GET, `/api/v1/people?updatedSince=${beforeCorrection}`);
    expect(people.body.data).toMatchObject([{ slug: personSlug, version: 2, roles: [{ title: "State Councilor" }] }]);
  });

  it("refuses what is not an instant, naming the parameter", async () => {
    for (const value of ["yesterday", "2021-01-01T10:00:00", "2021-02-30T00:00:00Z", "0000-01-01T00:00:00Z"]) {
      const response = await call(quotesRoute.GET, `/api/v1/quotes?updatedSince=${encodeURIComponent(value)}`);
      expect(response.status, value).toBe(400);
      expect(Object.keys(response.body.error?.fields ?? {}), value).toEqual(["updatedSince"]);
    }
  });
});
