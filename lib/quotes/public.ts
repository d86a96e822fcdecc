// Published-only reads of quotes for the public pages, the feed and the sitemap. A quote is public when it is
// published and not deleted and so is its article; its stances count when they are not deleted either. Every
// read here goes through PUBLISHED_QUOTE, so a public page cannot show a draft by construction.
import "server-only";
import { cachedPublicRead } from "@/lib/public-cache";
import { PUBLISHED_ARTICLE } from "@/lib/articles/public";
import { db } from "@/lib/db";
import {
  Prisma,
  type AttributionKind,
  type DatePrecision,
  type SpeakerKind,
  type StanceStrength,
} from "@/lib/generated/prisma/client";
import { countPublishedStatements } from "@/lib/quotes/statement-counts";
import { paragraphAround } from "@/lib/text-segments";

export const PUBLISHED_QUOTE = {
  status: "published",
  deletedAt: null,
  article: PUBLISHED_ARTICLE,
} as const satisfies Prisma.QuoteWhereInput;

export const LIVE_STANCE = { deletedAt: null } as const satisfies Prisma.StanceWhereInput;

const quoteCardSelect = {
  id: true,
  text: true,
  statementId: true,
  statedOn: true,
  statedOnPrecision: true,
  statedOnReported: true,
  attribution: true,
  speakerKind: true,
  speakerLabel: true,
  speaker: { select: { name: true, slug: true, deletedAt: true, mergedIntoId: true } },
  speakerOrganization: { select: { name: true } },
  speakerCountry: { select: { code: true, name: true, shortName: true } },
  article: { select: { id: true, title: true, publishedOn: true, outlet: { select: { name: true } } } },
  stances: {
    where: LIVE_STANCE,
    orderBy: [{ dimension: { sortOrder: "asc" } }, { id: "asc" }],
    select: {
      dimension: { select: { key: true, label: true } },
      position: { select: { key: true, label: true, color: true } },
      holderCountry: { select: { code: true, shortName: true } },
      strength: true,
    },
  },
} satisfies Prisma.QuoteSelect;

export interface CountryRef {
  code: string;
  name: string;
  shortName: string;
}

export interface StanceDto {
  dimensionKey: string;
  dimensionLabel: string;
  positionKey: string;
  positionLabel: string;
  color: string;
  holder: { code: string; shortName: string };
  strength: StanceStrength;
}

/** What a quote card shows: the words, who said them for which country, the source, and the coded positions. */
export interface QuoteCard {
  id: number;
  text: string;
  /** The statement this quote reports; its other published reports are other quotes with the same id. */
  statementId: number;
  statedOn: Date;
  statedOnPrecision: DatePrecision;
  /** The text gives no date: statedOn is the article's date. */
  statedOnReported: boolean;
  attribution: AttributionKind;
  speakerKind: SpeakerKind;
  /** The person, the organization, the outlet (a journalist's summary) or the description of an unnamed source. */
  speakerName: string | null;
  /** Set when the speaker has a public person page. */
  speakerSlug: string | null;
  speakerCountry: CountryRef | null;
  article: { id: number; title: string; publishedOn: Date; outlet: string | null };
  stances: StanceDto[];
  /** How many other published reports the statement has (lists show one card per statement). */
  otherReports?: number;
}

type QuoteCardRow = Prisma.QuoteGetPayload<{ select: typeof quoteCardSelect }>;

function toQuoteCard(row: QuoteCardRow): QuoteCard {
  // A deleted or merged person has no page of their own; the quote still names them.
  const speaker = row.speaker && !row.speaker.deletedAt && !row.speaker.mergedIntoId ? row.speaker : null;
  return {
    id: row.id,
    text: row.text,
    statementId: row.statementId,
    statedOn: row.statedOn,
    statedOnPrecision: row.statedOnPrecision,
    statedOnReported: row.statedOnReported,
    attribution: row.attribution,
    speakerKind: row.speakerKind,
    speakerName:
      row.speaker?.name ??
      row.speakerOrganization?.name ??
      (row.speakerKind === "outlet" ? (row.article.outlet?.name ?? row.speakerLabel) : row.speakerLabel),
    speakerSlug: speaker?.slug ?? null,
    speakerCountry: row.speakerCountry,
    article: {
      id: row.article.id,
      title: row.article.title,
      publishedOn: row.article.publishedOn,
      outlet: row.article.outlet?.name ?? null,
    },
    stances: row.stances.map((stance) => ({
      dimensionKey: stance.dimension.key,
      dimensionLabel: stance.dimension.label,
      positionKey: stance.position.key,
      positionLabel: stance.position.label,
      color: stance.position.color,
      holder: stance.holderCountry,
      strength: stance.strength,
    })),
  };
}

