// `npm run db:recode` (prisma/seed/recode-1-1.ts) on a database seeded before coding rules 1.1: the old demo data
// (tests/fixtures/migrations/demo-before-coding-rules-1-1.sql) migrated to the new model, then recoded. Afterwards
// its quotes, stances, statements and country records say exactly what a fresh seed of the corrected demo says; a
// second run changes nothing; every change has its audit event; a row an editor changed since is left alone.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/database/migrations";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { db } from "@/lib/db";
import { seedDemo } from "@/prisma/seed/demo";
import { recodeDemo, type RecodeReport } from "@/prisma/seed/recode-1-1";
import { adminQuery, databaseUrl } from "../support/postgres-server";

const FIXTURE = "tests/fixtures/migrations/demo-before-coding-rules-1-1.sql";
const adminUrl = () => inject("pgAdminUrl");
const created: string[] = [];
const clients: PrismaClient[] = [];
const urls = new Map<PrismaClient, string>();

/** A database holding the old demo data, migrated to the current schema (as the migration test makes it). */
async function oldDemoDatabase(): Promise<PrismaClient> {
  const name = `stance_recode_${crypto.randomBytes(4).toString("hex")}`;
  await adminQuery(adminUrl(), `CREATE DATABASE ${name}`);
  created.push(name);
  const url = databaseUrl(adminUrl(), name);
  const migrations = readMigrations();
  const first = migrations.findIndex((migration) => migration.name.endsWith("_coding_rules_1_1"));
  await applyMigrations(url, migrations.slice(0, first));
  const client = createPrismaClient(url);
  clients.push(client);
  urls.set(client, url);
  await client.$executeRawUnsafe(fs.readFileSync(FIXTURE, "utf8"));
  await applyMigrations(url);
  return client;
}

/** What the public record says, by natural keys (ids differ between databases). */
async function coding(client: PrismaClient) {
  const quotes = await client.quote.findMany({
    where: { deletedAt: null },
    orderBy: [{ article: { publishedOn: "asc" } }, { startOffset: "asc" }],
    select: {
      statementId: true,
      article: { select: { title: true } },
      startOffset: true,
      endOffset: true,
      text: true,
      speakerKind: true,
      speaker: { select: { slug: true } },
      speakerOrganization: { select: { name: true, country: { select: { code: true } } } },
      speakerLabel: true,
      speakerCountry: { select: { code: true } },
      attribution: true,
      statedOn: true,
      statedOnPrecision: true,
      statedOnReported: true,
      status: true,
      stances: {
        where: { deletedAt: null },
        select: {
          dimension: { select: { key: true } },
          position: { select: { key: true } },
          holderCountry: { select: { code: true } },
          strength: true,
          note: true,
        },
      },
    },
  });
  const keyOf = (quote: (typeof quotes)[number]) => `${quote.article.title}@${quote.startOffset}-${quote.endOffset}`;
  const statements = new Map<number, string[]>();
  for (const quote of quotes)
    statements.set(quote.statementId, [...(statements.get(quote.statementId) ?? []), keyOf(quote)]);
  const records = await client.countryStance.findMany({
    where: { deletedAt: null },
    select: {
      country: { select: { code: true } },
      position: { select: { key: true, dimension: { select: { key: true } } } },
      validFrom: true,
      validTo: true,
      summary: true,
      status: true,
      evidence: {
        select: { quote: { select: { article: { select: { title: true } }, startOffset: true, endOffset: true } } },
      },
    },
  });
  return {
    quotes: quotes.map(({ statementId: _statement, stances, ...quote }) => ({
      ...quote,
      key: keyOf({ ...quote, statementId: 0, stances }),
      stances: stances
        .map((s) => `${s.dimension.key}:${s.position.key}:${s.holderCountry.code}:${s.strength}:${s.note ?? ""}`)
        .sort(),
    })),
    statements: [...statements.values()].map((keys) => keys.sort().join(" + ")).sort(),
    records: records
      .map((record) => ({
        record: `${record.country.code} ${record.position.dimension.key}=${record.position.key} ${record.validFrom.toISOString().slice(0, 10)}–${record.validTo?.toISOString().slice(0, 10) ?? "open"}`,
        summary: record.summary,
        status: record.status,
        evidence: record.evidence
          .map(({ quote }) => `${quote.article.title}@${quote.startOffset}-${quote.endOffset}`)
          .sort(),
      }))
      .sort((a, b) => a.record.localeCompare(b.record)),
    countries: (await client.country.findMany({ select: { code: true }, orderBy: { code: "asc" } })).map((c) => c.code),
  };
}

