// The committed migrations are the only way the database gets its shape: these tests fail when
// prisma/schema.prisma and prisma/migrations disagree, and pin down how the offline migration runner behaves.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, readMigrations, MIGRATIONS_DIR, type Migration } from "@/lib/database/migrations";
import { diffSchemas } from "@/scripts/lib/prisma-diff";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { RATE_LIMIT_TABLE } from "@/lib/auth/rate-limit-store";
import { adminQuery, databaseUrl } from "../support/postgres-server";

const adminUrl = () => inject("pgAdminUrl");
const created: string[] = [];

async function emptyDatabase(): Promise<string> {
  const name = `stance_empty_${crypto.randomBytes(4).toString("hex")}`;
  await adminQuery(adminUrl(), `CREATE DATABASE ${name}`);
  created.push(name);
  return databaseUrl(adminUrl(), name);
}

afterAll(async () => {
  for (const name of created) await adminQuery(adminUrl(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

/** Everything about a database's shape that the app relies on, as sorted text lines. */
async function catalog(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const queries = [
      `SELECT 'column ' || table_name || '.' || column_name || ' ' || udt_name || ' null=' || is_nullable || ' default=' || coalesce(column_default, '')
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
      `SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
      `SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
         FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '%_prisma_migrations%'`,
      `SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    ];
    const lines: string[] = [];
    for (const sql of queries)
      lines.push(...(await client.query(sql)).rows.map((row) => String(Object.values(row)[0])));
    return lines.sort();
  } finally {
    await client.end();
  }
}

describe("prisma/schema.prisma and prisma/migrations", () => {
  it("produce the same database: tables, columns, types, nullability, defaults, indexes, constraints and enums", async () => {
    const fromMigrations = await emptyDatabase();
    await applyMigrations(fromMigrations);

    // What Prisma cannot express (search indexes, CHECK constraints) lives in migrations marked `-- manual`;
    // they are applied on top of the schema's own SQL, so they must hold only such additions.
    const fromSchema = await emptyDatabase();
    const sql = diffSchemas(fromSchema, undefined, path.join("prisma", "schema.prisma"));
    const manual = readMigrations().filter((m) => m.sql.startsWith("-- manual"));
    const client = new pg.Client({ connectionString: fromSchema });
    await client.connect();
    try {
      await client.query(sql);
      for (const migration of manual) await client.query(migration.sql);
    } finally {
      await client.end();
    }

    const expected = await catalog(fromSchema);
    expect(expected.length).toBeGreaterThan(100); // the comparison is of a real schema, not of two empty ones
    expect(await catalog(fromMigrations)).toEqual(expected);
  }, 120_000);

  it("create rate-limiter-flexible's table exactly as the library would (lib/auth/rate-limit-store.ts)", async () => {
    const migrated = await emptyDatabase();
    await applyMigrations(migrated);
    const byLibrary = await emptyDatabase();
    const pool = new pg.Pool({ connectionString: byLibrary, max: 1 });
    try {
      await new Promise<void>((resolve, reject) => {
        const options = { storeClient: pool, tableName: RATE_LIMIT_TABLE, points: 1, duration: 1 };
        new RateLimiterPostgres(options, (error?: Error) => (error ? reject(error) : resolve()));
      });
    } finally {
      await pool.end();
    }
    const ofTable = (lines: string[]) => lines.filter((line) => line.includes(` ${RATE_LIMIT_TABLE}`));
    const expected = ofTable(await catalog(byLibrary));
    expect(expected.length).toBeGreaterThanOrEqual(4); // three columns and the key
    expect(ofTable(await catalog(migrated))).toEqual(expected);
  }, 60_000);

  it("keep a snapshot of the current schema in the newest migration, so `npm run db:diff` starts from it", () => {
    const newest = readMigrations().at(-1)!;
    const snapshot = fs.readFileSync(path.join(MIGRATIONS_DIR, newest.name, "schema.prisma"), "utf8");
    expect(snapshot).toBe(fs.readFileSync(path.join("prisma", "schema.prisma"), "utf8"));
  });
});

describe("applyMigrations", () => {
  let url: string;
  beforeAll(async () => {
    url = await emptyDatabase();
  });

  const migration = (name: string, sql: string): Migration => ({
    name,
    sql,
    checksum: crypto.createHash("sha256").update(sql).digest("hex"),
  });

  it("applies pending migrations once and records them as Prisma does", async () => {
    const first = [migration("001_a", "CREATE TABLE a (id int)")];
    expect(await applyMigrations(url, first)).toEqual(["001_a"]);
    expect(await applyMigrations(url, first)).toEqual([]);
    const second = [...first, migration("002_b", "CREATE TABLE b (id int)")];
    expect(await applyMigrations(url, second)).toEqual(["002_b"]);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const rows = (
      await client.query(
        `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
      )
    ).rows;
    await client.end();
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(second.map((m) => [m.name, m.checksum]));
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
  });

  it("rolls a failing migration back completely and names it", async () => {
    const broken = [
      migration("001_a", "CREATE TABLE a (id int)"),
      migration("002_b", "CREATE TABLE b (id int)"),
      migration("003_bad", "CREATE TABLE c (id int); SELECT * FROM no_such_table;"),
    ];
    await expect(applyMigrations(url, broken)).rejects.toThrow(/003_bad failed and was rolled back.*no_such_table/);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const c = await client.query(`SELECT to_regclass('c') AS t`);
    const recorded = await client.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '003_bad'`);
    await client.end();
    expect(c.rows[0].t).toBeNull();
    expect(recorded.rowCount).toBe(0);
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const edited = [migration("001_a", "CREATE TABLE a (id bigint)"), migration("002_b", "CREATE TABLE b (id int)")];
    await expect(applyMigrations(url, edited)).rejects.toThrow(/001_a changed since they were applied/);
  });
});
