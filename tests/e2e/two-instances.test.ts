// Two app instances on one database, as behind a load balancer: a change made through one shows on the other's
// public pages within 2 s (cache invalidation over LISTEN/NOTIFY, cache-handler.mjs), and sign-in limits count
// across both (counts in PostgreSQL), with the client's address taken from the connection rather than from an
// X-Forwarded-For header the client wrote. Loopback only; both instances and their database stop afterwards.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDatabase, freePort, startEmbeddedServer, type EmbeddedServer } from "@/lib/database/embedded-server";
import { SIGN_IN_LIMITS } from "@/lib/auth/sign-in-limits";
import { AppClient } from "@/scripts/lib/app-client";
import { startApp, type AppProcess } from "@/scripts/lib/app-process";
import { prepareDatabase } from "@/scripts/lib/prepare-database";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "stance-two-"));
let database: EmbeddedServer;
let url: string;
let admin: { email: string; password: string };
const instances: { app: AppProcess; baseUrl: string }[] = [];

beforeAll(async () => {
  database = await startEmbeddedServer({ dataDir: path.join(root, "data"), port: await freePort(), persistent: false });
  await ensureDatabase(database.urlFor("postgres"), "two");
  url = database.urlFor("two");
  const prepared = await prepareDatabase(url, { seedIfEmpty: true });
  if (!prepared.adminCredentials) throw new Error("expected a first admin");
  admin = prepared.adminCredentials;
  const secret = crypto.randomBytes(32).toString("base64url");
  for (let n = 0; n < 2; n++) {
    const port = await freePort();
    const app = startApp("start", port, {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: url,
      AUTH_SECRET: secret,
      AUTH_TRUST_HOST: "true",
    });
    instances.push({ app, baseUrl: `http://127.0.0.1:${port}` });
  }
  for (const instance of instances) await waitUntilHealthy(instance.baseUrl, instance.app);
}, 180_000);

afterAll(async () => {
  for (const { app } of instances) await app.stop(12_000);
  await database?.stop();
  fs.rmSync(root, { recursive: true, force: true });
}, 60_000);

describe("two app instances on one database", () => {
  it("a change through one instance shows on the other's public pages within 2 s", async () => {
    const [a, b] = instances;
    // A quote the public can see, as the public API lists it.
    const listed = (await (await fetch(`${a.baseUrl}/api/v1/quotes`)).json()) as { data: { id: number }[] };
    const quote = listed.data[0].id;
    // Both instances have the quote's page in their cache.
    for (const instance of [a, b]) expect((await fetch(`${instance.baseUrl}/quotes/${quote}`)).status).toBe(200);

    const editor = new AppClient(a.baseUrl);
    await editor.signIn(admin.email, admin.password);
    const removed = await editor.action<{ ok: boolean }>("deleteQuoteAction", [{ id: quote }]);
    expect(removed.result).toMatchObject({ ok: true });
    const changed = Date.now();

    // The first request to B that was sent after the change and answered 404: when was it sent?
    let sentAt = 0;
    for (let status = 200; status !== 404;) {
      sentAt = Date.now();
      status = (await fetch(`${b.baseUrl}/quotes/${quote}`)).status;
      if (sentAt - changed > 35_000) break; // the cache's own maximum age would have hidden a missing notification
    }
    expect(sentAt - changed).toBeLessThan(2_000);
  }, 60_000);

  it("counts failed sign-ins on one account across both instances", async () => {
    const [a, b] = instances;
    const email = "counted@example.org";
    for (let n = 0; n < SIGN_IN_LIMITS.perAccount; n++) {
      const attempt = await new AppClient(instances[n % 2].baseUrl).attemptSignIn(email, "a wrong password");
      expect(attempt).toEqual({ ok: false, refusal: "invalid" });
    }
    for (const instance of [a, b])
      expect(await new AppClient(instance.baseUrl).attemptSignIn(email, "a wrong password")).toEqual({
        ok: false,
        refusal: "rate_limited",
      });
  }, 60_000);

  it("counts an address by its connection: a made-up X-Forwarded-For does not reset the count", async () => {
    for (let n = 0; n < SIGN_IN_LIMITS.perAddress; n++) {
      const client = new AppClient(instances[n % 2].baseUrl);
      const spoofed = { "x-forwarded-for": `198.51.100.${n + 1}` };
      expect(await client.attemptSignIn(`sprayed-${n}@example.org`, "guess", spoofed)).toMatchObject({ ok: false });
    }
    // The admin's password is right, but this address has used its failures up.
    const again = await new AppClient(instances[0].baseUrl).attemptSignIn(admin.email, admin.password, {
      "x-forwarded-for": "203.0.113.200",
    });
    expect(again).toEqual({ ok: false, refusal: "rate_limited" });
  }, 120_000);
});

async function waitUntilHealthy(baseUrl: string, app: AppProcess): Promise<void> {
  let exited = false;
  void app.exited.then(() => (exited = true));
  for (;;) {
    if (exited) throw new Error(`The instance at ${baseUrl} exited before it served.`);
    if (
      await fetch(`${baseUrl}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
