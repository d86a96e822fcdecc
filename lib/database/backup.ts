// Backups without pg_dump (the embedded package has none, and Debian's is older than PostgreSQL 18): every table of
// the public schema copied out in PostgreSQL's own COPY text format inside one REPEATABLE READ transaction, so the
// file is one consistent snapshot, and copied back into a database that the migrations have brought to the same
// schema. Not server-only: the db:backup and db:restore scripts run it in plain Node.
//
// The file (gzip-compressed when its name ends in .gz):
//   line 1   stance-tracker backup 1
//   line 2   JSON header: when, the applied migrations, each table's copied columns, each sequence's value
//   then per table: `\table "Name"`, its rows as COPY text lines, and COPY's end marker `\.`
// COPY text escapes newlines inside values, so the file can be read line by line.
import fs from "node:fs";
import readline from "node:readline";
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import { PassThrough, type Readable, type Writable } from "node:stream";
import zlib from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { applyMigrations, readMigrations, type Migration } from "./migrations";

const MAGIC = "stance-tracker backup 1";
const BOOKKEEPING = "_prisma_migrations";
const LEFT_OUT = [BOOKKEEPING];

export interface BackupHeader {
  takenAt: string;
  /** Migrations applied to the database the backup was taken from, in order. */
  migrations: string[];
  /** In the order they are restored: referenced tables before the tables that reference them. */
  tables: { name: string; columns: string[]; rows?: number }[];
  sequences: { name: string; value: number | null }[];
}

export interface BackupSummary {
  tables: number;
  rows: number;
  file: string;
}

export async function backupDatabase(url: string, file: string): Promise<BackupSummary> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const temporary = `${file}.partial`;
  try {
    // One snapshot for everything: writes committed while the backup runs are in none of its tables.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const header: BackupHeader = {
      takenAt: new Date().toISOString(),
      migrations: (
        await client.query<{ name: string }>(
          `SELECT migration_name AS name FROM "${BOOKKEEPING}" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
           ORDER BY migration_name`,
        )
      ).rows.map((row) => row.name),
      tables: await tablesInRestoreOrder(client),
      sequences: (
        await client.query<{ name: string; value: string | null }>(
          `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'
           ORDER BY sequencename`,
        )
      ).rows.map((row) => ({ name: row.name, value: row.value === null ? null : Number(row.value) })),
    };
    const out = new PassThrough();
    const sink = fs.createWriteStream(temporary, { mode: 0o600 });
    const written = file.endsWith(".gz") ? pipeline(out, zlib.createGzip(), sink) : pipeline(out, sink);
    written.catch(() => {}); // awaited below; an early failure must not count as unhandled meanwhile
    out.write(`${MAGIC}\n${JSON.stringify(header)}\n`);
    let rows = 0;
    for (const table of header.tables) {
      out.write(`\\table ${quote(table.name)}\n`);
      const columns = table.columns.map(quote).join(", ");
      const source = client.query(copyTo(`COPY ${quote(table.name)} (${columns}) TO STDOUT`));
      await forward(source, out);
      rows += Number(source.rowCount ?? 0);
      out.write("\\.\n");
    }
    await client.query("COMMIT");
    out.end();
    await written;
    // Renamed only once complete, so a backup interrupted half-way never looks like a finished one.
    fs.renameSync(temporary, file);
    return { tables: header.tables.length, rows, file };
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

/** Thrown when the target or the file is not what a restore needs; the message says what to do. */
export class RestoreRefused extends Error {
  name = "UserFacingError";
}

/**
 * Restores a backup into an empty database: the backup's own migrations first, then every table's rows in one
 * transaction (user triggers off, so derived tables are copied as they were rather than recomputed twice), the
 * sequences where they were, and finally any migrations newer than the backup.
 */