/** A quote that may lead a list: walked in date order, kept when it is its statement's first matching report. */
interface Candidate {
  id: number;
  statementId: number;
  statedOn: Date;
}

/** The next `take` matching quotes in the list's date order, after `after` (the previous batch's last). */
type CandidateWalk = (after: Candidate | null, take: number) => Promise<Candidate[]>;

/** Matching quotes read from Quote itself, through its indexes on (speaker, date): the lists by who spoke. */
function quoteWalk(matching: Prisma.QuoteWhereInput, direction: "asc" | "desc"): CandidateWalk {
  return (after, take) =>
    db.quote.findMany({
      where: matching,
      orderBy: [{ statedOn: direction }, { id: direction }],
      take,
      ...(after === null ? {} : { cursor: { id: after.id }, skip: 1 }),
      select: { id: true, statementId: true, statedOn: true },
    });
}

/**
 * Matching quotes read from StanceRead's published rows that satisfy `condition` (over `r`): the lists defined by a
 * quote's stances, each served by a partial index holding only its rows (migration
 * 20261130124500_stance_list_indexes), so a country that few others speak about costs a page, not a walk through
 * every published quote (2.5 s for /countries/US at a million). A quote with several such stances comes once.
 */
function stanceReadWalk(condition: Prisma.Sql, direction: "asc" | "desc"): CandidateWalk {
  const order = Prisma.raw(direction === "asc" ? "ASC" : "DESC");
  return async (after, take) => {
    const from = after && Prisma.sql`(${after.statedOn.toISOString().slice(0, 10)}::date, ${after.id}::int)`;
    const rows = await db.$queryRaw<Candidate[]>`
      SELECT r."quoteId" AS id, r."statementId", r."statedOn"
        FROM "StanceRead" r
       WHERE r.published AND ${condition}
         AND ${from === null ? Prisma.sql`TRUE` : direction === "asc" ? Prisma.sql`(r."statedOn", r."quoteId") > ${from}` : Prisma.sql`(r."statedOn", r."quoteId") < ${from}`}
       ORDER BY r."statedOn" ${order}, r."quoteId" ${order}
       LIMIT ${take}`;
    return rows.filter((row, index) => index === 0 || row.id !== rows[index - 1].id);
  };
}

/**
 * One card per statement (coding rule 9): of a statement's published reports that match, the first (lowest id),
 * with the number of its other published reports, so a remark three articles report is one card, not three.
 * `walk` reads the matching quotes in date order; by default from Quote with `where`.
 */
async function findQuoteCards(
  where: Prisma.QuoteWhereInput,
  options: { take?: number; newestFirst?: boolean; walk?: CandidateWalk } = {},
): Promise<QuoteCard[]> {
  const take = options.take ?? CARDS_PER_LIST;
  const direction = options.newestFirst === false ? "asc" : "desc";
  const matching: Prisma.QuoteWhereInput = { AND: [PUBLISHED_QUOTE, where] };
  const walk = options.walk ?? quoteWalk(matching, direction);
  // Walk the matching quotes in date order a few pages at a time, keeping those that lead their statement, until
  // `take` are found: every read is bounded by the page, not by how many quotes match.
  const leads: number[] = [];
  const batch = take * 3;
  let after: Candidate | null = null;
  while (leads.length < take) {
    const candidates: Candidate[] = await walk(after, batch);
    if (candidates.length === 0) break;
    const firsts = await db.quote.groupBy({
      by: ["statementId"],
      where: { AND: [matching, { statementId: { in: [...new Set(candidates.map((c) => c.statementId))] } }] },
      _min: { id: true },
    });
    const leadIds = new Set(firsts.map((first) => first._min.id));
    leads.push(...candidates.filter((candidate) => leadIds.has(candidate.id)).map((candidate) => candidate.id));
    if (candidates.length < batch) break;
    after = candidates[candidates.length - 1];
  }
  const rows = await db.quote.findMany({
    where: { id: { in: leads.slice(0, take) } },
    orderBy: [{ statedOn: direction }, { id: direction }],
    select: quoteCardSelect,
  });
  // Reports per statement, counted for this page's statements only: Prisma's relation `_count` aggregates the
  // whole Quote table before joining (2 s at 100k quotes, for a page of 20 cards).
  const reports = await db.quote.groupBy({
    by: ["statementId"],
    where: { AND: [PUBLISHED_QUOTE, { statementId: { in: [...new Set(rows.map((row) => row.statementId))] } }] },
    _count: { _all: true },
  });
  const reportsOf = new Map(reports.map((group) => [group.statementId, group._count._all]));
  return rows.map((row) => ({ ...toQuoteCard(row), otherReports: (reportsOf.get(row.statementId) ?? 1) - 1 }));
}

