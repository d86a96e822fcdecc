// How much the suggestions help (#17): live quotes by origin (by hand, a suggestion accepted as is, a suggestion
// edited first) and the suggestions rejected, overall. Aggregate counts of the coding work, for editors.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { cachedPublicRead } from "@/lib/public-cache";

export interface SuggestionUse {
  manual: number;
  accepted: number;
  edited: number;
  rejected: number;
}

async function uncachedSuggestionUse(): Promise<SuggestionUse> {
  const [byOrigin, rejected] = await Promise.all([
    db.quote.groupBy({ by: ["origin"], where: { deletedAt: null }, _count: { _all: true } }),
    db.rejectedSuggestion.count(),
  ]);
  const count = (origin: string) => byOrigin.find((row) => row.origin === origin)?._count._all ?? 0;
  return { manual: count("manual"), accepted: count("suggestion"), edited: count("suggestion_edited"), rejected };
}

// Counting quotes by origin reads every live quote (about 0.1–0.2 s at 300,000, more at a million), and /admin shows
// it on each visit. The totals are the same for every editor, so they share the public pages' cache: kept until the
// next change made through the app (every accept, edit, delete and rejection writes an audit event, which expires
// it), at most 30 s for changes made outside it. The role check stays per call, before the cache.
const suggestionUse = cachedPublicRead("suggest.suggestionUse", uncachedSuggestionUse);

export async function getSuggestionUse(user: SessionUser | null): Promise<SuggestionUse> {
  assertCan(user, "quote.edit");
  return suggestionUse();
}
