// `npm start` under the faults an operator meets in the first week: the web server or the database killed (SIGKILL:
// a crash or an out-of-memory kill; SIGTERM: someone stopping it) while editors save, and `npm start` itself stopped
// by SIGTERM (systemd, Docker). After each: `npm start` has ended with the right status, none of its processes is
// left, no record is half-written (every person has exactly its one audit row), every save it acknowledged is
// there, and a restart serves the same data. Loopback only, on its own data folder and ports; each step is bounded.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/database/embedded-server";
import { AppClient } from "@/scripts/lib/app-client";
import { startServe, stillRunning, type ServeProcess } from "../support/serve-process";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "stance-faults-"));
const dataDir = path.join(root, "postgres");
let env: Record<string, string>;
let port: number;
let admin: { email: string; password: string };
let serve: ServeProcess | undefined;
/** The country of the role each created person gets ("Create person" asks for one). */
let countryId: number;

beforeAll(async () => {
  env = { EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };
  port = await freePort();
  serve = await startServe(env, port);
  const match = /Sign in as the demo admin: (\S+) \/ (\S+)/.exec(serve.output());
  if (!match) throw new Error(`No demo admin in the first start's output:\n${serve.output()}`);
  admin = { email: match[1], password: match[2] };
  [{ id: countryId }] = await query<{ id: number }>(`SELECT id FROM "Country" WHERE code = 'KR'`);
}, 180_000);

afterAll(async () => {
  if (serve && serve.child.exitCode === null) {
    serve.child.kill("SIGTERM");
    await serve.exited;
  }
  fs.rmSync(root, { recursive: true, force: true });
}, 60_000);

type Victim = "web server" | "database" | "npm start";
const cases: { victim: Victim; signal: NodeJS.Signals; exitCode: number; says: string }[] = [
  { victim: "web server", signal: "SIGKILL", exitCode: 1, says: "The web server was killed by SIGKILL" },
  { victim: "database", signal: "SIGKILL", exitCode: 1, says: "The database server was killed by SIGKILL" },
  { victim: "web server", signal: "SIGTERM", exitCode: 1, says: "The web server exited" },
  // PostgreSQL's smart shutdown waits for every session to end and tells none of them: the supervisor sees it in
  // postmaster.pid and stops the app, whose sessions end, so the shutdown completes.
  { victim: "database", signal: "SIGTERM", exitCode: 1, says: "The database server is shutting down" },
  { victim: "npm start", signal: "SIGTERM", exitCode: 0, says: "SIGTERM: finishing requests in flight" },
];

describe("npm start under faults during writes", () => {
  const acknowledged: string[] = [];

  it.each(cases)(
    "$signal to the $victim: exits $exitCode, leaves no process, and a restart has every acknowledged save",
    async ({ victim, signal, exitCode, says }) => {
      const running = serve ?? (serve = await startServe(env, port));
      const processes = running.tree();
      const client = new AppClient(running.baseUrl);
      await client.signIn(admin.email, admin.password);

      // Three editors create people until the app stops answering, or for five more saves each after the signal
      // (a SIGTERM lets work in flight finish: PostgreSQL serves open sessions, Next.js open connections).
      let signalled = false;
      const saved: string[] = [];
      const editors = [0, 1, 2].map(async (editor) => {
        for (let n = 0, after = 0; after < 5; n++) {
          if (signalled) after++;
          const name = `Fault ${victim} ${signal} ${editor}-${n}`;
          const reply = await client
            .action<{ ok: boolean }>("createPersonAction", [
              { name, title: "Test", countryId, startsOn: "", endsOn: "" },
            ])
            .catch(() => ({ status: 0, result: undefined }));
          if (reply.result?.ok) saved.push(name);
          else if (reply.status === 0) return; // nothing listens any more
        }
      });
      while (saved.length < 6) await new Promise((resolve) => setTimeout(resolve, 50));

      process.kill(victimPid(victim, running), signal);
      signalled = true;
      await Promise.all(editors);
      const status = await running.exited;
      serve = undefined;

      expect(status, running.output()).toBe(exitCode);
      expect(running.output()).toContain(says);
      expect(stillRunning(processes)).toEqual([]);
      acknowledged.push(...saved);

      serve = await startServe(env, port);
      const health = await fetch(`${serve.baseUrl}/api/health`);
      expect(health.status).toBe(200);
      const people = await query<{ name: string; audits: number }>(
        `SELECT p.name, (SELECT count(*)::int FROM "AuditEvent" a
           WHERE a."entityType" = 'Person' AND a."entityId" = p.id::text AND a.action = 'create') AS audits
         FROM "Person" p WHERE p.name LIKE 'Fault %'`,
      );
      expect(people.filter((person) => person.audits !== 1)).toEqual([]);
      const names = people.map((person) => person.name);
      expect(acknowledged.filter((name) => names.filter((found) => found === name).length !== 1)).toEqual([]);

      // The restarted app serves what was saved: the admin's people list finds the last acknowledged name.
      const again = new AppClient(serve.baseUrl);
      await again.signIn(admin.email, admin.password);
      const last = saved.at(-1) ?? "";
      const list = await again.request(`/admin/people?q=${encodeURIComponent(last)}`);
      expect(list.status).toBe(200);
      expect(await list.text()).toContain(last);
    },
    240_000,
  );
});

function victimPid(victim: Victim, running: ServeProcess): number {
  if (victim === "npm start") return running.child.pid ?? -1;
  if (victim === "database")
    return Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const next = running.tree().find((process) => process.name.startsWith("next-server"));
  if (!next) throw new Error("No next-server process below npm start.");
  return next.pid;
}

async function query<T>(sql: string): Promise<T[]> {
  const password = fs.readFileSync(`${dataDir}.password`, "utf8").trim();
  const client = new pg.Client({
    connectionString: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${env.EMBEDDED_PG_PORT}/stance_tracker`,
  });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}
