// Approving every quote in review of one article at once, in one transaction: if any of them changed since the
// reviewer looked (stale version), left review, or is the reviewer's own, nothing is approved.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { approveIn } from "@/lib/review/approve";
import { bulkApproveSchema, type BulkApproveInput } from "@/lib/review/schemas";
import { parseInput } from "@/lib/validation";

export async function bulkApproveArticle(
  actor: SessionUser | null,
  input: BulkApproveInput,
): Promise<{ approved: number }> {
  assertCan(actor, "review.publish");
  const { articleId, quotes } = parseInput(bulkApproveSchema, input);
  return db.$transaction(async (tx) => {
    const ofArticle = await tx.quote.count({ where: { id: { in: quotes.map((quote) => quote.id) }, articleId } });
    if (ofArticle !== quotes.length) throw new AppError("NOT_FOUND", "Some of these quotes are not in this article.");
    for (const quote of quotes) await approveIn(tx, actor, { kind: "quote", ...quote });
    return { approved: quotes.length };
  });
}
