// The public pages' data cache. Published-only reads (lib/*/public.ts) are cached across requests by Next.js and
// tagged; any change to the record made through the app (every one writes an audit event) marks the tag stale when
// its server action finishes, so the next visitor sees the change, on every instance (cache-handler.mjs). Changes
// made outside the app (scripts) show within MAX_AGE_SECONDS.
//
// Outside the Next.js server (tests, scripts) reads go straight to the database: there is no cache to use.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { revalidatePath, revalidateTag, unstable_cache } from "next/cache";
import { after } from "next/server";
import { insideNextServer } from "@/lib/env";

export const PUBLIC_RECORD_TAG = "public-record";
const MAX_AGE_SECONDS = 30;

export function cachedPublicRead<A extends unknown[], R>(
  key: string,
  read: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  const cached = unstable_cache(async (...args: A) => encode(await read(...args)), ["public-read", key], {
    tags: [PUBLIC_RECORD_TAG],
    revalidate: MAX_AGE_SECONDS,
  });
  return async (...args) => (insideNextServer() ? decode<R>(await cached(...args)) : read(...args));
}

const changes = new AsyncLocalStorage<{ changed: boolean }>();

/** Called by the audit trail's writer: the record changed during the current server action. */
export function noteRecordChanged(): void {
  const store = changes.getStore();
  if (store) store.changed = true;
}

/**
 * When a server action's changes reach the public pages: `with-answer` (the default) before its answer is sent;
 * `after-answer` as soon as it has been sent. Next.js renders the calling page again into the answer of any action
 * that expires a cached page before answering (whether or not that page was cached), so an action whose page updates
 * itself — the review queue's keys mark the item done in place — would carry the whole queue rendered again for
 * nothing. Its changes reach the public pages a moment later instead: Next.js's `after`, which runs the expiry once
 * the answer is out and waits for it.
 */
export type PublicRefresh = "with-answer" | "after-answer";

/** Runs a server action's work; when it changed the record, the public pages are refreshed (see PublicRefresh). */
export async function refreshingPublicPages<T>(
  work: () => Promise<T>,
  refresh: PublicRefresh = "with-answer",
): Promise<T> {
  const store = { changed: false };
  const result = await changes.run(store, work);
  if (!store.changed) return result;
  if (refresh === "after-answer" && insideNextServer()) after(invalidatePublicPages);
  else invalidatePublicPages();
  return result;
}

/**
 * The one way the public pages and their data are invalidated: every publish, correction and takedown made in the
 * app ends here (through refreshingPublicPages). The cached data and every cached page (app/(public)/layout.tsx)
 * expire at once, also a page that read nothing through cachedPublicRead, so the next visitor gets a fresh render.
 * Every other instance of the app on the same database marks the same tags stale at once: Next.js's cache handler
 * (cache-handler.mjs) sends the invalidation over PostgreSQL LISTEN/NOTIFY.
 */
export function invalidatePublicPages(): void {
  if (!insideNextServer()) return;
  revalidateTag(PUBLIC_RECORD_TAG, { expire: 0 });
  revalidatePath("/", "layout");
}

// The cache stores JSON; the reads return Dates, Maps and (from raw SQL counts) bigints, which JSON alone loses.
export function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, plain: unknown) {
    const original = this[key];
    if (original instanceof Date) return { $date: original.toISOString() };
    if (original instanceof Map) return { $map: [...original.entries()] };
    if (typeof plain === "bigint") return { $bigint: plain.toString() };
    return plain;
  });
}

export function decode<T>(text: string): T {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
    const tagged = value as { $date?: string; $map?: [unknown, unknown][]; $bigint?: string };
    if (tagged.$date !== undefined) return new Date(tagged.$date);
    if (tagged.$map !== undefined) return new Map(tagged.$map);
    if (tagged.$bigint !== undefined) return BigInt(tagged.$bigint);
    return value;
  }) as T;
}
