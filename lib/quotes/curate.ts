// Curation: a third editor, who coded neither side, makes a double-coded article's final quotes from the two
// codings, unit by unit: take coder A's quote, take coder B's, or edit (take one, then change it in the
// workspace, or mark the passage afresh there). A taken quote is copied into an ordinary draft quote of the
// curator's, through saveQuote with all its checks, so it goes through review and publication like any other.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/validation";
import { saveQuote } from "@/lib/quotes/save-quote";
import { quoteContent } from "@/lib/quotes/revision-overlay";
import { toWorkspaceQuotes, workspaceQuoteSelect, type WorkspaceQuote } from "@/lib/quotes/queries";
import { spanOverlap } from "@/lib/agreement/spans";
import { sideOf } from "@/lib/double-coding/coding-slot";
import { curationTakeSchema, type CurationTakeInput } from "@/lib/double-coding/schemas";

export async function takeCodedQuote(actor: SessionUser | null, raw: CurationTakeInput): Promise<WorkspaceQuote> {
  assertCan(actor, "doubleCoding.curate");
  const input = parseInput(curationTakeSchema, raw);
  const coding = await db.doubleCoding.findUnique({ where: { id: input.codingId } });
  if (!coding) throw new AppError("NOT_FOUND", "No such double coding.");
  assertMayCurate(actor, coding);
  const source = await db.quote.findFirst({
    where: { id: input.quoteId, codingId: coding.id, deletedAt: null },
    select: { ...workspaceQuoteSelect, articleId: true },
  });
  if (!source) throw new AppError("NOT_FOUND", "This quote is not part of this double coding.");
  const curated = await db.quote.findMany({
    where: { articleId: source.articleId, codingId: null, deletedAt: null },
    select: { id: true, startOffset: true, endOffset: true },
  });
  const covering = curated.find(
    (quote) =>
      spanOverlap(
        { start: quote.startOffset, end: quote.endOffset },
        { start: source.startOffset, end: source.endOffset },
      ) > 0,
  );
  if (covering)
    throw new AppError(
      "CONFLICT",
      `A final quote already covers this passage (quote ${covering.id}); edit that one in the workspace.`,
    );
  const [quote] = await toWorkspaceQuotes(db, [source]);
  // The copy starts a statement of its own (null: a new quote gets its own), never joins the coder's.
  return saveQuote(actor, { ...quoteContent(quote, source.articleId), statementId: null });
}

/** Curating needs both codings in, and a curator who coded neither side. */
export function assertMayCurate(
  actor: SessionUser,
  coding: { coderAId: string | null; coderBId: string | null; completedAt: Date | null },
): void {
  if (sideOf(coding, actor.id))
    throw new AppError(
      "FORBIDDEN",
      "You coded one side of this article, so you cannot curate it: a curator must have coded neither side.",
    );
  if (!coding.completedAt)
    throw new AppError("CONFLICT", "Both coders must submit their codings before the article can be curated.");
}
