// Correcting a published quote: the change is checked like any save (lib/quotes/write-quote.ts) and kept as the
// quote's open revision (lib/revisions/propose.ts); a second editor's approval applies it with writeQuote.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { proposeRevision } from "@/lib/revisions/propose";
import type { QuoteValues } from "./schemas";
import type { WorkspaceQuote } from "./queries";
import { checkQuote } from "./write-quote";
import { quoteContent, withOpenRevisions } from "./revision-overlay";

export async function proposeQuoteRevision(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  input: QuoteValues,
): Promise<WorkspaceQuote> {
  const live = await checkQuote(tx, user, input);
  const { id: _id, version: seenVersion, origin: _origin, ...changes } = input;
  // "Keep its statement" is stored as the statement it has, so the diff and the approval mean the same thing.
  const payload = {
    ...changes,
    statementId: changes.statementId === undefined ? live.statementId : changes.statementId,
  };
  await proposeRevision(tx, user, {
    entityType: "Quote",
    entityId: live.id,
    label: "quote",
    liveVersion: live.version,
    seenVersion,
    original: quoteContent(live, input.articleId),
    payload,
  });
  const [shown] = await withOpenRevisions([live], tx);
  return shown ?? live;
}
