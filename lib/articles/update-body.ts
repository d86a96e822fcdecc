// Correcting an article's body. Every live quote is placed again in the new text (lib/anchoring/reanchor.ts):
// kept where it was, moved to where its exact text now is, matched approximately (its text becomes what the body
// now says), or orphaned for an editor to re-select. Nothing is moved, shortened or dropped without an audit event
// saying so, and the caller gets a report of what happened to each quote.
//
// A published article is not changed at once: the correction becomes a revision (lib/revisions/propose.ts) with
// the re-anchoring plan; a second editor approves it after deciding each fuzzy or orphaned quote, and only then
// does applyBodyCorrection write it, refusing if the quotes moved on since the plan was made.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { describeSpan } from "@/lib/anchoring/text-span";
import { withContributor } from "@/lib/revisions/contributors";
import { proposeRevision } from "@/lib/revisions/propose";
import type { AnchorDecision } from "@/lib/revisions/schemas";
import { parseInput } from "@/lib/validation";
import { bodyHash } from "./body";
import { planReanchoring, type BodyAnchoring, type PlannedQuote } from "./reanchor-plan";
import { articleBodySchema } from "./schemas";

export type { BodyAnchoring };

type Tx = Prisma.TransactionClient;

export const articleBodyCorrectionSchema = z.object({
  id: z.coerce.number().int().positive(),
  /** The version the editor started from (optimistic locking). */
  version: z.coerce.number().int().positive(),
  body: articleBodySchema,
});

export interface ReanchorReport {
  kept: number[];
  moved: number[];
  fuzzy: number[];
  orphaned: number[];
}

export interface BodyCorrectionResult {
  version: number;
  report: ReanchorReport;
  /** Set when the article is published: the correction waits for a second editor as this revision. */
  revision: { id: number; status: string; version: number } | null;
}

export async function updateArticleBody(
  user: SessionUser | null,
  raw: z.input<typeof articleBodyCorrectionSchema>,
): Promise<BodyCorrectionResult> {
  assertCan(user, "article.edit");
  assertCan(user, "quote.edit");
  const input = parseInput(articleBodyCorrectionSchema, raw);
  return db.$transaction(
    async (tx) => {
      const article = await tx.article.findFirst({
        where: { id: input.id, deletedAt: null },
        select: { id: true, version: true, body: true, status: true },
      });
      if (!article) throw new AppError("NOT_FOUND", "No such article.");
      // The report names every quote; while two editors code the article blind, neither may see the other's.
      if (
        await tx.doubleCoding.findFirst({ where: { articleId: article.id, completedAt: null }, select: { id: true } })
      )
        throw new AppError(
          "CONFLICT",
          "This article is being double-coded; correct its text when both coders have submitted.",
        );
      if (article.status !== "published") {
        return { ...(await applyBodyCorrection(tx, user, { ...input, articleId: input.id })), revision: null };
      }
      const anchoring = await planFor(tx, article.id, input.body);
      const revision = await proposeRevision(tx, user, {
        entityType: "Article",
        entityId: article.id,
        label: "article",
        liveVersion: article.version,
        seenVersion: input.version,
        original: { body: article.body },
        payload: { body: input.body },
        anchoring,
      });
      return {
        version: article.version,
        report: reportOf(anchoring.quotes),
        revision: { id: revision.id, status: revision.status, version: revision.version },
      };
    },
    // Hundreds of quotes are hundreds of small updates; the default 5 s would cut a long article short.
    { timeout: 60_000 },
  );
}

export interface BodyCorrection {
  articleId: number;
  version: number;
  body: string;
  /** A revision's plan: the quotes must still be where it found them, else the correction is stale. */
  anchoring?: BodyAnchoring;
  /** A revision's reviewer decisions, required for each fuzzy or orphaned quote of the plan. */
  decisions?: Record<string, AnchorDecision>;
  /** A revision's contributors; else the actor is added to the article's. */
  contributorIds?: string[];
}

