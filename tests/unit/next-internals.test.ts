// What this app relies on inside Next.js beyond its public API, pinned so that an upgrade that changes it fails here,
// loudly, instead of silently breaking cache invalidation across instances:
// - cache-handler.mjs knows which pages it holds (served during a database outage) from the keys Next.js gives
//   them (next/dist/server/lib/route-cache-key.js).
// - cache-handler.mjs extends Next's FileSystemCache (next/dist/server/lib/incremental-cache/file-system-cache.js),
//   built with the context Next.js gives a cache handler, and applies other instances' invalidations through its
//   revalidateTag without an instance (the tag manifest is module-level, shared by every instance of the class).
// lib/server/socket-address.ts is pinned at run time instead: lib/auth/client-address.ts refuses to guess an address
// inside the Next.js server when the stamp is missing, which fails every sign-in (tests/e2e/auth.test.ts and
// two-instances.test.ts among others).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const HANDLER = path.join(import.meta.dirname, "../../cache-handler.mjs");
type Handler = {
  get(key: string, ctx: Record<string, unknown>): Promise<{ value: unknown } | null>;
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
};
let SharedInvalidationCache: new (ctx: Record<string, unknown>) => Handler;
let applyInvalidationFromAnotherInstance: (tags: string[], durations?: { expire?: number }) => Promise<void>;

beforeAll(async () => {
  delete process.env.DATABASE_URL; // no listener: only the cache itself is under test
  // A plain-JavaScript file that Next.js loads at run time: no declarations, so typed here by what the test uses.
  const handler = (await import(/* @vite-ignore */ HANDLER)) as {
    default: typeof SharedInvalidationCache;
    applyInvalidationFromAnotherInstance: typeof applyInvalidationFromAnotherInstance;
  };
  SharedInvalidationCache = handler.default;
  applyInvalidationFromAnotherInstance = handler.applyInvalidationFromAnotherInstance;
});

/** What Next.js's IncrementalCache passes a custom cache handler's constructor (next/dist/server/lib/incremental-cache). */
function nextContext() {
  const distDir = fs.mkdtempSync(path.join(os.tmpdir(), "next-internals-"));
  return {
    fs: nodeFs,
    dev: false,
    flushToDisk: false,
    serverDistDir: distDir,
    revalidatedTags: [],
    maxMemoryCacheSize: 50 * 1024 * 1024,
  };
}
const nodeFs = {
  existsSync: fs.existsSync,
  readFile: (file: string, encoding?: BufferEncoding) => fs.promises.readFile(file, encoding),
  readFileSync: fs.readFileSync,
  writeFile: (file: string, data: string | Buffer) => fs.promises.writeFile(file, data),
  mkdir: (dir: string) => fs.promises.mkdir(dir, { recursive: true }),
  stat: (file: string) => fs.promises.stat(file),
};

/** The next millisecond: Next compares an invalidation's time with an entry's, strictly. */
async function aMomentLater() {
  const start = Date.now();
  while (Date.now() <= start) await new Promise((resolve) => setImmediate(resolve));
}

describe("Next.js internals that cache-handler.mjs relies on", () => {
  it("Next's FileSystemCache is where cache-handler.mjs imports it from, with the methods of a cache handler", () => {
    const exported = require("next/dist/server/lib/incremental-cache/file-system-cache.js");
    const FileSystemCache = exported.default ?? exported;
    for (const method of ["get", "set", "revalidateTag", "resetRequestCache"])
      expect(typeof FileSystemCache.prototype[method], method).toBe("function");
    expect(Object.getPrototypeOf(SharedInvalidationCache)).toBe(FileSystemCache);
  });

  it("a cached read (unstable_cache) is gone once another instance's invalidation of its tag arrives", async () => {
    const cache = new SharedInvalidationCache(nextContext());
    const tags = ["pin-read"];
    const entry = {
      kind: "FETCH",
      data: { headers: {}, body: '"cached"', status: 200, url: "" },
      revalidate: 30,
      tags,
    };
    await cache.set("read-key", entry, { fetchCache: true, tags });
    const ctx = { kind: "FETCH", tags, softTags: [] };
    expect(await cache.get("read-key", ctx)).toMatchObject({ value: { data: { body: '"cached"' } } });

    await aMomentLater();
    await applyInvalidationFromAnotherInstance(tags, { expire: 0 });
    expect(await cache.get("read-key", ctx)).toBeNull();
  });

  it("a cached page tagged by Next.js (x-next-cache-tags) is gone once another instance invalidates its tag", async () => {
    const cache = new SharedInvalidationCache(nextContext());
    const page = {
      kind: "APP_PAGE",
      html: "<p>cached</p>",
      rscData: Buffer.from(""),
      headers: { "x-next-cache-tags": "pin-page,_N_T_/layout" },
      status: 200,
    };
    await cache.set("/pin-page", page, { cacheControl: { revalidate: 30, expire: 3600 }, tags: [] });
    const ctx = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
    expect(await cache.get("/pin-page", ctx)).toMatchObject({ value: { html: "<p>cached</p>" } });

    await aMomentLater();
    await applyInvalidationFromAnotherInstance(["pin-page"], { expire: 0 });
    expect(await cache.get("/pin-page", ctx)).toBeNull();
  });

  it("the pages it holds are known by path from Next's keys, and none once a tag is invalidated", async () => {
    const { getRouteCacheKey } = require("next/dist/server/lib/route-cache-key.js");
    const cache = new SharedInvalidationCache(nextContext());
    const page = { kind: "APP_PAGE", html: "<p>page</p>", rscData: Buffer.from(""), headers: {}, status: 200 };
    const owner = (sourceRoute: string) => ({ kind: "APP_PAGE", sourceRoute });
    const held = () => (globalThis as { __stanceCachedPages?: Set<string> }).__stanceCachedPages;
    await cache.set(getRouteCacheKey("/countries/KR", owner("/(public)/countries/[code]/page")), page, {});
    await cache.set(getRouteCacheKey("/", owner("/(public)/page")), page, {});
    expect([...(held() ?? [])].sort()).toEqual(["/", "/countries/KR"]);

    await applyInvalidationFromAnotherInstance(["anything"], { expire: 0 });
    expect(held()?.size).toBe(0);
  });
});
