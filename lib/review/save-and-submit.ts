// The workspace's "Save and submit" (Ctrl+Shift+Enter) in one transaction: the quote is written as any save
// (lib/quotes/write-quote.ts) and, when it may be sent for review, taken to "in review" in the same transaction,
// so an editor's most frequent action costs one round of BEGIN…COMMIT. When it may not be sent (a quote of a
// double coding, or one already in review), the save stands and the answer says why it was not submitted, so
// nothing typed is lost. A published quote's correction keeps its own path: saved as its open revision, then
// that revision is sent for review.
import "server-only";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/validation";
import { quoteInputSchema, type QuoteInput } from "@/lib/quotes/schemas";
import type { WorkspaceQuote } from "@/lib/quotes/queries";
import { getWorkspaceQuote } from "@/lib/quotes/queries";
import { saveQuote } from "@/lib/quotes/save-quote";
import { writeQuoteForReview } from "@/lib/quotes/write-quote";
import { takeReviewStep } from "./reviewable";
import { IN_DOUBLE_CODING, submitQuote, submitStep } from "./submit";

export interface SavedAndSubmitted {
  quote: WorkspaceQuote;
  submitted: { ok: true } | { ok: false; message: string };
}

const SUBMITTABLE = new Set(["draft", "returned"]);

export async function saveAndSubmitQuote(user: SessionUser | null, raw: QuoteInput): Promise<SavedAndSubmitted> {
  assertCan(user, "quote.edit");
  const input = parseInput(quoteInputSchema, raw);
  const done = await db.$transaction(async (tx): Promise<SavedAndSubmitted | null> => {
    const live =
      input.id === undefined
        ? null
        : await tx.quote.findFirst({ where: { id: input.id, deletedAt: null }, select: { status: true } });
    if (live?.status === "published") return null; // a correction: below
    const { quote, codingId, review } = await writeQuoteForReview(tx, user, input, { addContributor: user.id });
    if (codingId !== null) return { quote, submitted: { ok: false, message: IN_DOUBLE_CODING } };
    if (!SUBMITTABLE.has(quote.status))
      return { quote, submitted: { ok: false, message: "This quote is in review already: it was saved." } };
    const step = await takeReviewStep(
      tx,
      user,
      { kind: "quote", id: quote.id, version: quote.version },
      submitStep(user),
      review,
    );
    return { quote: { ...quote, status: step.status, version: step.version }, submitted: { ok: true } };
  });
  if (done) return done;

  // A published quote: its correction is saved as its open revision, then that revision goes to review.
  const quote = await saveQuote(user, input);
  try {
    await submitQuote(user, { id: quote.id, version: quote.version });
    return { quote: (await getWorkspaceQuote(user, quote.id)) ?? quote, submitted: { ok: true } };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { quote, submitted: { ok: false, message: error.message } };
  }
}