/** Writes the body and re-anchors every quote, inside the caller's transaction; returns the new version and report. */
export async function applyBodyCorrection(
  tx: Tx,
  user: SessionUser,
  correction: BodyCorrection,
): Promise<{ version: number; report: ReanchorReport }> {
  const article = await tx.article.findFirst({
    where: { id: correction.articleId, deletedAt: null },
    select: { id: true, version: true, body: true, contributorIds: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "No such article.");
  const plan = await planFor(tx, article.id, correction.body);
  if (correction.anchoring) assertPlanStillHolds(correction.anchoring, plan, correction.decisions ?? {});
  const updated = await tx.article.updateMany({
    where: { id: article.id, version: correction.version },
    data: {
      body: correction.body,
      bodyHash: bodyHash(correction.body),
      contributorIds: correction.contributorIds ?? withContributor(article.contributorIds, user.id),
      version: { increment: 1 },
    },
  });
  if (updated.count === 0) {
    throw new AppError(
      "CONFLICT",
      "Someone changed this article while you were correcting it; reload it and correct it again.",
      { data: { current: { version: article.version } } },
    );
  }
  const articleVersion = article.version + 1;
  for (const planned of plan.quotes) {
    const decision = correction.decisions?.[String(planned.id)];
    await applyToQuote(tx, user, planned, correction.body, decision, articleVersion);
  }
  const report = reportOf(plan.quotes);
  await recordAudit(tx, {
    actor: user,
    action: "update",
    entityType: "Article",
    entityId: article.id,
    before: { version: article.version, body: article.body },
    after: { version: articleVersion, body: correction.body, reanchor: report, decisions: correction.decisions },
  });
  return { version: articleVersion, report };
}

async function planFor(tx: Tx, articleId: number, body: string): Promise<BodyAnchoring> {
  const quotes = await tx.quote.findMany({
    where: { articleId, deletedAt: null },
    orderBy: { id: "asc" },
    select: {
      id: true,
      version: true,
      status: true,
      startOffset: true,
      endOffset: true,
      text: true,
      prefix: true,
      suffix: true,
      orphanedAt: true,
    },
  });
  return planReanchoring(quotes, body);
}

/** The plan the reviewer decided on must be the plan now: same quotes, same versions, same outcomes. */
function assertPlanStillHolds(stored: BodyAnchoring, now: BodyAnchoring, decisions: Record<string, AnchorDecision>) {
  const key = (quote: PlannedQuote) =>
    `${quote.id}@${quote.version}:${quote.how}:${quote.after?.start}-${quote.after?.end}`;
  if (stored.quotes.map(key).join() !== now.quotes.map(key).join()) {
    throw new AppError(
      "CONFLICT",
      "The article's quotes changed since this correction was proposed: an editor must save the correction again so that re-anchoring is planned anew.",
    );
  }
  const undecided = now.quotes.filter((quote) => needsDecision(quote) && !decisions[String(quote.id)]);
  if (undecided.length > 0) {
    throw new AppError("INVALID_INPUT", "Decide what happens to each quote the correction moves uncertainly.", {
      fields: Object.fromEntries(
        undecided.map((quote) => [
          `decision-${quote.id}`,
          [
            quote.how === "orphaned"
              ? `"${quote.before.text}" is no longer in the text: orphan it or delete it.`
              : `"${quote.before.text}" matches only approximately (${Math.round((quote.score ?? 0) * 100)} %): accept the match or orphan it.`,
          ],
        ]),
      ),
    });
  }
}

/** A reviewer must decide fuzzy matches and orphans before a body correction is approved. */
export const needsDecision = (quote: PlannedQuote) => quote.how === "fuzzy" || quote.how === "orphaned";

async function applyToQuote(
  tx: Tx,
  user: SessionUser,
  planned: PlannedQuote,
  body: string,
  decision: AnchorDecision | undefined,
  articleVersion: number,
) {
  const current = await tx.quote.findUniqueOrThrow({
    where: { id: planned.id },
    select: { startOffset: true, endOffset: true, text: true, orphanedAt: true, version: true, contributorIds: true },
  });
  const { contributorIds: previous, ...before } = current;
  // Whoever corrects the body changes the quotes it moves: they become contributors of those quotes too.
  const contributorIds = withContributor(previous, user.id);
  const select = { startOffset: true, endOffset: true, text: true, orphanedAt: true, version: true } as const;
  const audit = (after: object, how: string) =>
    recordAudit(tx, {
      actor: user,
      action: how === "deleted" ? "delete" : "update",
      entityType: "Quote",
      entityId: planned.id,
      before,
      after: { ...after, reanchor: how, articleVersion },
    });
  if (decision === "delete") {
    const after = await tx.quote.update({
      where: { id: planned.id },
      data: { deletedAt: new Date(), version: { increment: 1 } },
      select: { ...select, deletedAt: true },
    });
    await audit(after, "deleted");
    return;
  }
  if (!planned.after || decision === "orphan") {
    if (current.orphanedAt) return;
    const after = await tx.quote.update({
      where: { id: planned.id },
      data: { orphanedAt: new Date(), contributorIds, version: { increment: 1 } },
      select,
    });
    await audit(after, "orphaned");
    return;
  }
  const anchor = describeSpan(body, planned.after.start, planned.after.end);
  const changed =
    anchor.start !== current.startOffset ||
    anchor.end !== current.endOffset ||
    anchor.text !== current.text ||
    current.orphanedAt !== null;
  const after = await tx.quote.update({
    where: { id: planned.id },
    data: {
      startOffset: anchor.start,
      endOffset: anchor.end,
      text: anchor.text,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
      orphanedAt: null,
      ...(changed ? { contributorIds, version: { increment: 1 } } : {}),
    },
    select,
  });
  if (changed) await audit(after, planned.how === "kept" ? "position" : planned.how === "moved" ? "exact" : "fuzzy");
}

function reportOf(quotes: PlannedQuote[]): ReanchorReport {
  const report: ReanchorReport = { kept: [], moved: [], fuzzy: [], orphaned: [] };
  for (const quote of quotes) report[quote.how].push(quote.id);
  return report;
}
