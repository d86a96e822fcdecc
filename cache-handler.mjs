// @ts-check
// Next.js's cache handler for this app (next.config.js `cacheHandler`): Next's own file-system cache, plus cache
// invalidation shared by every app instance on the same database. When an instance marks a tag stale (a server
// action changed the record: lib/public-cache.ts), it also sends `NOTIFY stance_cache_tags`; every instance LISTENs
// and marks the same tags stale in its own cache, so a publish on one instance shows on all of them at once instead
// of after their cache's maximum age. The listener reconnects by itself when the database restarts.
//
// It extends Next's own FileSystemCache (not a public API) because the supported interface (`get`, `set`,
// `revalidateTag`, `resetRequestCache`) would mean re-implementing its storage, tag manifest and expiry rules, a
// larger surface to keep in step with Next than this subclass; tests/unit/next-internals.test.ts pins what it relies
// on (the module's path, the constructor's context, tag expiry through the shared manifest) and fails on a change.
//
// Plain JavaScript: Next.js loads this file at run time without compiling it. It reads DATABASE_URL itself for that
// reason (lib/env.ts cannot be imported here); serve.ts always sets it for the app.
import crypto from "node:crypto";
import pg from "pg";
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";

/** @type {typeof import("next/dist/server/lib/incremental-cache/file-system-cache").default} */
const FileSystemCache = /** @type {any} */ (FileSystemCacheModule).default ?? FileSystemCacheModule;
const CHANNEL = "stance_cache_tags";
const INSTANCE = crypto.randomUUID();
const RECONNECT_MS = 1000;
const RECYCLE_MS = 30_000;
// Pages and data cached before this process started are never served: `next build` prerenders the fixed public
// pages without a database (they render nothing then: app/(public)/layout.tsx), and what an earlier run left on
// disk missed every change made while it was down.
const STARTED_AT = Date.now();

/**
 * Paths of the pages this process holds a rendered copy of, for proxy.ts during a database outage (a cached page is
 * served as it was, with a notice, rather than a 503): lib/database/availability-state.ts reads this set.
 * @type {Set<string>}
 */
const cachedPages = /** @type {{ __stanceCachedPages?: Set<string> }} */ (globalThis.__stanceCachedPages ??= new Set());

export default class SharedInvalidationCache extends FileSystemCache {
  /** @param {ConstructorParameters<typeof FileSystemCache>[0]} context */
  constructor(context) {
    super(context);
    listen();
  }

  /** @param {Parameters<FileSystemCache["get"]>} args */
  async get(...args) {
    const entry = await super.get(...args);
    const served = entry && entry.lastModified < STARTED_AT ? null : entry;
    notePage(args[0], served?.value?.kind);
    return served;
  }

  /** @param {Parameters<FileSystemCache["set"]>} args */
  async set(...args) {
    await super.set(...args);
    notePage(args[0], args[1]?.kind);
  }

  /**
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    cachedPages.clear(); // a page may carry the tag: none counts as cached until it is rendered or read again
    await super.revalidateTag(tags, durations);
    const payload = JSON.stringify({ from: INSTANCE, tags: typeof tags === "string" ? [tags] : tags, durations });
    await notify(payload).catch((error) => console.warn(`Could not tell other instances to refresh: ${error.message}`));
  }
}

/**
 * Another instance's change, applied the way Next.js applies a local one: FileSystemCache keeps its tag manifest in
 * a module-level map shared by every instance of the class, so its revalidateTag needs no instance of its own.
 * Exported for tests/unit/next-internals.test.ts, which fails when Next.js changes that.
 * @param {string[]} tags
 * @param {{ expire?: number }} [durations]
 */
export function applyInvalidationFromAnotherInstance(tags, durations) {
  cachedPages.clear();
  return FileSystemCache.prototype.revalidateTag.call(/** @type {any} */ ({}), tags, durations);
}

/**
 * A page's entry is keyed `/route-cache/APP_PAGE/<hash of the route>/$<page path>` (next/dist/server/lib/
 * route-cache-key.js; "/" is stored as "/index"); tests/unit/next-internals.test.ts pins that.
 * @param {string} key
 * @param {string | undefined} kind what the entry holds, when there is one
 */
function notePage(key, kind) {
  const marker = key.indexOf("/$/");
  if (!key.startsWith("/route-cache/APP_PAGE/") || marker === -1) return;
  const stored = key.slice(marker + 2);
  const pathname = stored === "/index" ? "/" : stored;
  if (kind === "APP_PAGE") cachedPages.add(pathname);
  else cachedPages.delete(pathname);
}

/** @type {pg.Pool | undefined} */
let notifier;
/** @param {string} payload */
async function notify(payload) {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  notifier ??= new pg.Pool({ connectionString: url, max: 1 }).on("error", () => {});
  await notifier.query("SELECT pg_notify($1, $2)", [CHANNEL, payload]);
}

let listening = false;
/**
 * One LISTEN session at a time, renewed every RECYCLE_MS: a session that never ends would keep a PostgreSQL asked to
 * stop politely (a smart shutdown, which refuses new connections and waits for the open ones) waiting forever. A
 * renewal or a connection that fails closes the listening session too and tells the app (lib/database/availability.ts
 * through globalThis), which answers 503 meanwhile, so its pools go idle and close: the shutdown can finish.
 */
function listen() {
  const url = process.env.DATABASE_URL;
  if (listening || !url) return;
  listening = true;
  /** @type {pg.Client | undefined} */
  let current;
  /** @type {NodeJS.Timeout | undefined} */
  let renewal;
  /** @param {pg.Client | undefined} client */
  const close = (client) => {
    if (!client) return;
    client.removeAllListeners();
    client.on("error", () => {});
    void client.end().catch(() => {});
  };
  const connect = async () => {
    clearTimeout(renewal);
    const client = new pg.Client({ connectionString: url });
    let failed = false;
    /** @param {unknown} error */
    const fail = (error) => {
      if (failed) return;
      failed = true;
      close(client);
      if (current) close(current);
      current = undefined;
      clearTimeout(renewal);
      /** @type {{ __stanceDatabaseError?: (error: unknown) => void }} */ (globalThis).__stanceDatabaseError?.(error);
      setTimeout(() => void connect(), RECONNECT_MS).unref();
    };
    client.on("error", fail);
    client.on("notification", (message) => {
      try {
        const { from, tags, durations } = JSON.parse(message.payload ?? "{}");
        // This instance applied its own change already; another's is applied the way Next.js applies a local one.
        if (from !== INSTANCE && Array.isArray(tags)) void applyInvalidationFromAnotherInstance(tags, durations);
      } catch {
        // a payload that is not ours: ignore it
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      fail(error);
      return;
    }
    if (failed) return;
    close(current); // the session this one renews
    current = client;
    renewal = setTimeout(() => void connect(), RECYCLE_MS).unref();
  };
  void connect();
}
