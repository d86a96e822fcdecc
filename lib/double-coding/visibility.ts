// Blindness of double coding, in one place: on a double-coded article, a coder's quotes (and with them their
// stances) are readable by that coder alone until both coders have submitted; after that by every editor. Every
// editor read of quotes uses these conditions, so no page, action or API route can show one coder the other's
// work: the workspace, the article page, a quote by id, its history, the audit trail, the evidence picker.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";

/** Quotes this user may read: not a coding, or their own coding, or a coding whose double coding is complete. */
export function readableQuoteWhere(actor: Pick<SessionUser, "id">): Prisma.QuoteWhereInput {
  return { OR: [{ codingId: null }, { authorId: actor.id }, { coding: { completedAt: { not: null } } }] };
}

/**
 * Quotes the annotation workspace shows and edits: the article's own quotes and the user's own coding. Another
 * coder's coding stays out even when complete: it is compared and curated on the curation page, not edited.
 */
export function workspaceQuoteWhere(actor: Pick<SessionUser, "id">): Prisma.QuoteWhereInput {
  return { OR: [{ codingId: null }, { authorId: actor.id }] };
}

/** Ids of the quotes hidden from this user (other coders' quotes on double codings still open). */
export async function hiddenQuoteIds(actor: Pick<SessionUser, "id">): Promise<number[]> {
  const rows = await db.quote.findMany({
    where: {
      codingId: { not: null },
      coding: { completedAt: null },
      OR: [{ authorId: null }, { authorId: { not: actor.id } }],
    },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
