// The review queue: quotes and country stance records waiting for review, oldest first, or those returned to
// the signed-in author with the reviewer's comment. One keyset-paginated list across both tables: each page
// reads the next rows of each table after the cursor and merges them.
//
// Country stance records have no submittedAt column, so they are ordered by updatedAt, which submitting sets;
// an edit while in review moves one back in the queue (see the report on issue #4 for the schema change).
import "server-only";
import { db } from "@/lib/db";
import type { AttributionKind, Prisma } from "@/lib/generated/prisma/client";
import { approvalFor, assertCan, type Approval, type SessionUser } from "@/lib/auth/permissions";
import { contributorsOf } from "@/lib/revisions/contributors";
import { quoteInContext, type QuoteInContext } from "@/lib/review/paragraph";
import type { ReviewQueueFilter } from "@/lib/review/schemas";

export const REVIEW_PAGE_SIZE = 50;

interface ItemBase {
  id: number;
  version: number;
  /** When it was submitted (waiting) or returned (returned view); the queue's order. */
  at: Date;
  author: { id: string; label: string } | null;
  reviewComment: string | null;
  /** Whether the signed-in reviewer may approve it: not if they contributed, except an admin with a reason. */
  approval: Approval;
}

export interface QuoteReviewItem extends ItemBase {
  kind: "quote";
  article: { id: number; title: string };
  context: QuoteInContext;
  speaker: string | null;
  speakerCountry: string | null;
  attribution: AttributionKind;
  statedOn: Date;
  stances: { dimension: string; position: string; holder: string }[];
}

export interface CountryStanceReviewItem extends ItemBase {
  kind: "countryStance";
  country: string;
  dimension: string;
  position: string;
  validFrom: Date;
  validTo: Date | null;
  summary: string;
  evidence: { quoteId: number; text: string }[];
}

export type ReviewItem = QuoteReviewItem | CountryStanceReviewItem;

export interface ReviewQueuePage {
  items: ReviewItem[];
  nextCursor: string | null;
}

// Rank breaks ties between the two tables at the same instant, so the merged order is total.
const RANK = { quote: 0, countryStance: 1 } as const;

interface Cursor {
  at: Date;
  rank: number;
  id: number;
}

export async function listReviewQueue(actor: SessionUser | null, filter: ReviewQueueFilter): Promise<ReviewQueuePage> {
  assertCan(actor, "review.publish");
  const cursor = decodeCursor(filter.cursor);
  const take = REVIEW_PAGE_SIZE + 1;
  const timeField = filter.view === "waiting" ? "submittedAt" : "reviewedAt";
  const [quotes, countryStances] = await Promise.all([
    db.quote.findMany({
      where: { AND: [quoteFilter(actor, filter), after(cursor, RANK.quote, timeField)] },
      orderBy: [{ [timeField]: "asc" }, { id: "asc" }],
      take,
      select: quoteSelect,
    }),
    db.countryStance.findMany({
      where: { AND: [countryStanceFilter(actor, filter), after(cursor, RANK.countryStance, "updatedAt")] },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take,
      select: countryStanceSelect,
    }),
  ]);
  const items = [
    ...quotes.map((quote) => toQuoteItem(actor, quote, quote[timeField] ?? quote.updatedAt)),
    ...countryStances.map((record) => toCountryStanceItem(actor, record)),
  ].sort((a, b) => a.at.getTime() - b.at.getTime() || RANK[a.kind] - RANK[b.kind] || a.id - b.id);
  const page = items.slice(0, REVIEW_PAGE_SIZE);
  const last = page.at(-1);
  return {
    items: page,
    nextCursor:
      items.length > REVIEW_PAGE_SIZE && last
        ? encodeCursor({ at: last.at, rank: RANK[last.kind], id: last.id })
        : null,
  };
}

function quoteFilter(actor: SessionUser, filter: ReviewQueueFilter): Prisma.QuoteWhereInput {
  return {
    deletedAt: null,
    article: { deletedAt: null },
    ...(filter.view === "waiting"
      ? { status: "in_review", ...(filter.editor ? { authorId: filter.editor } : {}) }
      : { status: "returned", authorId: actor.id }),
    ...(filter.article ? { articleId: filter.article } : {}),
    ...(filter.country
      ? {
          OR: [
            { speakerCountry: { code: filter.country } },
            { stances: { some: { deletedAt: null, holderCountry: { code: filter.country } } } },
          ],
        }
      : {}),
  };
}

function countryStanceFilter(actor: SessionUser, filter: ReviewQueueFilter): Prisma.CountryStanceWhereInput {
  return {
    deletedAt: null,
    ...(filter.view === "waiting"
      ? { status: "in_review", ...(filter.editor ? { authorId: filter.editor } : {}) }
      : { status: "returned", authorId: actor.id }),
    ...(filter.article ? { evidence: { some: { quote: { articleId: filter.article } } } } : {}),
    ...(filter.country ? { country: { code: filter.country } } : {}),
  };
}