/** How many cards a public page lists per section; the rest are a link away, in the explorer. */
export const CARDS_PER_LIST = 10;

/**
 * The totals of a country page's three lists (see listQuotesByCountry and the two after it): published statements,
 * from the count table the triggers keep (lib/quotes/statement-counts.ts).
 */
async function uncachedCountCountryStatements(
  countryId: number,
): Promise<{ own: number; about: number; commentary: number }> {
  const [own, about, commentary] = await Promise.all([
    countPublishedStatements("speakerCountry", countryId),
    countPublishedStatements("about", countryId),
    countPublishedStatements("commentary", countryId),
  ]);
  return { own, about, commentary };
}

function uncachedCountSpeakerStatements(personId: number): Promise<number> {
  return countPublishedStatements("person", personId);
}

function uncachedCountPositionStatements(positionId: number): Promise<number> {
  return countPublishedStatements("position", positionId);
}

/** The most recent statements, by the day they were made. */
function uncachedListLatestQuotes(limit = 8): Promise<QuoteCard[]> {
  return findQuoteCards({}, { take: limit });
}

/**
 * A country's own statements: its officials, official statements, sources and reported positions. An analyst
 * speaks for no government, so an analyst's quote is never a country's own statement (CODEBOOK.md).
 */
function uncachedListQuotesByCountry(countryId: number): Promise<QuoteCard[]> {
  return findQuoteCards({ speakerCountryId: countryId, attribution: { not: "analyst" } });
}

/** Statements by others (other governments, the press, unnamed sources) coding a position the country holds. */
function uncachedListQuotesAboutCountry(countryId: number): Promise<QuoteCard[]> {
  return findQuoteCards(
    {
      stances: { some: { ...LIVE_STANCE, holderCountryId: countryId } },
      attribution: { not: "analyst" },
      // The complement of listQuotesByCountry, spelled out because SQL's NOT drops rows whose country is null.
      OR: [{ speakerCountryId: null }, { speakerCountryId: { not: countryId } }],
    },
    {
      walk: stanceReadWalk(
        Prisma.sql`r."holderCountryId" = ${countryId} AND r.attribution <> 'analyst'
                   AND r."speakerCountryId" IS DISTINCT FROM r."holderCountryId"`,
        "desc",
      ),
    },
  );
}

/** Analysts' readings of the country's position: commentary, shown apart and never counted as its statements. */
function uncachedListCommentaryAboutCountry(countryId: number): Promise<QuoteCard[]> {
  return findQuoteCards(
    { stances: { some: { ...LIVE_STANCE, holderCountryId: countryId } }, attribution: "analyst" },
    { walk: stanceReadWalk(Prisma.sql`r."holderCountryId" = ${countryId} AND r.attribution = 'analyst'`, "desc") },
  );
}

function uncachedListQuotesBySpeaker(personId: number): Promise<QuoteCard[]> {
  return findQuoteCards({ speakerId: personId });
}

/** Quotes coded with one position, oldest first. */
function uncachedListQuotesWithPosition(positionId: number): Promise<QuoteCard[]> {
  return findQuoteCards(
    { stances: { some: { ...LIVE_STANCE, positionId } } },
    { newestFirst: false, walk: stanceReadWalk(Prisma.sql`r."positionId" = ${positionId}`, "asc") },
  );
}

export interface QuoteDetail extends QuoteCard {
  /** The roles the speaker held on the day of the statement (several when posts overlapped). */
  rolesAtTheTime: { title: string; organization: string | null; country: string }[];
  article: QuoteCard["article"] & { url: string | null; author: string | null };
  /** The paragraph around the quote, with the quote's offsets in it; null when the quote lost its anchor. */
  paragraph: { text: string; start: number; end: number } | null;
  publishedAt: Date | null;
  /** Every published report of the statement (this quote included), oldest article first (coding rule 9). */
  reports: StatementReport[];
}

export interface StatementReport {
  quoteId: number;
  text: string;
  article: { id: number; title: string; publishedOn: Date; outlet: string | null };
}

