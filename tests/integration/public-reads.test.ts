// The published-only reads behind the public pages, on the demo data: what the overview, country, person,
// article and quote pages show.
import { beforeAll, describe, expect, it } from "vitest";
import { getPublishedArticle, listPublishedArticles } from "@/lib/articles/public";
import { getCountry } from "@/lib/countries/public";
import { countryTimeline, currentPositions, findShifts } from "@/lib/country-stances/public";
import { db } from "@/lib/db";
import { getPublicPerson, listPeople, listPersonMenu } from "@/lib/people/public";
import {
  getPublishedQuote,
  listQuotesAboutCountry,
  listQuotesByCountry,
  listQuotesBySpeaker,
  countCountryStatements,
  countSpeakerStatements,
  listLatestQuotes,
} from "@/lib/quotes/public";
import { seedDemo } from "@/prisma/seed/demo";

beforeAll(async () => {
  await seedDemo(db);
}, 120_000);

async function quoteIdByText(start: string): Promise<number> {
  const quote = await db.quote.findFirstOrThrow({ where: { text: { startsWith: start } }, select: { id: true } });
  return quote.id;
}

describe("current positions", () => {
  it("hold each country's latest published record per dimension", async () => {
    const current = await currentPositions();
    expect(current.get("CN:instrument")?.position.key).toBe("declaration");
    expect(current.get("US:sequencing")?.position.key).toBe("conditions_unspecified");
    // South Korea's four-party record rested on analysts only and went with coding rules 1.1 (rule 10).
    expect(current.get("KR:parties")?.position.key).toBe("trilateral");
    for (const record of current.values()) {
      const row = await db.countryStance.findUniqueOrThrow({ where: { id: record.id } });
      expect(row).toMatchObject({ status: "published", deletedAt: null });
    }
  });

  it("call out China's 2018 shift from a peace treaty to a declaration", async () => {
    const china = (await getCountry("cn"))!;
    const shifts = findShifts(await countryTimeline(china.id));
    expect(
      shifts.map((shift) => [
        shift.from.position.key,
        shift.to.position.key,
        shift.to.validFrom.toISOString().slice(0, 10),
      ]),
    ).toContainEqual(["treaty", "declaration", "2018-07-31"]);
  });
});

describe("statements by and about a country", () => {
  it("keep a country's own statements apart from others' statements about it, analysts always among the others", async () => {
    const china = (await getCountry("CN"))!;
    const own = await listQuotesByCountry(china.id);
    const about = await listQuotesAboutCountry(china.id);
    expect(own.length).toBeGreaterThan(0);
    expect(about.length).toBeGreaterThan(0);
    expect(own.every((quote) => quote.speakerCountry?.code === "CN" && quote.attribution !== "analyst")).toBe(true);
    expect(about.every((quote) => quote.speakerCountry?.code !== "CN" || quote.attribution === "analyst")).toBe(true);
    expect(about.every((quote) => quote.stances.some((stance) => stance.holder.code === "CN"))).toBe(true);
    // A South Korean official reporting China's view (Hankyoreh, 2021-11-01) is about China, not by China.
    expect(about.some((quote) => quote.speakerCountry?.code === "KR")).toBe(true);
    const ownIds = new Set(own.map((quote) => quote.id));
    expect(about.some((quote) => ownIds.has(quote.id))).toBe(false);
  });
});

describe("quotes", () => {
  it("give the speaker's roles on the day of the statement and the quote's paragraph", async () => {
    const quote = await getPublishedQuote(await quoteIdByText("China supports “the push"));
    expect(quote).not.toBeNull();
    expect(quote!.speakerName).toBe("Yang Jiechi");
    expect(quote!.rolesAtTheTime.map((role) => role.title)).toEqual(
      expect.arrayContaining([
        "Member of the Politburo",
        "Director of the Office of the Central Foreign Affairs Commission",
      ]),
    );
    expect(quote!.rolesAtTheTime.map((role) => role.title)).not.toContain("State Councilor");
    const { paragraph } = quote!;
    expect(paragraph!.text.slice(paragraph!.start, paragraph!.end)).toBe(quote!.text);
    expect(paragraph!.text).not.toContain("\n");
  });

  it("are not found when in review", async () => {
    const id = await quoteIdByText("China is concerned that it may be held responsible");
    expect(await getPublishedQuote(id)).toBeNull();
  });
});

