// npm run load [-- --editors 10 --readers 50 --seconds 120] — writes under load, on loopback and on a throwaway
// database: the production build (`npm run build` first) serves the demo data while editors save (each save creates
// a person with its audit row, through the same server action the workspace uses) and readers load public pages
// and the API. Afterwards every acknowledged save must be in the database exactly once with exactly one audit row.
// Prints save p50/p95 and exits 1 on any failed save, any 5xx or any missing or doubled record. Stops by itself.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/database/client";
import { ensureDatabase, freePort, startEmbeddedServer } from "@/lib/database/embedded-server";
import { AppClient } from "./lib/app-client";
import { startApp } from "./lib/app-process";
import { prepareDatabase } from "./lib/prepare-database";
import { runScript } from "./lib/run-script";

const Flags = z.object({
  editors: z.coerce.number().int().min(1).max(100).default(10),
  readers: z.coerce.number().int().min(0).max(500).default(50),
  seconds: z.coerce.number().int().min(5).max(1800).default(120),
});
const READ_PATHS = ["/", "/countries/KR", "/countries/US", "/people", "/codebook", "/explore", "/api/v1/quotes"];
const PASSWORD = "load test password";

runScript(async () => {
  const { values } = parseArgs({
    options: { editors: { type: "string" }, readers: { type: "string" }, seconds: { type: "string" } },
    strict: true,
  });
  const flags = Flags.parse(values);
  if (!fs.existsSync(path.join(".next", "BUILD_ID")))
    throw Object.assign(new Error("No production build: run `npm run build` first."), { name: "UserFacingError" });

  const root = fs.mkdtempSync(path.join(os.tmpdir(), "stance-load-"));
  const database = await startEmbeddedServer({
    dataDir: path.join(root, "data"),
    port: await freePort(),
    persistent: false,
  });
  let app: ReturnType<typeof startApp> | undefined;
  try {
    await ensureDatabase(database.urlFor("postgres"), "load");
    const url = database.urlFor("load");
    await prepareDatabase(url, { seedIfEmpty: true });
    const emails = await createEditors(url, flags.editors);
    const countryId = await koreaId(url);

    const port = await freePort();
    app = startApp("start", port, {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: url,
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitUntilHealthy(baseUrl, app);
    console.log(`${flags.editors} editors saving and ${flags.readers} readers for ${flags.seconds} s on ${baseUrl}…`);

    const deadline = Date.now() + flags.seconds * 1000;
    const saves: { ms: number; ok: boolean; name: string; detail?: string }[] = [];
    const reads: { status: number }[] = [];
    const editors = emails.map(async (email, editor) => {
      const client = new AppClient(baseUrl);
      await client.signIn(email, PASSWORD);
      for (let n = 0; Date.now() < deadline; n++) {
        const name = `Load editor ${editor} save ${n}`;
        const started = performance.now();
        const reply = await client
          .action<{ ok: boolean; message?: string }>("createPersonAction", [
            { name, title: "Load test", countryId, startsOn: "", endsOn: "" },
          ])
          .catch((error: Error) => ({ status: 0, result: { ok: false, message: error.message } }));
        const ms = performance.now() - started;
        saves.push({ ms, ok: reply.status === 200 && reply.result?.ok === true, name, detail: reply.result?.message });
        if (reply.status >= 500) reads.push({ status: reply.status });
      }
    });
    const readers = Array.from({ length: flags.readers }, async (_, reader) => {
      for (let n = reader; Date.now() < deadline; n++) {
        const response = await fetch(`${baseUrl}${READ_PATHS[n % READ_PATHS.length]}`).catch(() => null);
        reads.push({ status: response?.status ?? 0 });
        await response?.body?.cancel();
      }
    });
    await Promise.all([...editors, ...readers]);

    const failed = saves.filter((save) => !save.ok);
    const serverErrors = reads.filter((read) => read.status >= 500 || read.status === 0);
    const check = await checkRecords(
      url,
      saves.filter((save) => save.ok).map((save) => save.name),
    );
    const ms = saves.map((save) => save.ms).sort((a, b) => a - b);
    const at = (q: number) => (ms.length ? ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] : NaN);
    console.log(
      [
        `saves: ${saves.length} (${failed.length} failed); save p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${at(1).toFixed(0)} ms`,
        `reads: ${reads.length} requests; 5xx or no answer: ${serverErrors.length}`,
        `database: ${check.missing.length} acknowledged saves missing, ${check.doubled.length} doubled, ` +
          `${check.auditProblems.length} without exactly one audit row`,
      ].join("\n"),
    );
    for (const save of failed.slice(0, 5)) console.log(`  failed save: ${save.name}: ${save.detail ?? "no answer"}`);
    if (failed.length + serverErrors.length + check.missing.length + check.doubled.length + check.auditProblems.length)
      process.exitCode = 1;
  } finally {
    await app?.stop(12_000);
    await database.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

async function createEditors(url: string, count: number): Promise<string[]> {
  const db = createPrismaClient(url);
  try {
    const passwordHash = await hashPassword(PASSWORD);
    const emails = Array.from({ length: count }, (_, n) => `load-editor-${n}@example.org`);
    await db.user.createMany({ data: emails.map((email) => ({ email, name: email, role: "editor", passwordHash })) });
    return emails;
  } finally {
    await db.$disconnect();
  }
}

/** The country of the role each created person gets ("Create person" asks for one). */
async function koreaId(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ id: number }>(`SELECT id FROM "Country" WHERE code = 'KR'`)).rows[0].id;
  } finally {
    await client.end();
  }
}

async function checkRecords(url: string, acknowledged: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = (
      await client.query<{ name: string; audits: number }>(
        `SELECT p.name, (SELECT count(*)::int FROM "AuditEvent" a
           WHERE a."entityType" = 'Person' AND a."entityId" = p.id::text AND a.action = 'create') AS audits
         FROM "Person" p WHERE p.name LIKE 'Load editor %'`,
      )
    ).rows;
    const count = new Map<string, number>();
    for (const row of rows) count.set(row.name, (count.get(row.name) ?? 0) + 1);
    return {
      missing: acknowledged.filter((name) => !count.has(name)),
      doubled: [...count].filter(([, n]) => n > 1).map(([name]) => name),
      auditProblems: rows.filter((row) => row.audits !== 1).map((row) => row.name),
    };
  } finally {
    await client.end();
  }
}

async function waitUntilHealthy(baseUrl: string, app: ReturnType<typeof startApp>): Promise<void> {
  let exited = false;
  void app.exited.then(() => (exited = true));
  for (;;) {
    if (exited) throw new Error("The app exited before it served (see its output above).");
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