let recoded: PrismaClient;
let first: RecodeReport;
let unrecoded: Awaited<ReturnType<typeof coding>>;

beforeAll(async () => {
  await seedDemo(db);
  recoded = await oldDemoDatabase();
  unrecoded = await coding(recoded);
  first = await recodeDemo(recoded);
}, 300_000);

afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect()));
  for (const name of created) await adminQuery(adminUrl(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

describe("npm run db:recode on a database seeded before coding rules 1.1", () => {
  it("leaves it coding what a fresh seed of the corrected demo codes, naming each correction and its rule", async () => {
    expect(first.changed).toEqual([]);
    expect(first.missing).toEqual([]);
    expect(first.applied.length).toBeGreaterThan(20);
    expect(first.applied).toContain(
      "rule 9: the three reports of Jake Sullivan's “different perspectives” are one statement",
    );
    expect(first.countriesAdded).toBeGreaterThan(200);
    const [fresh, after] = await Promise.all([coding(db), coding(recoded)]);
    // Before, the old coding: three reports of Sullivan's remark, analyst-only records, no context statements.
    expect([unrecoded.quotes.length, fresh.quotes.length]).toEqual([32, 35]);
    expect(unrecoded.statements).not.toEqual(fresh.statements);
    expect(unrecoded.records).not.toEqual(fresh.records);
    expect(unrecoded.quotes).not.toEqual(fresh.quotes);
    expect(after.records).toEqual(fresh.records);
    expect(after.statements).toEqual(fresh.statements);
    expect(after.quotes).toEqual(fresh.quotes);
    expect(after.countries).toEqual(fresh.countries);
  });

  it("counts what the public pages count as a fresh seed does (the read model follows)", async () => {
    const counts = (client: PrismaClient) =>
      client.$queryRaw<{ n: bigint; statements: bigint; published: bigint }[]>`
        SELECT sum(n) AS n, sum(statements) AS statements, sum("publishedStatements") AS published FROM "StanceReadCount"`;
    expect(await counts(recoded)).toEqual(await counts(db));
  });

  it("records every change in the audit trail, by the system, and changes nothing when run again", async () => {
    const audits = await recoded.auditEvent.count({
      where: { actorId: null, entityType: { in: ["Quote", "CountryStance"] } },
    });
    expect(audits).toBeGreaterThanOrEqual(first.applied.length);
    const before = await coding(recoded);
    const again = await recodeDemo(recoded);
    expect(again.applied).toEqual([]);
    expect(again.changed).toEqual([]);
    expect(again.already).toHaveLength(first.applied.length + first.already.length);
    expect(again.countriesAdded).toBe(0);
    expect(await coding(recoded)).toEqual(before);
    expect(
      await recoded.auditEvent.count({ where: { actorId: null, entityType: { in: ["Quote", "CountryStance"] } } }),
    ).toBe(audits);
  });

  it("runs as npm run db:recode, saying what it did, and refuses a database behind on its migrations", async () => {
    const run = (url: string) => {
      const result = spawnSync("npm", ["run", "--silent", "db:recode"], {
        encoding: "utf8",
        input: "",
        env: { ...process.env, DATABASE_URL: url, NODE_ENV: "development" },
      });
      return { status: result.status, output: result.stdout + result.stderr };
    };
    const done = run(urls.get(recoded)!);
    expect(done.status, done.output).toBe(0);
    expect(done.output).toMatch(
      /0 applied, \d+ already in place, 0 left for an editor, 0 about demo rows not in this database\./,
    );

    const name = `stance_recode_${crypto.randomBytes(4).toString("hex")}`;
    await adminQuery(adminUrl(), `CREATE DATABASE ${name}`);
    created.push(name);
    const behind = run(databaseUrl(adminUrl(), name));
    expect(behind.status).not.toBe(0);
    expect(behind.output).toMatch(/migration\(s\) to apply: run `npm run db:migrate` first\. Nothing was changed\./);
  });

  it("leaves alone a row an editor changed since seeding, and says so", async () => {
    const edited = await oldDemoDatabase();
    const wang = await edited.quote.findFirstOrThrow({
      where: { text: { startsWith: "China supports the ROK and the Democratic" } },
    });
    await edited.quote.update({ where: { id: wang.id }, data: { attribution: "analyst" } });
    const report = await recodeDemo(edited);
    expect(report.changed).toEqual([
      "rule 6: Wang Yi quoted through the Chinese Foreign Ministry's readout is on record (hankyoreh-wang-relations) (changed since it was seeded: left for an editor)",
    ]);
    expect((await edited.quote.findUniqueOrThrow({ where: { id: wang.id } })).attribution).toBe("analyst");
  });
});
