// Which coding a quote belongs to when an editor writes it, and whether they may: the gate the annotation
// workspace's writes pass through on a double-coded article. Runs inside the caller's transaction.
//   - Article not double-coded: an ordinary quote.
//   - Open double coding: a coder writes into their own coding until they submit it. Another editor takes a free
//     coder slot (A, then B) by coding; with both slots taken, the article is closed to them until both submit.
//   - Complete double coding: its coders are done; other editors code (curate) the article's final quotes.
import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";

type Tx = Prisma.TransactionClient;

const codingSelect = {
  id: true,
  coderAId: true,
  coderBId: true,
  submittedAAt: true,
  submittedBAt: true,
  completedAt: true,
} as const;

/** The coding id a new quote by this editor on this article gets (null: an ordinary quote), or a refusal. */
export async function codingForNewQuote(tx: Tx, actor: SessionUser, articleId: number): Promise<number | null> {
  const coding = await tx.doubleCoding.findUnique({ where: { articleId }, select: codingSelect });
  if (!coding) return null;
  const side = sideOf(coding, actor.id);
  if (coding.completedAt) {
    if (side) throw ownCodingError();
    return null;
  }
  if (side) {
    if (side === "A" ? coding.submittedAAt : coding.submittedBAt) throw submittedError();
    return coding.id;
  }
  // Take a free slot; the update's condition makes two editors racing for one slot take it once.
  for (const slot of ["coderAId", "coderBId"] as const) {
    if (coding[slot] !== null) continue;
    const taken = await tx.doubleCoding.updateMany({
      where: { id: coding.id, [slot]: null, completedAt: null },
      data: { [slot]: actor.id, version: { increment: 1 } },
    });
    if (taken.count === 1) return coding.id;
  }
  throw new AppError(
    "FORBIDDEN",
    "Two other editors are coding this article independently for double coding; it opens to you when both have submitted.",
  );
}

/** Refuses a change to a quote of a double coding unless it is the editor's own, not yet submitted, coding. */
export async function assertCodingQuoteWritable(
  tx: Tx,
  actor: SessionUser,
  quote: { codingId: number | null; authorId: string | null },
): Promise<void> {
  if (quote.codingId === null) return;
  const coding = await tx.doubleCoding.findUniqueOrThrow({ where: { id: quote.codingId }, select: codingSelect });
  const side = sideOf(coding, actor.id);
  if (quote.authorId !== actor.id || !side) {
    // Before completion the quote is invisible to them: say so as for a quote that does not exist.
    if (!coding.completedAt) throw new AppError("NOT_FOUND", "No such quote.");
    throw new AppError(
      "FORBIDDEN",
      "This quote is one coder's independent coding; it is kept as coded. Curate the article to make its final quotes.",
    );
  }
  if (side === "A" ? coding.submittedAAt : coding.submittedBAt) throw submittedError();
}

export function sideOf(coding: { coderAId: string | null; coderBId: string | null }, userId: string): "A" | "B" | null {
  if (coding.coderAId === userId) return "A";
  if (coding.coderBId === userId) return "B";
  return null;
}

function submittedError(): AppError {
  return new AppError("CONFLICT", "You have submitted your coding of this article; it no longer changes.");
}

function ownCodingError(): AppError {
  return new AppError(
    "FORBIDDEN",
    "You coded this article for double coding; its final quotes are made by a curator who coded neither side.",
  );
}
