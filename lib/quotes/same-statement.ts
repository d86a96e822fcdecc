// "Same statement as …" (coding rule 9): when an editor marks a quote, the published statements it may be another
// report of: the same speaker (a person or an organization), stated within 14 days either side, in other articles,
// with similar words. Words are compared with MiniSearch's fuzzy matching (a misspelling or another inflection
// still matches), so "somewhat different perspectives" finds the remark another paper quoted in other words.
import "server-only";
import MiniSearch from "minisearch";
import { z } from "zod";
import { db } from "@/lib/db";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { PUBLISHED_ARTICLE } from "@/lib/articles/public";
import { parseInput } from "@/lib/validation";
import { addDays, fromIsoDay, isoDaySchema, toIsoDay } from "@/lib/dates";
import { SPEAKER_KINDS } from "./schemas";

const id = z.number().int().positive();

export const sameStatementQuerySchema = z.object({
  articleId: id,
  /** The quote being edited, which is never its own candidate. */
  quoteId: id.optional(),
  speakerKind: z.enum(SPEAKER_KINDS),
  speakerId: id.nullable(),
  speakerOrganizationId: id.nullable(),
  /** The first day of the statement's period. */
  statedOn: isoDaySchema,
  text: z.string().min(1).max(5_000),
});
export type SameStatementQuery = z.input<typeof sameStatementQuerySchema>;

export interface SameStatementCandidate {
  statementId: number;
  quoteId: number;
  text: string;
  statedOn: string;
  articleTitle: string;
  outlet: string | null;
  /** How many published reports the statement has. */
  reports: number;
}

const WINDOW_DAYS = 14;
/** Below this MiniSearch score the words have too little in common to offer the link. */
const MIN_SCORE = 1;

export async function findSameStatementCandidates(
  user: SessionUser | null,
  raw: SameStatementQuery,
): Promise<SameStatementCandidate[]> {
  assertCan(user, "quote.edit");
  const input = parseInput(sameStatementQuerySchema, raw);
  const speaker =
    input.speakerKind === "person" && input.speakerId !== null
      ? { speakerId: input.speakerId }
      : input.speakerKind === "organization" && input.speakerOrganizationId !== null
        ? { speakerOrganizationId: input.speakerOrganizationId }
        : null;
  if (!speaker) return [];
  const day = fromIsoDay(input.statedOn);
  const rows = await db.quote.findMany({
    where: {
      ...speaker,
      status: "published",
      deletedAt: null,
      article: PUBLISHED_ARTICLE,
      articleId: { not: input.articleId },
      ...(input.quoteId ? { id: { not: input.quoteId } } : {}),
      statedOn: { gte: addDays(day, -WINDOW_DAYS), lte: addDays(day, WINDOW_DAYS) },
    },
    orderBy: { id: "asc" },
    take: 200,
    select: {
      id: true,
      text: true,
      statementId: true,
      statedOn: true,
      article: { select: { title: true, outlet: { select: { name: true } } } },
    },
  });
  if (rows.length === 0) return [];
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ["text"], storeFields: [] });
  index.addAll(rows.map((row) => ({ id: row.id, text: row.text })));
  const hits = index.search(input.text, { fuzzy: 0.2, prefix: true, combineWith: "OR" });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const seen = new Set<number>();
  const candidates: SameStatementCandidate[] = [];
  for (const hit of hits) {
    const row = byId.get(hit.id as number);
    if (!row || hit.score < MIN_SCORE || seen.has(row.statementId)) continue;
    seen.add(row.statementId);
    candidates.push({
      statementId: row.statementId,
      quoteId: row.id,
      text: row.text,
      statedOn: toIsoDay(row.statedOn),
      articleTitle: row.article.title,
      outlet: row.article.outlet?.name ?? null,
      reports: 0,
    });
    if (candidates.length === 5) break;
  }
  if (candidates.length === 0) return [];
  // Counted for the chosen statements only: a relation `_count` in the select above would make Prisma group the
  // whole Quote table first.
  const reports = await db.quote.groupBy({
    by: ["statementId"],
    where: { statementId: { in: candidates.map((c) => c.statementId) }, status: "published", deletedAt: null },
    _count: { _all: true },
  });
  const reportsOf = new Map(reports.map((group) => [group.statementId, group._count._all]));
  return candidates.map((candidate) => ({ ...candidate, reports: reportsOf.get(candidate.statementId) ?? 0 }));
}
