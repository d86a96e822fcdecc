// Reads for the annotation workspace: the article with every live quote (orphaned ones included, for the editor
// to fix) and their stances, plus the reference data the quote panel offers. Small DTOs, dates as "YYYY-MM-DD".
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { atPrecision, toIsoDay } from "@/lib/dates";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { getCodingCodebook, type CodingDimension } from "@/lib/codebook/queries";
import { workspaceQuoteWhere } from "@/lib/double-coding/visibility";
import { withOpenRevisions } from "./revision-overlay";
import type { WorkspaceQuote } from "./workspace-quote";

// The workspace's quote shape has a file of its own so that the revision overlay can use it without a cycle.
export type { WorkspaceQuote, WorkspaceRevision, WorkspaceStance } from "./workspace-quote";

export interface WorkspaceArticle {
  id: number;
  version: number;
  title: string;
  body: string;
  publishedOn: string;
  outlet: string | null;
  /** An open correction of a published article's text, which the public does not see until it is approved. */
  correction: { revisionId: number; status: string; version: number; body: string } | null;
}

export interface CountryOption {
  id: number;
  code: string;
  shortName: string;
}

/** A speaking organization (coding rule 6) the panel offers: a ministry, a government, KCNA. */
export interface OrganizationOption {
  id: number;
  name: string;
  countryId: number | null;
}

export interface AnnotationWorkspace {
  article: WorkspaceArticle;
  quotes: WorkspaceQuote[];
  codebook: CodingDimension[];
  countries: CountryOption[];
  organizations: OrganizationOption[];
}

export const workspaceQuoteSelect = {
  id: true,
  version: true,
  startOffset: true,
  endOffset: true,
  text: true,
  statementId: true,
  speakerKind: true,
  speakerId: true,
  speaker: { select: { name: true } },
  speakerOrganizationId: true,
  speakerOrganization: { select: { name: true } },
  speakerLabel: true,
  speakerCountryId: true,
  attribution: true,
  statedOn: true,
  statedOnPrecision: true,
  statedOnReported: true,
  status: true,
  reviewComment: true,
  orphanedAt: true,
  stances: {
    where: { deletedAt: null },
    orderBy: { id: "asc" },
    select: { dimensionId: true, positionId: true, holderCountryId: true, strength: true },
  },
} as const satisfies Prisma.QuoteSelect;

type QuoteRow = Prisma.QuoteGetPayload<{ select: typeof workspaceQuoteSelect }>;

function toWorkspaceQuote(
  { speaker, speakerOrganization, statedOn, orphanedAt, ...quote }: QuoteRow,
  statementReports: number,
): WorkspaceQuote {
  return {
    ...quote,
    statementReports,
    speakerName: speaker?.name ?? null,
    speakerOrganizationName: speakerOrganization?.name ?? null,
    statedOn: atPrecision(toIsoDay(statedOn), quote.statedOnPrecision),
    orphanedAt: orphanedAt?.toISOString() ?? null,
    revision: null,
  };
}

/**
 * The quotes as the workspace shows them, with how many live quotes report each one's statement. Counted for these
 * statements only: a relation `_count` in the select would make Prisma group the whole Quote table first (0.3 s at
 * 300,000 quotes, on every workspace load and every save).
 */
export async function toWorkspaceQuotes(client: Prisma.TransactionClient, rows: QuoteRow[]): Promise<WorkspaceQuote[]> {
  if (rows.length === 0) return [];
  const counts = await client.quote.groupBy({
    by: ["statementId"],
    where: { statementId: { in: [...new Set(rows.map((row) => row.statementId))] }, deletedAt: null },
    _count: { _all: true },
  });
  const reports = new Map(counts.map((group) => [group.statementId, group._count._all]));
  return rows.map((row) => toWorkspaceQuote(row, reports.get(row.statementId) ?? 0));
}

export async function getAnnotationWorkspace(
  user: SessionUser | null,
  articleId: number,
): Promise<AnnotationWorkspace> {
  assertCan(user, "quote.edit");
  const article = Number.isSafeInteger(articleId)
    ? await db.article.findFirst({
        where: { id: articleId, deletedAt: null },
        select: {
          id: true,
          version: true,
          title: true,
          body: true,
          publishedOn: true,
          outlet: { select: { name: true } },
          quotes: {
            where: { deletedAt: null, ...workspaceQuoteWhere(user) },
            orderBy: [{ startOffset: "asc" }, { id: "asc" }],
            select: workspaceQuoteSelect,
          },
        },
      })
    : null;
  if (!article) throw new AppError("NOT_FOUND", "No such article.");
  const [codebook, countries, organizations] = await Promise.all([
    getCodingCodebook(),
    db.country.findMany({ orderBy: { shortName: "asc" }, select: { id: true, code: true, shortName: true } }),
    db.organization.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, countryId: true } }),
  ]);
  const { quotes, outlet, publishedOn, ...rest } = article;
  const correction = await db.revision.findFirst({
    where: { entityType: "Article", entityId: article.id, status: { in: ["draft", "in_review", "returned"] } },
    select: { id: true, status: true, version: true, payload: true },
  });
  return {
    article: {
      ...rest,
      publishedOn: toIsoDay(publishedOn),
      outlet: outlet?.name ?? null,
      correction: correction && {
        revisionId: correction.id,
        status: correction.status,
        version: correction.version,
        body: (correction.payload as { body: string }).body,
      },
    },
    quotes: await withOpenRevisions(await toWorkspaceQuotes(db, quotes)),
    codebook,
    countries,
    organizations,
  };
}

/** The quote as the workspace shows it, or null when it does not exist or is deleted. */
export async function getWorkspaceQuote(user: SessionUser | null, id: number): Promise<WorkspaceQuote | null> {
  assertCan(user, "quote.edit");
  const quote = await db.quote.findFirst({
    where: { id, deletedAt: null, ...workspaceQuoteWhere(user) },
    select: workspaceQuoteSelect,
  });
  return quote ? ((await withOpenRevisions(await toWorkspaceQuotes(db, [quote])))[0] ?? null) : null;
}
