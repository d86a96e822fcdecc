// The production build, served for a benchmark: `next start` on a free port against the benchmark's database,
// with pg_stat_statements loaded so that the same run can read what the requests cost PostgreSQL. Used by
// `npm run bench` and `npm run bench:pages`; needs `npm run build` first.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import pg from "pg";
import { freePort } from "@/lib/database/embedded-server";
import { applyMigrations } from "@/lib/database/migrations";
import { openDatabaseTarget, type DatabaseTarget } from "./database-target";

export interface BenchApp {
  baseUrl: string;
  /** The `next start` process. */
  pid: number | undefined;
  target: DatabaseTarget;
  sql: pg.Client;
  /** True when pg_stat_statements is loaded: SQL time per request can be read. */
  statementsTracked: boolean;
  /** The app process's peak resident memory so far, in bytes (Linux), or null. */
  peakRss(): number | null;
  stop(): Promise<void>;
}

const userFacing = (message: string) => Object.assign(new Error(message), { name: "UserFacingError" });

export async function startBenchApp(): Promise<BenchApp> {
  if (!fs.existsSync(".next/BUILD_ID")) throw userFacing("No production build: run `npm run build` first.");
  let target = await openDatabaseTarget();
  await applyMigrations(target.url);
  if (target.embedded && !(await preloaded(target.url))) {
    // The embedded server is ours: load pg_stat_statements (kept in the scratch cluster's settings) and restart.
    await query(target.url, "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
    await target.embedded.stop();
    target = await openDatabaseTarget();
  }
  const sql = new pg.Client({ connectionString: target.url });
  await sql.connect();
  let statementsTracked = false;
  try {
    await sql.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    await sql.query("SELECT pg_stat_statements_reset()");
    statementsTracked = true;
  } catch {
    console.warn("pg_stat_statements is not loaded on this server: SQL times are not shown.");
  }

  const port = await freePort();
  const log: string[] = [];
  const app: ChildProcess = spawn(
    process.execPath,
    [createRequire(import.meta.url).resolve("next/dist/bin/next"), "start", "--port", String(port)],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: target.url,
        AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
        AUTH_TRUST_HOST: "true",
        // The bench is the proxy in front: each of its requests names its own address in X-Forwarded-For, so the
        // read API's per-address limit (120 a minute) does not answer 429 instead of the app after a few lines.
        TRUSTED_PROXIES: "127.0.0.1,::1",
        PORT: String(port),
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  app.stdout?.on("data", (chunk) => log.push(String(chunk)));
  app.stderr?.on("data", (chunk) => log.push(String(chunk)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (app.exitCode === null) {
      app.kill("SIGTERM");
      await new Promise((resolve) => app.once("exit", resolve));
    }
    await sql.end();
    await target.embedded?.stop();
  };
  try {
    await waitUntilServing(baseUrl, app, log);
  } catch (error) {
    await stop();
    throw error;
  }
  const peakRss = () => {
    try {
      const status = fs.readFileSync(`/proc/${app.pid}/status`, "utf8");
      const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
      return kb ? Number(kb) * 1024 : null;
    } catch {
      return null;
    }
  };
  return { baseUrl, pid: app.pid, target, sql, statementsTracked, peakRss, stop };
}

async function preloaded(url: string): Promise<boolean> {
  const rows = await query(url, "SHOW shared_preload_libraries");
  return String(rows[0]?.shared_preload_libraries ?? "").includes("pg_stat_statements");
}

async function query(url: string, text: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

async function waitUntilServing(baseUrl: string, app: ChildProcess, log: string[]) {
  for (;;) {
    if (app.exitCode !== null) throw new Error(`next start exited:\n${log.join("")}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise<void>((resolve) => {
      const onData = () => resolve();
      app.stdout?.once("data", onData);
      setTimeout(() => {
        app.stdout?.off("data", onData);
        resolve();
      }, 250);
    });
  }
}

/** PostgreSQL's own time (planning + execution) for every statement since the last call, and how many ran. */
export async function sqlSince(app: BenchApp): Promise<{ ms: number; statements: number }> {
  const { rows } = await app.sql.query<{ ms: number | null; calls: string | null }>(
    `SELECT sum(total_exec_time + total_plan_time) AS ms, sum(calls) AS calls
       FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND query NOT ILIKE '%pg_stat_statements%'`,
  );
  await app.sql.query("SELECT pg_stat_statements_reset()");
  return { ms: Number(rows[0]?.ms ?? 0), statements: Number(rows[0]?.calls ?? 0) };
}
