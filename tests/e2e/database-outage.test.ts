// The app on an external database that goes away and comes back (a managed database restarting, a failover):
// a public page the app holds in its page cache is served as it was, with a notice; other pages answer 503 with
// Retry-After and a page that says so, the API answers 503 JSON in its error shape, a save says nothing was saved,
// and once the database is back the app serves again without a restart (and the notice is gone).
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startEmbeddedServer, type EmbeddedServer } from "@/lib/database/embedded-server";
import { AppClient } from "@/scripts/lib/app-client";
import { startServe, type ServeProcess } from "../support/serve-process";
import { adminQuery } from "../support/postgres-server";
import { createUser } from "../support/users";
import { createPrismaClient } from "@/lib/database/client";
import { seedCountry } from "@/prisma/seed/countries";
import { launchBrowser } from "../support/browser";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "stance-outage-"));
const dataDir = path.join(root, "external");
let pgPort: number;
let database: EmbeddedServer | undefined;
let serve: ServeProcess;
let admin: { email: string; password: string };
let countryId: number;

beforeAll(async () => {
  pgPort = await freePort();
  database = await startEmbeddedServer({ dataDir, port: pgPort });
  await adminQuery(database.urlFor("postgres"), "CREATE DATABASE outage");
  const port = await freePort();
  serve = await startServe(
    {
      DATABASE_URL: database.urlFor("outage"),
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      SITE_URL: `http://127.0.0.1:${port}`,
    },
    port,
  );
  // On a database of its own, npm start does not show the first admin's password: the operator sets one.
  expect(serve.output()).not.toMatch(/Sign in as the demo admin/);
  const db = createPrismaClient(database.urlFor("outage"));
  try {
    admin = await createUser(db, { role: "admin" });
    // The country of the role each created person gets ("Create person" asks for one).
    countryId = (await seedCountry(db, { code: "KR", name: "Republic of Korea", shortName: "South Korea" })).id;
  } finally {
    await db.$disconnect();
  }
}, 180_000);

afterAll(async () => {
  if (serve.child.exitCode === null) {
    serve.child.kill("SIGTERM");
    await serve.exited;
  }
  await database?.stop();
  fs.rmSync(root, { recursive: true, force: true });
}, 60_000);

describe("a database that goes away and comes back", () => {
  it("answers 503 with Retry-After while it is down, and serves again once it is back", async () => {
    const editor = new AppClient(serve.baseUrl);
    await editor.signIn(admin.email, admin.password);
    // Rendered once and kept in the page cache; /people is never asked for before the outage.
    await waitFor(
      () => fetch(`${serve.baseUrl}/countries/KR`),
      (r) => r.status === 200 && r.headers.get("x-nextjs-cache") === "HIT",
    );

    await database?.stop();
    database = undefined;

    // The first request to meet the dead database may fail in its own way (a save says so, below); from then on
    // every request gets the outage answer.
    const save = await editor.action<{ ok: boolean; code: string; message: string }>("createPersonAction", [
      { name: "Saved during the outage", title: "Test", countryId, startsOn: "", endsOn: "" },
    ]);
    expect(save.result).toMatchObject({ ok: false, code: "UNAVAILABLE", message: expect.stringContaining("nothing") });

    const page = await waitFor(
      () => fetch(`${serve.baseUrl}/people`),
      (r) => r.status === 503,
    );
    expect(page.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain("The database is not answering");

    const api = await fetch(`${serve.baseUrl}/api/v1/quotes`);
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await api.json()).toMatchObject({ error: { code: "UNAVAILABLE" } });
    expect((await fetch(`${serve.baseUrl}/api/health`)).status).toBe(503);

    // The cached page, as it was, marked for the reader and for any CDN in front.
    const cached = await fetch(`${serve.baseUrl}/countries/KR`);
    expect(cached.status).toBe(200);
    expect(cached.headers.get("cache-control")).toBe("no-store");
    expect(cached.headers.get("set-cookie")).toContain("stance-stale-page=1");
    expect(await cached.text()).toContain("Republic of Korea");
    const browser = await launchBrowser();
    try {
      const reader = await browser.newPage();
      await reader.goto(`${serve.baseUrl}/countries/KR`);
      await expect.poll(() => reader.getByRole("status").filter({ hasText: "may be out of date" }).count()).toBe(1);
      await expect.poll(() => reader.getByRole("heading", { level: 1 }).textContent()).toContain("Republic of Korea");

      database = await startEmbeddedServer({ dataDir, port: pgPort });
      await waitFor(
        () => fetch(`${serve.baseUrl}/people`),
        (r) => r.status === 200,
      );
      await reader.reload();
      await expect.poll(() => reader.getByRole("status").filter({ hasText: "may be out of date" }).count()).toBe(0);
    } finally {
      await browser.close();
    }
    expect((await fetch(`${serve.baseUrl}/api/v1/quotes`)).status).toBe(200);
    const again = await editor.action<{ ok: boolean }>("createPersonAction", [
      { name: "Saved after the outage", title: "Test", countryId, startsOn: "", endsOn: "" },
    ]);
    expect(again.result).toMatchObject({ ok: true });
    expect(serve.child.exitCode).toBeNull();
  }, 120_000);

  // A smart shutdown (SIGTERM to PostgreSQL, `pg_ctl stop -m smart`) refuses new connections and waits for the open
  // ones, telling them nothing; an app in use keeps its pooled sessions busy forever. The app notices when its cache
  // listener's renewal is refused (at most 30 s), answers 503, its pools go idle and close, and the shutdown ends.
  it("lets a smart shutdown of the database finish while readers keep reading, and serves again after", async () => {
    const editor = new AppClient(serve.baseUrl);
    await editor.signIn(admin.email, admin.password);
    const server = database!;
    const statuses = new Map<number, number>();
    let reading = true;
    const readers = [0, 1].map(async (reader) => {
      while (reading) {
        const response = await (
          reader === 0 ? fetch(`${serve.baseUrl}/api/v1/quotes`) : editor.request("/admin/people")
        ).catch(() => undefined);
        await response?.body?.cancel();
        if (response) statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    });
    while ((statuses.get(200) ?? 0) < 4) await new Promise((resolve) => setTimeout(resolve, 100));

    process.kill(Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]), "SIGTERM");
    const exit = await server.exited; // the test's own bound (below) is the limit
    reading = false;
    await Promise.all(readers);
    database = undefined;
    expect(exit.code).toBe(0);
    expect(statuses.get(503) ?? 0).toBeGreaterThan(0); // the app noticed, and said so

    database = await startEmbeddedServer({ dataDir, port: pgPort });
    const back = await waitFor(
      () => editor.request("/admin/people"),
      (r) => r.status === 200,
    );
    expect(await back.text()).toContain("Saved after the outage");
    expect(serve.child.exitCode).toBeNull();
  }, 180_000);
});

/** Repeats the request until `done` holds for its response (the probe runs every second). */
async function waitFor(request: () => Promise<Response>, done: (response: Response) => boolean): Promise<Response> {
  for (;;) {
    const response = await request();
    if (done(response)) return response;
    await response.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
