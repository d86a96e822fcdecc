// npm run db:backup / db:restore as an operator runs them: the demo database (with a user, audit rows, derived read
// tables and odd text) backed up to a file, restored into a fresh empty database, and compared table by table.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seedDemo } from "@/prisma/seed/demo";
import { createFirstAdminIfNoUsers } from "@/lib/users/bootstrap";
import { adminQuery, databaseUrl } from "../support/postgres-server";
import { createTestDatabase, type TestDatabase } from "../support/database";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "stance-backup-"));
const restoredName = `stance_restored_${crypto.randomBytes(4).toString("hex")}`;
let source: TestDatabase;
let restoredUrl: string;

beforeAll(async () => {
  source = await createTestDatabase();
  await seedDemo(source.db);
  await createFirstAdminIfNoUsers(source.db);
  // Text that a careless format would damage: tabs, newlines, backslashes, quotes, Hangul, an emoji.
  await source.db.person.create({ data: { name: 'Tab\there\nnew line \\ "quoted" 문재인 🕊', slug: "odd-text" } });
  // A sign-in delay in force (rate-limiter-flexible's table, made by a migration) is restored with the rest.
  await source.db
    .$executeRaw`INSERT INTO rate_limit (key, points, expire) VALUES ('signin-account:someone', 7, ${Date.now() + 3_600_000})`;
  await adminQuery(inject("pgAdminUrl"), `CREATE DATABASE ${restoredName}`);
  restoredUrl = databaseUrl(inject("pgAdminUrl"), restoredName);
}, 120_000);

afterAll(async () => {
  await source?.drop();
  await adminQuery(inject("pgAdminUrl"), `DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`);
  fs.rmSync(folder, { recursive: true, force: true });
});

function npmRun(script: string, url: string, args: string[]) {
  const result = spawnSync("npm", ["run", "--silent", script, "--", ...args], {
    encoding: "utf8",
    input: "",
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: "development" },
  });
  return { status: result.status, output: (result.stdout + result.stderr).replace(/npm warn.*\n/g, "") };
}

/** Every table's rows as one fingerprint (order-independent), and every sequence's position. */
async function fingerprint(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (
      await client.query<{ name: string }>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
         ORDER BY tablename`,
      )
    ).rows.map((row) => row.name);
    const result: Record<string, { rows: number; md5: string }> = {};
    for (const table of tables) {
      const { rows } = await client.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5
           FROM "${table}" t`,
      );
      result[table] = rows[0];
    }
    const sequences = (
      await client.query(`SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`)
    ).rows;
    const migrations = (await client.query(`SELECT migration_name FROM "_prisma_migrations" ORDER BY 1`)).rows;
    return { tables: result, sequences, migrations };
  } finally {
    await client.end();
  }
}

describe("npm run db:backup and db:restore", () => {
  const file = path.join(folder, "stance.backup.gz");

  it("back up every table into one file, restore it into an empty database, and every table is the same", async () => {
    const backup = npmRun("db:backup", source.url, [file]);
    expect(backup, backup.output).toMatchObject({ status: 0, output: expect.stringContaining("Backed up") });
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);

    const restore = npmRun("db:restore", restoredUrl, [file]);
    expect(restore, restore.output).toMatchObject({ status: 0, output: expect.stringContaining("Restored") });

    const before = await fingerprint(source.url);
    const after = await fingerprint(restoredUrl);
    expect(Object.keys(before.tables).length).toBeGreaterThan(15);
    expect(before.tables.Person.rows).toBeGreaterThan(20);
    expect(before.tables.rate_limit.rows).toBe(1);
    expect(after.tables).toEqual(before.tables);
    expect(after.sequences).toEqual(before.sequences);
    expect(after.migrations).toEqual(before.migrations);
  }, 120_000);

  it("refuses to restore into a database that is not empty, and changes nothing there", async () => {
    const before = await fingerprint(restoredUrl);
    const again = npmRun("db:restore", restoredUrl, [file]);
    expect(again.status).toBe(1);
    expect(again.output).toContain("The target database is not empty");
    expect(await fingerprint(restoredUrl)).toEqual(before);
  }, 60_000);

  it("says so when the file is not a backup", () => {
    const bogus = path.join(folder, "not-a-backup.txt");
    fs.writeFileSync(bogus, "hello\n");
    const result = npmRun("db:restore", restoredUrl, [bogus]);
    expect(result).toMatchObject({ status: 1, output: expect.stringContaining("is not a stance tracker backup") });
  }, 60_000);
});
