// Public version history of country stance records and articles (issue #11): after an approved correction the
// record says when and what was corrected, lists its versions, and each version's permalink shows the content as
// it read then; nothing of an unapproved correction or of an unpublished record is public.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { saveCountryStance } from "@/lib/country-stances/save-country-stance";
import { getCountryStanceHistory, getCountryStanceVersion } from "@/lib/country-stances/versions-public";
import { updateArticleBody } from "@/lib/articles/update-body";
import { getArticleHistory, getArticlePage, getArticleVersion } from "@/lib/articles/versions-public";
import { getQuotePage } from "@/lib/quotes/versions-public";
import { savePersonRole } from "@/lib/people/save-person";
import { getPersonHistory, getPersonVersion, getPublicPersonPage } from "@/lib/people/versions-public";
import { seedCodebook } from "@/prisma/seed/codebook";
import { seedCountries } from "@/prisma/seed/countries";
import { DEMO_COUNTRIES } from "@/prisma/seed/demo/countries";
import { seedPerson } from "@/prisma/seed/people";
import { seedCountryStance } from "@/prisma/seed/country-stances";
import { createUser } from "../support/users";
import { approveOpenRevision, seedPublishedQuote } from "./support/versions";

let author: SessionUser;
let editor: SessionUser;
let reviewer: SessionUser;
let speakerId: number;

beforeAll(async () => {
  await seedCodebook(db);
  await seedCountries(db, DEMO_COUNTRIES);
  [author, editor, reviewer] = await Promise.all([
    createUser(db, { role: "editor" }),
    createUser(db, { role: "editor" }),
    createUser(db, { role: "editor" }),
  ]);
  speakerId = (
    await seedPerson(db, {
      name: "Wang Yi",
      roles: [{ country: "CN", title: "Foreign Minister", startsOn: "2013-03-16" }],
    })
  ).id;
});

const publishedArticle = () => seedPublishedQuote(db, { title: "Versions test", authorId: author.id, speakerId });
const approveOpen = (entityType: string, entityId: number) =>
  approveOpenRevision(db, { editor, reviewer }, entityType, entityId);

describe("a country stance record's public versions", () => {
  it("says it was corrected, lists both versions, and version 1 keeps the old summary and period", async () => {
    const { quote } = await publishedArticle();
    const record = await seedCountryStance(db, {
      country: "CN",
      dimension: "instrument",
      position: "treaty",
      validFrom: "2018-02-01",
      summary: "China favours a treaty.",
      status: "published",
      authorId: author.id,
      evidenceQuoteIds: [quote.id],
    });
    expect(await getCountryStanceHistory(record.id)).toMatchObject({ versions: [{ number: 1 }], corrected: null });

    const live = await db.countryStance.findUniqueOrThrow({ where: { id: record.id } });
    await saveCountryStance(editor, {
      id: live.id,
      version: live.version,
      countryId: live.countryId,
      dimensionId: live.dimensionId,
      positionId: live.positionId,
      validFrom: "2018-02-01",
      validTo: "2018-12-31",
      summary: "China favoured a treaty in 2018.",
      quoteIds: [quote.id],
    });
    // An open correction is not public.
    expect((await getCountryStanceVersion(record.id, null))?.summary).toBe("China favours a treaty.");
    expect(await getCountryStanceVersion(record.id, 2)).toBeNull();

    await approveOpen("CountryStance", record.id);
    const history = await getCountryStanceHistory(record.id);
    expect(history?.versions.map((version) => [version.number, version.note])).toEqual([
      [1, null],
      [2, "period, summary"],
    ]);
    expect(history?.corrected).toMatchObject({ number: 2, note: "period, summary" });
    expect(await getCountryStanceVersion(record.id, 1)).toMatchObject({
      number: 1,
      of: 2,
      summary: "China favours a treaty.",
      validTo: null,
      supersededAt: history?.versions[1]?.publishedAt,
      country: { code: "CN" },
      position: { key: "treaty" },
      evidence: [quote.id],
    });
    expect(await getCountryStanceVersion(record.id, null)).toMatchObject({
      number: 2,
      summary: "China favoured a treaty in 2018.",
      validTo: "2018-12-31",
      supersededAt: null,
    });
    expect(await getCountryStanceVersion(record.id, 3)).toBeNull();

    await db.countryStance.update({ where: { id: record.id }, data: { status: "draft" } });
    expect(await getCountryStanceHistory(record.id)).toBeNull();
    expect(await getCountryStanceVersion(record.id, 1)).toBeNull();
  });
});

