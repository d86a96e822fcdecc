// Applies the committed migrations (prisma/migrations/*/migration.sql) without Prisma's native schema engine,
// which cannot be downloaded on our machines (docs/decisions/002-offline-prisma-migrations.md).
// It keeps Prisma's own bookkeeping table, `_prisma_migrations`, with the same checksums, so
// `prisma migrate status` and `prisma migrate deploy` agree with it wherever Prisma's engine is available.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

// Read at run time from the project folder (`next start` runs there); the bundler is told not to trace it.
export const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

export interface Migration {
  name: string;
  sql: string;
  /** SHA-256 of the file, as Prisma computes it. */
  checksum: string;
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  /** Applied migrations whose file changed since (or that no longer exist): the database and code disagree. */
  modified: string[];
  /** Migrations that started but never finished; they need a person to look. */
  failed: string[];
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

const BOOKKEEPING_TABLE = `
  CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`;

// Any constant works; it only has to be the same for every process that migrates this database.
const MIGRATION_LOCK_KEY = 727_110_001;

type Queryable = Pick<pg.Client, "query">;

async function appliedRows(client: Queryable) {
  const exists = await client.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`);
  if (!exists.rows[0].exists) return [];
  const result = await client.query<AppliedMigrationRow>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
  return result.rows;
}

export interface AppliedMigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

/** Compares the bookkeeping rows of a database with the committed migration files. */
export function compareMigrations(rows: AppliedMigrationRow[], migrations: Migration[]): MigrationStatus {
  const byName = new Map(rows.map((row) => [row.migration_name, row]));
  const files = new Map(migrations.map((m) => [m.name, m]));
  return {
    applied: rows
      .filter((r) => r.finished_at)
      .map((r) => r.migration_name)
      .sort(),
    pending: migrations.filter((m) => !byName.has(m.name)).map((m) => m.name),
    modified: rows
      .filter((r) => r.finished_at && files.get(r.migration_name)?.checksum !== r.checksum)
      .map((r) => r.migration_name),
    failed: rows.filter((r) => !r.finished_at).map((r) => r.migration_name),
  };
}

export async function migrationStatus(client: Queryable, migrations = readMigrations()): Promise<MigrationStatus> {
  return compareMigrations(await appliedRows(client), migrations);
}

/**
 * Applies every pending migration, each in its own transaction, under an advisory lock so that two
 * processes starting at once do not both migrate. Returns the names it applied.
 */
export async function applyMigrations(databaseUrl: string, migrations = readMigrations()): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(BOOKKEEPING_TABLE);
    const status = await migrationStatus(client, migrations);
    if (status.failed.length > 0) {
      throw new Error(
        `Migration ${status.failed.join(", ")} started earlier but never finished. Inspect the database, ` +
          `then delete its row from "_prisma_migrations" (or reset a development database with \`npm run db:reset\`).`,
      );
    }
    if (status.modified.length > 0) {
      throw new Error(
        `Already applied migration(s) ${status.modified.join(", ")} changed since they were applied. ` +
          `Never edit a committed migration: add a new one with \`npm run db:diff -- <name>\`.`,
      );
    }
    const applied: string[] = [];
    for (const migration of migrations.filter((m) => status.pending.includes(m.name))) {
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 1)`,
          [crypto.randomUUID(), migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
      }
      applied.push(migration.name);
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