describe("articles", () => {
  it("list the five demo articles and highlight only published quotes, whose offsets match the body", async () => {
    const { articles, next } = await listPublishedArticles();
    expect(articles).toHaveLength(5);
    expect(next).toBeNull();
    // Newest first, by key: two pages of three and two, then none; each with its published quotes counted.
    const first = await listPublishedArticles(3);
    const second = await listPublishedArticles(3, first.next ?? undefined);
    expect([...first.articles, ...second.articles].map((a) => a.id)).toEqual(articles.map((a) => a.id));
    expect(second.next).toBeNull();
    for (const summary of articles) {
      const quotes = await db.quote.count({ where: { articleId: summary.id, status: "published", deletedAt: null } });
      expect(summary.quoteCount).toBe(quotes);
    }
    expect((await listPublishedArticles(3, "2021-13-45_1")).articles).toEqual(first.articles);
    const chosun = await db.article.findFirstOrThrow({ where: { title: { startsWith: "Behind-the-Scenes" } } });
    const article = (await getPublishedArticle(chosun.id))!;
    const published = await db.quote.count({ where: { articleId: chosun.id, status: "published", deletedAt: null } });
    expect(article.quotes).toHaveLength(published);
    expect(
      article.quotes.some((quote) =>
        article.body.slice(quote.startOffset, quote.endOffset).startsWith("China is concerned"),
      ),
    ).toBe(false);
  });
});

describe("people", () => {
  it("are public once a published quote names them, and list their statements", async () => {
    const { people } = await listPeople();
    expect(people.map((person) => person.slug)).toContain("yang-jiechi");
    const found = await getPublicPerson("chung-eui-yong");
    expect(found.kind).toBe("found");
    if (found.kind !== "found") return;
    expect(found.person.roles.map((role) => role.title)).toEqual([
      "National Security Adviser",
      "Minister of Foreign Affairs",
    ]);
    const quotes = await listQuotesBySpeaker(found.person.id);
    expect(quotes.length).toBeGreaterThan(0);
  });

  it("page by name, every public person once, with their statement counts", async () => {
    const whole = (await listPeople(1000)).people;
    const paged: typeof whole = [];
    let after: string | undefined;
    for (;;) {
      const page = await listPeople(3, after);
      paged.push(...page.people);
      if (!page.next) break;
      after = page.next;
    }
    expect(paged.map((person) => person.slug)).toEqual(whole.map((person) => person.slug));
    expect(whole.length).toBeGreaterThan(3);
    const names = whole.map((person) => person.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const yang = whole.find((person) => person.slug === "yang-jiechi");
    const statements = await db.quote.findMany({
      where: {
        speaker: { slug: "yang-jiechi" },
        status: "published",
        deletedAt: null,
        article: { status: "published" },
      },
      distinct: ["statementId"],
      select: { statementId: true },
    });
    expect(yang?.statementCount).toBe(statements.length);
    expect((await listPersonMenu()).map((person) => person.slug)).toEqual(whole.map((person) => person.slug));
  });

  it("lead from a merged person to the one they were merged into", async () => {
    const survivor = await db.person.findUniqueOrThrow({ where: { slug: "jake-sullivan" } });
    await db.person.create({ data: { name: "J. Sullivan", slug: "j-sullivan-merged", mergedIntoId: survivor.id } });
    expect(await getPublicPerson("j-sullivan-merged")).toEqual({ kind: "merged", slug: "jake-sullivan" });
    expect(await getPublicPerson("no-such-person")).toEqual({ kind: "missing" });
  });
});

describe("quote card lists", () => {
  it("show at most a page of statements, one card each, newest first, with the total beside them", async () => {
    const all = await listLatestQuotes(500);
    expect(new Set(all.map((card) => card.statementId)).size).toBe(all.length);
    expect((await listLatestQuotes(2)).map((card) => card.id)).toEqual(all.slice(0, 2).map((card) => card.id));
    const dates = all.map((card) => card.statedOn.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));

    const cn = (await getCountry("CN"))!;
    const own = await listQuotesByCountry(cn.id);
    const totals = await countCountryStatements(cn.id);
    const published = {
      status: "published",
      deletedAt: null,
      article: { status: "published", deletedAt: null },
    } as const;
    const ownStatements = await db.quote.findMany({
      where: { ...published, speakerCountryId: cn.id, attribution: { not: "analyst" } },
      distinct: ["statementId"],
      select: { statementId: true },
    });
    expect(totals.own).toBe(ownStatements.length);
    expect(own.length).toBe(Math.min(20, ownStatements.length));
    const about = await listQuotesAboutCountry(cn.id);
    expect(totals.about).toBeGreaterThanOrEqual(about.length);
    const yang = await db.person.findUniqueOrThrow({ where: { slug: "yang-jiechi" } });
    const spoken = await db.quote.findMany({
      where: { ...published, speakerId: yang.id },
      distinct: ["statementId"],
      select: { statementId: true },
    });
    expect(await countSpeakerStatements(yang.id)).toBe(spoken.length);
  });
});