describe("an article's public text versions", () => {
  it("says the text was corrected; version 1's permalink keeps the old text", async () => {
    const { article } = await publishedArticle();
    expect(await getArticleHistory(article.id)).toMatchObject({ versions: [{ number: 1 }], corrected: null });
    const corrected = `Editor's note: corrected. ${article.body}`;
    const current = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    await updateArticleBody(editor, { id: article.id, version: current.version, body: corrected });
    expect((await getArticleVersion(article.id, 1))?.body).toBe(article.body);
    await approveOpen("Article", article.id);

    const history = await getArticleHistory(article.id);
    expect(history?.corrected).toMatchObject({ number: 2, note: "text" });
    expect(await getArticleVersion(article.id, 1)).toMatchObject({ number: 1, of: 2, body: article.body });
    expect(await getArticleVersion(article.id, 2)).toMatchObject({ number: 2, body: corrected, supersededAt: null });

    await db.article.update({ where: { id: article.id }, data: { status: "draft" } });
    expect(await getArticleVersion(article.id, 1)).toBeNull();
  });

  it("gives the article and quote pages the record and its history in one read, and nothing once unpublished", async () => {
    const { article, quote } = await publishedArticle();
    expect(await getArticlePage(article.id)).toMatchObject({
      article: { id: article.id, body: article.body },
      history: { versions: [{ number: 1 }], corrected: null },
    });
    expect(await getQuotePage(quote.id)).toMatchObject({
      quote: { id: quote.id, text: "China favors a peace treaty instead" },
      history: { versions: [{ number: 1 }] },
    });
    await db.quote.update({ where: { id: quote.id }, data: { status: "draft" } });
    await db.article.update({ where: { id: article.id }, data: { status: "draft" } });
    expect([await getArticlePage(article.id), await getQuotePage(quote.id)]).toEqual([null, null]);
  });
});

describe("a person's public versions of their roles", () => {
  it("lists each approved role correction; version 1 keeps the old roles; drafts and hidden people show nothing", async () => {
    const person = await seedPerson(db, {
      name: "Kim Envoy",
      roles: [{ country: "KR", title: "Spokesperson", startsOn: "2017-05-10", endsOn: "2019-12-31" }],
    });
    // Not public before a published quote names them.
    expect(await getPersonHistory(person.slug)).toBeNull();
    expect(await getPersonVersion(person.slug, 1)).toBeNull();
    await seedPublishedQuote(db, { title: "Person versions", authorId: author.id, speakerId: person.id });
    expect(await getPersonHistory(person.slug)).toMatchObject({ versions: [{ number: 1 }], corrected: null });

    const live = await db.person.findUniqueOrThrow({ where: { id: person.id }, include: { roles: true } });
    await savePersonRole(editor, {
      personId: person.id,
      version: live.version,
      roleId: live.roles[0]!.id,
      countryId: live.roles[0]!.countryId,
      title: "Special Envoy",
      startsOn: "2017-05-10",
      endsOn: "",
    });
    // The open correction is not public.
    expect((await getPersonVersion(person.slug, 1))?.roles.map((role) => role.title)).toEqual(["Spokesperson"]);
    expect(await getPersonVersion(person.slug, 2)).toBeNull();

    await approveOpen("Person", person.id);
    const history = await getPersonHistory(person.slug);
    expect(history?.versions.map((version) => version.number)).toEqual([1, 2]);
    expect(history?.corrected).toMatchObject({ number: 2, note: expect.stringContaining("role") });
    // The person's page reads them with their history in one go.
    expect(await getPublicPersonPage(person.slug)).toMatchObject({ kind: "found", person: { id: person.id }, history });
    const first = await getPersonVersion(person.slug, 1);
    expect(first).toMatchObject({ number: 1, of: 2, supersededAt: history?.corrected?.publishedAt });
    expect(first?.roles).toMatchObject([
      {
        title: "Spokesperson",
        country: { code: "KR" },
        startsOn: new Date("2017-05-10"),
        endsOn: new Date("2019-12-31"),
      },
    ]);
    const second = await getPersonVersion(person.slug, 2);
    expect(second).toMatchObject({ number: 2, supersededAt: null });
    expect(second?.roles).toMatchObject([{ title: "Special Envoy", endsOn: null }]);
    expect(await getPersonVersion(person.slug, 3)).toBeNull();

    await db.person.update({ where: { id: person.id }, data: { deletedAt: new Date() } });
    expect(await getPersonVersion(person.slug, 1)).toBeNull();
    expect(await getPublicPersonPage(person.slug)).toEqual({ kind: "missing" });
  });
});
