// Which database a script works on: DATABASE_URL when set, otherwise the project's embedded server: the one
// already running for `npm run dev`/`npm start` (left running), or one started for the script and stopped after
// it. Every database script goes through here so they all agree.
import path from "node:path";
import { env } from "@/lib/env";
import {
  ensureDatabase,
  findRunningServer,
  startEmbeddedServer,
  type EmbeddedServer,
} from "@/lib/database/embedded-server";

export const EMBEDDED_DATABASE_NAME = "stance_tracker";

export interface DatabaseTarget {
  url: string;
  /** Set when the embedded server was started for this process. */
  embedded?: EmbeddedServer;
  /** The project's own embedded server (started here or already running), not a database at DATABASE_URL. */
  local: boolean;
  describe: string;
}

/** `attach`: use an embedded server that is already running on the data folder instead of refusing (scripts). */
export async function openDatabaseTarget(options: { attach?: boolean } = {}): Promise<DatabaseTarget> {
  const { DATABASE_URL, EMBEDDED_PG_DIR, EMBEDDED_PG_PORT } = env();
  if (DATABASE_URL)
    return { url: DATABASE_URL, local: false, describe: `the database at DATABASE_URL (${redact(DATABASE_URL)})` };
  const dataDir = path.resolve(EMBEDDED_PG_DIR);
  const running = options.attach ? findRunningServer(dataDir) : null;
  if (running) {
    await ensureDatabase(running.urlFor("postgres"), EMBEDDED_DATABASE_NAME);
    return {
      url: running.urlFor(EMBEDDED_DATABASE_NAME),
      local: true,
      describe: `the running embedded PostgreSQL server (pid ${running.pid}, data in ${path.relative(process.cwd(), dataDir)})`,
    };
  }
  const embedded = await startEmbeddedServer({ dataDir, port: EMBEDDED_PG_PORT });
  await ensureDatabase(embedded.urlFor("postgres"), EMBEDDED_DATABASE_NAME);
  return {
    url: embedded.urlFor(EMBEDDED_DATABASE_NAME),
    embedded,
    local: true,
    describe: `the embedded PostgreSQL server (data in ${path.relative(process.cwd(), dataDir)}, port ${EMBEDDED_PG_PORT})`,
  };
}

/** Runs `work` against the target database, stopping an embedded server afterwards whatever happens. */
export async function withDatabase<T>(work: (target: DatabaseTarget) => Promise<T>): Promise<T> {
  const target = await openDatabaseTarget({ attach: true });
  try {
    return await work(target);
  } finally {
    await target.embedded?.stop();
  }
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