/** One published quote for its permanent page; null for anything else (the page answers 404). */
async function uncachedGetPublishedQuote(id: number): Promise<QuoteDetail | null> {
  const row = await db.quote.findFirst({
    where: { AND: [PUBLISHED_QUOTE, { id }] },
    select: {
      ...quoteCardSelect,
      speakerId: true,
      startOffset: true,
      endOffset: true,
      orphanedAt: true,
      publishedAt: true,
      article: {
        select: {
          id: true,
          title: true,
          publishedOn: true,
          url: true,
          author: true,
          body: true,
          outlet: { select: { name: true } },
        },
      },
    },
  });
  if (!row) return null;
  const roles = row.speakerId
    ? await db.personRole.findMany({
        where: {
          personId: row.speakerId,
          AND: [
            { OR: [{ startsOn: null }, { startsOn: { lte: row.statedOn } }] },
            { OR: [{ endsOn: null }, { endsOn: { gte: row.statedOn } }] },
          ],
        },
        orderBy: [{ startsOn: "asc" }, { id: "asc" }],
        select: { title: true, organization: true, country: { select: { name: true } } },
      })
    : [];
  const reports = await db.quote.findMany({
    where: { AND: [PUBLISHED_QUOTE, { statementId: row.statementId }] },
    orderBy: [{ article: { publishedOn: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      text: true,
      article: { select: { id: true, title: true, publishedOn: true, outlet: { select: { name: true } } } },
    },
  });
  const card = toQuoteCard(row);
  const anchored = row.orphanedAt === null && row.article.body.slice(row.startOffset, row.endOffset) === row.text;
  return {
    ...card,
    article: { ...card.article, url: row.article.url, author: row.article.author },
    rolesAtTheTime: roles.map((role) => ({
      title: role.title,
      organization: role.organization,
      country: role.country.name,
    })),
    paragraph: anchored ? paragraphAround(row.article.body, row.startOffset, row.endOffset) : null,
    publishedAt: row.publishedAt,
    reports: reports.map((report) => ({
      quoteId: report.id,
      text: report.text,
      article: { ...report.article, outlet: report.article.outlet?.name ?? null },
    })),
  };
}

/** Newly published quotes, newest publication first, for the Atom feed. */
async function uncachedListRecentlyPublishedQuotes(limit = 50) {
  const rows = await db.quote.findMany({
    where: PUBLISHED_QUOTE,
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: limit,
    select: { ...quoteCardSelect, publishedAt: true, updatedAt: true },
  });
  return rows.map((row) => ({
    ...toQuoteCard(row),
    publishedAt: row.publishedAt ?? row.updatedAt,
    updatedAt: row.updatedAt,
  }));
}

/** Ids and change times of every published quote, for the sitemap. */
function uncachedListPublishedQuoteIds(): Promise<{ id: number; updatedAt: Date }[]> {
  return db.quote.findMany({ where: PUBLISHED_QUOTE, orderBy: { id: "asc" }, select: { id: true, updatedAt: true } });
}

/** The published ones among `ids`, as cards (search reads its hits back through here). */
function uncachedListQuoteCardsByIds(ids: number[]): Promise<QuoteCard[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return findQuoteCards({ id: { in: ids } }, { take: ids.length });
}

// Cached across requests and refreshed when the record changes (lib/public-cache.ts).
export const listLatestQuotes = cachedPublicRead("quotes.listLatestQuotes", uncachedListLatestQuotes);
export const listQuotesByCountry = cachedPublicRead("quotes.listQuotesByCountry", uncachedListQuotesByCountry);
export const listQuotesAboutCountry = cachedPublicRead("quotes.listQuotesAboutCountry", uncachedListQuotesAboutCountry);
export const listCommentaryAboutCountry = cachedPublicRead(
  "quotes.listCommentaryAboutCountry",
  uncachedListCommentaryAboutCountry,
);
export const listQuotesBySpeaker = cachedPublicRead("quotes.listQuotesBySpeaker", uncachedListQuotesBySpeaker);
export const countCountryStatements = cachedPublicRead("quotes.countCountryStatements", uncachedCountCountryStatements);
export const countSpeakerStatements = cachedPublicRead("quotes.countSpeakerStatements", uncachedCountSpeakerStatements);
export const countPositionStatements = cachedPublicRead(
  "quotes.countPositionStatements",
  uncachedCountPositionStatements,
);
export const listQuotesWithPosition = cachedPublicRead("quotes.listQuotesWithPosition", uncachedListQuotesWithPosition);
export const getPublishedQuote = cachedPublicRead("quotes.getPublishedQuote", uncachedGetPublishedQuote);
export const listRecentlyPublishedQuotes = cachedPublicRead(
  "quotes.listRecentlyPublishedQuotes",
  uncachedListRecentlyPublishedQuotes,
);
export const listPublishedQuoteIds = cachedPublicRead("quotes.listPublishedQuoteIds", uncachedListPublishedQuoteIds);
export const listQuoteCardsByIds = cachedPublicRead("quotes.listQuoteCardsByIds", uncachedListQuoteCardsByIds);
