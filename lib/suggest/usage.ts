// How much the suggestions help (#17): live quotes by origin (by hand, a suggestion accepted as is, a suggestion
// edited first) and the suggestions rejected, overall. Aggregate counts of the coding work, for editors.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";

export interface SuggestionUse {
  manual: number;
  accepted: number;
  edited: number;
  rejected: number;
}

export async function getSuggestionUse(user: SessionUser | null): Promise<SuggestionUse> {
  assertCan(user, "quote.edit");
  const [byOrigin, rejected] = await Promise.all([
    db.quote.groupBy({ by: ["origin"], where: { deletedAt: null }, _count: { _all: true } }),
    db.rejectedSuggestion.count(),
  ]);
  const count = (origin: string) => byOrigin.find((row) => row.origin === origin)?._count._all ?? 0;
  return { manual: count("manual"), accepted: count("suggestion"), edited: count("suggestion_edited"), rejected };
}
