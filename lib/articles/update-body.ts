// Correcting an article's body. Every live quote is placed again in the new text (lib/anchoring/reanchor.ts) in
// the same transaction: kept where it was, moved to where its exact text now is, matched approximately (its
// text becomes what the body now says), or orphaned for an editor to re-select. Nothing is moved, shortened or
// dropped without an audit event saying so, and the caller gets a report of what happened to each quote.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { describeSpan } from "@/lib/anchoring/text-span";
import { reanchor, type AnchorMethod } from "@/lib/anchoring/reanchor";
import { withContributor } from "@/lib/review/contributors";
import { parseInput } from "@/lib/validation";
import { bodyHash } from "./body";
import { ArticleBodySchema } from "./schemas";

export const articleBodyCorrectionSchema = z.object({
  id: z.coerce.number().int().positive(),
  /** The version the editor started from (optimistic locking). */
  version: z.coerce.number().int().positive(),
  body: ArticleBodySchema,
});

export interface ReanchorReport {
  kept: number[];
  moved: number[];
  fuzzy: number[];
  orphaned: number[];
}

const METHOD_BUCKET: Record<AnchorMethod, keyof ReanchorReport> = { position: "kept", exact: "moved", fuzzy: "fuzzy" };

export async function updateArticleBody(
  user: SessionUser | null,
  raw: z.input<typeof articleBodyCorrectionSchema>,
): Promise<{ version: number; report: ReanchorReport }> {
  assertCan(user, "article.edit");
  assertCan(user, "quote.edit");
  const input = parseInput(articleBodyCorrectionSchema, raw);
  return db.$transaction(
    async (tx) => {
      const article = await tx.article.findFirst({
        where: { id: input.id, deletedAt: null },
        select: { id: true, version: true, body: true, contributorIds: true },
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
      const updated = await tx.article.updateMany({
        where: { id: article.id, version: input.version },
        data: {
          body: input.body,
          bodyHash: bodyHash(input.body),
          contributorIds: withContributor(article.contributorIds, user.id),
          version: { increment: 1 },
        },
      });
      if (updated.count === 0) {
        throw new AppError(
          "CONFLICT",
          "Someone changed this article while you were correcting it; reload it and correct it again.",
          {
            data: { current: { version: article.version } },
          },
        );
      }

      const report: ReanchorReport = { kept: [], moved: [], fuzzy: [], orphaned: [] };
      const quotes = await tx.quote.findMany({
        where: { articleId: article.id, deletedAt: null },
        orderBy: { id: "asc" },
        select: {
          id: true,
          version: true,
          startOffset: true,
          endOffset: true,
          text: true,
          prefix: true,
          suffix: true,
          orphanedAt: true,
          contributorIds: true,
        },
      });
      for (const quote of quotes) {
        // Whoever corrects the body changes the quotes it moves: they become contributors of those quotes too.
        const contributorIds = withContributor(quote.contributorIds, user.id);
        const placed = reanchor(
          {
            start: quote.startOffset,
            end: quote.endOffset,
            text: quote.text,
            prefix: quote.prefix,
            suffix: quote.suffix,
          },
          input.body,
        );
        const before = {
          startOffset: quote.startOffset,
          endOffset: quote.endOffset,
          text: quote.text,
          orphanedAt: quote.orphanedAt,
          version: quote.version,
        };
        if (!placed) {
          report.orphaned.push(quote.id);
          if (quote.orphanedAt) continue;
          const after = await tx.quote.update({
            where: { id: quote.id },
            data: { orphanedAt: new Date(), contributorIds, version: { increment: 1 } },
            select: { startOffset: true, endOffset: true, text: true, orphanedAt: true, version: true },
          });
          await recordAudit(tx, {
            actor: user,
            action: "update",
            entityType: "Quote",
            entityId: quote.id,
            before,
            after: { ...after, reanchor: "orphaned", articleVersion: article.version + 1 },
          });
          continue;
        }
        report[METHOD_BUCKET[placed.how]].push(quote.id);
        const anchor = describeSpan(input.body, placed.start, placed.end);
        const changed =
          placed.start !== quote.startOffset ||
          placed.end !== quote.endOffset ||
          anchor.text !== quote.text ||
          quote.orphanedAt !== null;
        const after = await tx.quote.update({
          where: { id: quote.id },
          data: {
            startOffset: anchor.start,
            endOffset: anchor.end,
            text: anchor.text,
            prefix: anchor.prefix,
            suffix: anchor.suffix,
            orphanedAt: null,
            ...(changed ? { contributorIds, version: { increment: 1 } } : {}),
          },
          select: { startOffset: true, endOffset: true, text: true, orphanedAt: true, version: true },
        });
        if (changed) {
          await recordAudit(tx, {
            actor: user,
            action: "update",
            entityType: "Quote",
            entityId: quote.id,
            before,
            after: { ...after, reanchor: placed.how, articleVersion: article.version + 1 },
          });
        }
      }
      await recordAudit(tx, {
        actor: user,
        action: "update",
        entityType: "Article",
        entityId: article.id,
        before: { version: article.version, body: article.body },
        after: { version: article.version + 1, body: input.body, reanchor: report },
      });
      return { version: article.version + 1, report };
    },
    // Hundreds of quotes are hundreds of small updates; the default 5 s would cut a long article short.
    { timeout: 60_000 },
  );
}
