// Creating and editing a quote with its stances: one transaction with its audit event. Edits are optimistic:
// the update only applies to the version the editor started from; when another editor saved first, nothing is
// written and CONFLICT carries their version, so the workspace can show it and let the editor choose. A published
// quote is not written: the change becomes a revision for a second editor to approve (lib/quotes/quote-revision.ts).
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/validation";
import { quoteInputSchema, type QuoteInput } from "./schemas";
import type { WorkspaceQuote } from "./queries";
import { writeQuote } from "./write-quote";
import { proposeQuoteRevision } from "./quote-revision";

export async function saveQuote(user: SessionUser | null, raw: QuoteInput): Promise<WorkspaceQuote> {
  assertCan(user, "quote.edit");
  const input = parseInput(quoteInputSchema, raw);
  return db.$transaction(async (tx) => {
    const live =
      input.id === undefined
        ? null
        : await tx.quote.findFirst({ where: { id: input.id, deletedAt: null }, select: { status: true } });
    // A published quote is corrected through a revision: the public keeps the approved version until a second
    // editor approves the correction (lib/revisions/).
    if (live?.status === "published") return proposeQuoteRevision(tx, user, input);
    return writeQuote(tx, user, input, { addContributor: user.id });
  });
}