/** Rows after the cursor in the merged order (time, rank, id), for a table of the given rank. */
function after(cursor: Cursor | null, rank: number, timeField: "submittedAt" | "reviewedAt" | "updatedAt") {
  if (!cursor) return {};
  if (rank > cursor.rank) return { [timeField]: { gte: cursor.at } };
  if (rank < cursor.rank) return { [timeField]: { gt: cursor.at } };
  return { OR: [{ [timeField]: { gt: cursor.at } }, { [timeField]: cursor.at, id: { gt: cursor.id } }] };
}

function encodeCursor(cursor: Cursor): string {
  return `${cursor.at.getTime()}.${cursor.rank}.${cursor.id}`;
}

function decodeCursor(value: string | undefined): Cursor | null {
  const match = value?.match(/^(\d+)\.([01])\.(\d+)$/);
  return match ? { at: new Date(Number(match[1])), rank: Number(match[2]), id: Number(match[3]) } : null;
}

const authorSelect = { select: { id: true, name: true, email: true } } as const;

const quoteSelect = {
  id: true,
  version: true,
  text: true,
  startOffset: true,
  endOffset: true,
  submittedAt: true,
  reviewedAt: true,
  updatedAt: true,
  reviewComment: true,
  attribution: true,
  statedOn: true,
  speakerLabel: true,
  speaker: { select: { name: true } },
  speakerCountry: { select: { shortName: true } },
  author: authorSelect,
  authorId: true,
  contributorIds: true,
  article: { select: { id: true, title: true, body: true } },
  stances: {
    where: { deletedAt: null },
    orderBy: [{ dimension: { sortOrder: "asc" } }, { id: "asc" }],
    select: {
      dimension: { select: { label: true } },
      position: { select: { label: true } },
      holderCountry: { select: { shortName: true } },
    },
  },
} satisfies Prisma.QuoteSelect;

const countryStanceSelect = {
  id: true,
  version: true,
  updatedAt: true,
  reviewComment: true,
  validFrom: true,
  validTo: true,
  summary: true,
  author: authorSelect,
  authorId: true,
  contributorIds: true,
  country: { select: { shortName: true } },
  dimension: { select: { label: true } },
  position: { select: { label: true } },
  evidence: { select: { quote: { select: { id: true, text: true } } } },
} satisfies Prisma.CountryStanceSelect;

type AuthorRow = { id: string; name: string | null; email: string };
const authorLabel = (author: AuthorRow) => ({ id: author.id, label: author.name ?? author.email });
const authorOf = (author: AuthorRow | null) => (author ? authorLabel(author) : null);

function toQuoteItem(
  actor: SessionUser,
  quote: Prisma.QuoteGetPayload<{ select: typeof quoteSelect }>,
  at: Date,
): QuoteReviewItem {
  return {
    kind: "quote",
    id: quote.id,
    version: quote.version,
    at,
    author: authorOf(quote.author),
    reviewComment: quote.reviewComment,
    approval: approvalFor(actor, contributorsOf(quote)),
    article: { id: quote.article.id, title: quote.article.title },
    context: quoteInContext(quote.article.body, quote.startOffset, quote.endOffset, quote.text),
    speaker: quote.speaker?.name ?? quote.speakerLabel,
    speakerCountry: quote.speakerCountry?.shortName ?? null,
    attribution: quote.attribution,
    statedOn: quote.statedOn,
    stances: quote.stances.map((stance) => ({
      dimension: stance.dimension.label,
      position: stance.position.label,
      holder: stance.holderCountry.shortName,
    })),
  };
}

function toCountryStanceItem(
  actor: SessionUser,
  record: Prisma.CountryStanceGetPayload<{ select: typeof countryStanceSelect }>,
): CountryStanceReviewItem {
  return {
    kind: "countryStance",
    id: record.id,
    version: record.version,
    at: record.updatedAt,
    author: authorOf(record.author),
    reviewComment: record.reviewComment,
    approval: approvalFor(actor, contributorsOf(record)),
    country: record.country.shortName,
    dimension: record.dimension.label,
    position: record.position.label,
    validFrom: record.validFrom,
    validTo: record.validTo,
    summary: record.summary,
    evidence: record.evidence.map((item) => ({ quoteId: item.quote.id, text: item.quote.text })),
  };
}

export interface ReviewFilterOptions {
  articles: { id: number; title: string }[];
  editors: { id: string; label: string }[];
  countries: { code: string; name: string }[];
}

/** Choices for the queue's filters: articles with quotes in review, editors, countries. */
export async function getReviewFilterOptions(actor: SessionUser | null): Promise<ReviewFilterOptions> {
  assertCan(actor, "review.publish");
  const [articles, editors, countries] = await Promise.all([
    db.article.findMany({
      where: { deletedAt: null, quotes: { some: { status: "in_review", deletedAt: null } } },
      orderBy: { id: "asc" },
      select: { id: true, title: true },
    }),
    db.user.findMany({
      where: { role: { in: ["editor", "admin"] } },
      orderBy: { email: "asc" },
      select: { id: true, name: true, email: true },
    }),
    db.country.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
  ]);
  return { articles, editors: editors.map(authorLabel), countries };
}