export async function restoreDatabase(url: string, file: string): Promise<BackupSummary> {
  const lines = readline.createInterface({ input: openBackup(file), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const next = async () => {
    const result = await iterator.next();
    return result.done ? undefined : result.value;
  };
  if ((await next()) !== MAGIC) throw new RestoreRefused(`${file} is not a stance tracker backup.`);
  const header = JSON.parse((await next()) ?? "{}") as BackupHeader;
  const migrations = migrationsOfBackup(header);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const existing = await client.query(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND NOT (tablename = ANY($1))`,
      [LEFT_OUT],
    );
    if (existing.rows[0].n > 0)
      throw new RestoreRefused(
        "The target database is not empty. Restore into a new, empty database (or, for the embedded one, " +
          "run `npm run db:restore -- FILE --replace`, which deletes what is there first).",
      );
    await applyMigrations(url, migrations);

    await client.query("BEGIN");
    let rows = 0;
    for (const table of header.tables) {
      if ((await next()) !== `\\table ${quote(table.name)}`)
        throw new RestoreRefused(`${file} is cut short or damaged.`);
      await client.query(`ALTER TABLE ${quote(table.name)} DISABLE TRIGGER USER`);
      const columns = table.columns.map(quote).join(", ");
      const sink = client.query(copyFrom(`COPY ${quote(table.name)} (${columns}) FROM STDIN`));
      const done = finished(sink);
      for (let line = await next(); line !== "\\."; line = await next()) {
        if (line === undefined) throw new RestoreRefused(`${file} ends inside table ${table.name}.`);
        if (!sink.write(`${line}\n`)) await once(sink, "drain");
      }
      sink.end();
      await done;
      rows += Number(sink.rowCount ?? 0);
      await client.query(`ALTER TABLE ${quote(table.name)} ENABLE TRIGGER USER`);
    }
    for (const sequence of header.sequences)
      if (sequence.value !== null)
        await client.query("SELECT setval($1::regclass, $2, true)", [quote(sequence.name), sequence.value]);
    await client.query("COMMIT");
    await applyMigrations(url); // migrations written after the backup was taken
    return { tables: header.tables.length, rows, file };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    lines.close();
    await client.end();
  }
}

/** The migration files the backup was taken at; refuses a backup from a version of the app this one lacks. */
function migrationsOfBackup(header: BackupHeader): Migration[] {
  const known = readMigrations();
  const missing = header.migrations.filter((name) => !known.some((migration) => migration.name === name));
  if (missing.length > 0)
    throw new RestoreRefused(
      `The backup was taken by a newer version of the app (migrations ${missing.join(", ")} are unknown here). ` +
        "Restore it with that version.",
    );
  return known.filter((migration) => header.migrations.includes(migration.name));
}

/** Every table of the public schema but the migration bookkeeping, parents before children, with its columns. */
async function tablesInRestoreOrder(client: pg.Client): Promise<BackupHeader["tables"]> {
  const tables = (
    await client.query<{ name: string; columns: string[] }>(
      `SELECT c.relname AS name,
              array_agg(a.attname::text ORDER BY a.attnum) AS columns
         FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT (c.relname = ANY($1))
        GROUP BY c.relname
        ORDER BY c.relname`,
      [LEFT_OUT],
    )
  ).rows;
  const references = (
    await client.query<{ child: string; parent: string }>(
      `SELECT DISTINCT c.relname AS child, p.relname AS parent
         FROM pg_constraint k
         JOIN pg_class c ON c.oid = k.conrelid
         JOIN pg_class p ON p.oid = k.confrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE k.contype = 'f' AND n.nspname = 'public' AND c.relname <> p.relname`,
    )
  ).rows;
  const ordered: BackupHeader["tables"] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter(
      (table) =>
        !placed.has(table.name) &&
        references.every((ref) => ref.child !== table.name || placed.has(ref.parent) || ref.parent === BOOKKEEPING),
    );
    // A cycle of foreign keys (none today) would stall here; copying the rest in name order is then the best guess.
    for (const table of ready.length > 0 ? ready : tables.filter((t) => !placed.has(t.name))) {
      placed.add(table.name);
      ordered.push({ name: table.name, columns: table.columns });
    }
  }
  return ordered;
}

function openBackup(file: string): Readable {
  if (!fs.existsSync(file)) throw new RestoreRefused(`There is no file ${file}.`);
  const input = fs.createReadStream(file);
  return file.endsWith(".gz") ? input.pipe(zlib.createGunzip()) : input;
}

/** Copies a COPY TO stream into `out` without ending it. */
async function forward(source: Readable, out: Writable): Promise<void> {
  for await (const chunk of source) if (!out.write(chunk)) await once(out, "drain");
}

function finished(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once("finish", resolve);
    stream.once("error", reject);
  });
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
