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

export default class SharedInvalidationCache extends FileSystemCache {
  /** @param {ConstructorParameters<typeof FileSystemCache>[0]} context */
  constructor(context) {
    super(context);
    listen();
  }

  /** @param {Parameters<FileSystemCache["get"]>} args */
  async get(...args) {
    const entry = await super.get(...args);
    return entry && entry.lastModified < STARTED_AT ? null : entry;
  }

  /**
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
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
  return FileSystemCache.prototype.revalidateTag.call(/** @type {any} */ ({}), tags, durations);
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
function listen() {
  const url = process.env.DATABASE_URL;
  if (listening || !url) return;
  listening = true;
  const connect = async () => {
    const client = new pg.Client({ connectionString: url });
    const retry = () => {
      client.removeAllListeners();
      client.end().catch(() => {});
      setTimeout(() => void connect(), RECONNECT_MS).unref();
    };
    client.on("error", retry);
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
    } catch {
      retry();
      return;
    }
    // A fresh connection now and then, the old one closed once the new one listens: a session that never ends
    // would keep a PostgreSQL asked to stop politely (SIGTERM, a smart shutdown) waiting forever.
    setTimeout(() => {
      void connect().then(() => {
        client.removeAllListeners();
        client.on("error", () => {});
        void client.end().catch(() => {});
      });
    }, RECYCLE_MS).unref();
  };
  void connect();
}
