// The data migration of coding rules 1.1 (migrations *_coding_rules_1_1 and *_coding_rules_1_1_read) on a database
// holding the old demo data: migrated up to the migration before them, loaded with the demo as main seeded it
// before (tests/fixtures/migrations/demo-before-coding-rules-1-1.sql), then migrated. Nothing is lost: every
// row and value that existed is still there, and the new columns say what the old ones did.
import fs from "node:fs";
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/database/migrations";
import { adminQuery, databaseUrl } from "../support/postgres-server";

const FIXTURE = "tests/fixtures/migrations/demo-before-coding-rules-1-1.sql";
const adminUrl = () => inject("pgAdminUrl");
const name = `stance_migrate_${crypto.randomBytes(4).toString("hex")}`;
let client: pg.Client;

const rows = async (sql: string) => (await client.query(sql)).rows;

/** What existed before, as the old columns hold it. */
const OLD_VALUES = {
  counts: `SELECT (SELECT count(*) FROM "Quote") AS quotes, (SELECT count(*) FROM "Stance") AS stances,
                  (SELECT count(*) FROM "CountryStance") AS records, (SELECT count(*) FROM "CountryStanceEvidence") AS evidence,
                  (SELECT count(*) FROM "Person") AS people, (SELECT count(*) FROM "Country") AS countries,
                  (SELECT count(*) FROM "Article") AS articles, (SELECT count(*) FROM "StanceRead") AS "readRows"`,
  quotes: `SELECT id, "articleId", "startOffset", "endOffset", text, prefix, suffix, "speakerId", "speakerLabel",
                  "speakerCountryId", attribution, "statedOn"::text, status, "authorId", "reviewerId", "publishedAt",
                  version, "deletedAt"
             FROM "Quote" ORDER BY id`,
  stances: `SELECT id, "quoteId", "dimensionId", "positionId", "holderCountryId", note, "deletedAt" FROM "Stance" ORDER BY id`,
  records: `SELECT c.id, "countryId", "dimensionId", "positionId", "validFrom"::text, "validTo"::text, summary, status,
                   array_agg(e."quoteId" ORDER BY e."quoteId") AS evidence
              FROM "CountryStance" c LEFT JOIN "CountryStanceEvidence" e ON e."countryStanceId" = c.id
             GROUP BY c.id ORDER BY c.id`,
  read: `SELECT "stanceId", "quoteId", "articleId", published, "statedOn"::text, year, "publishedOn"::text,
                "speakerCountryId", "personId", attribution, "holderCountryId", "dimensionId", "positionId", "outletId"
           FROM "StanceRead" ORDER BY "stanceId"`,
  readCounts: `SELECT published, "holderCountryId", "dimensionId", "positionId", attribution, year, "speakerCountryId", n
                 FROM "StanceReadCount" ORDER BY 1, 2, 3, 4, 5, 6, 7`,
};

let before: Record<keyof typeof OLD_VALUES, unknown[]>;

beforeAll(async () => {
  await adminQuery(adminUrl(), `CREATE DATABASE ${name}`);
  const url = databaseUrl(adminUrl(), name);
  const migrations = readMigrations();
  const first = migrations.findIndex((migration) => migration.name.endsWith("_coding_rules_1_1"));
  expect(first).toBeGreaterThan(0);
  await applyMigrations(url, migrations.slice(0, first));
  client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(fs.readFileSync(FIXTURE, "utf8"));
  before = {} as typeof before;
  for (const [key, sql] of Object.entries(OLD_VALUES)) before[key as keyof typeof OLD_VALUES] = await rows(sql);
  expect(await applyMigrations(url)).toEqual(migrations.slice(first).map((migration) => migration.name));
}, 120_000);

afterAll(async () => {
  await client?.end();
  await adminQuery(adminUrl(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

describe("migrating the old demo data to coding rules 1.1", () => {
  it("keeps every quote, stance, country record, its evidence and every value they had", async () => {
    const [counts] = before.counts as Record<string, string>[];
    expect(Number(counts.quotes)).toBe(32);
    expect(Number(counts.stances)).toBe(29);
    expect(Number(counts.records)).toBe(13);
    for (const [key, sql] of Object.entries(OLD_VALUES))
      expect(await rows(sql), key).toEqual(before[key as keyof typeof OLD_VALUES]);
  });

  it("makes each quote the only report of its own statement, dated to the day, its stances explicit", async () => {
    const [row] = await rows(`
      SELECT (SELECT count(*) FROM "Statement")::int AS statements,
             (SELECT count(*) FROM "Quote" WHERE "statementId" <> id)::int AS "otherStatement",
             (SELECT count(*) FROM "Quote" WHERE "statedOnPrecision" <> 'day' OR "statedOnReported")::int AS "notDay",
             (SELECT count(*) FROM "Stance" WHERE strength <> 'explicit')::int AS implied,
             (SELECT count(*) FROM "StanceRead" WHERE NOT "leadVisible" OR ("published" AND NOT "leadPublished"))::int AS "notLead"`);
    expect(row).toEqual({ statements: 32, otherStatement: 0, notDay: 0, implied: 0, notLead: 0 });
    // New statements continue after the migrated ones.
    const [next] = await rows(`INSERT INTO "Statement" DEFAULT VALUES RETURNING id`);
    expect(next.id).toBe(33);
  });

  it("gives each quote the speaker kind its columns said, and turns labelled readouts into organizations", async () => {
    const kinds = await rows(`
      SELECT "speakerKind" AS kind, attribution, count(*)::int AS n,
             bool_and(CASE "speakerKind" WHEN 'person' THEN "speakerId" IS NOT NULL
                                         WHEN 'organization' THEN "speakerOrganizationId" IS NOT NULL
                                         ELSE "speakerId" IS NULL AND "speakerLabel" IS NOT NULL END) AS consistent
        FROM "Quote" GROUP BY 1, 2 ORDER BY 1, 2`);
    expect(kinds.every((row) => row.consistent)).toBe(true);
    expect(kinds.filter((row) => row.kind === "outlet").every((row) => row.attribution === "reported")).toBe(true);
    expect(
      kinds.filter((row) => row.kind === "organization").every((row) => row.attribution === "official_statement"),
    ).toBe(true);
    const organizations = await rows(`
      SELECT o.name, c.code FROM "Organization" o LEFT JOIN "Country" c ON c.id = o."countryId" ORDER BY o.name COLLATE "C"`);
    expect(organizations).toEqual([
      { name: "South Korean Ministry of Foreign Affairs", code: "KR" },
      { name: "South Korean embassy in Beijing", code: "KR" },
    ]);
    const [linked] = await rows(`
      SELECT count(*)::int AS n FROM "Quote" q JOIN "Organization" o ON o.id = q."speakerOrganizationId"
       WHERE o.name = q."speakerLabel" AND o."countryId" = q."speakerCountryId"`);
    expect(linked.n).toBe(kinds.filter((row) => row.kind === "organization").reduce((sum, row) => sum + row.n, 0));
  });

  it("keeps the read model in step: statement and lead columns filled, counts of statements equal to stances", async () => {
    const [row] = await rows(`
      SELECT (SELECT count(*) FROM "StanceRead" r JOIN "Quote" q ON q.id = r."quoteId"
               WHERE r."statementId" = q."statementId" AND r."statedUntil" = r."statedOn"
                 AND r."speakerKind" = q."speakerKind")::int AS matching,
             (SELECT count(*) FROM "StanceRead")::int AS total,
             (SELECT sum(n - statements) FROM "StanceReadCount")::int AS "reportsOverStatements"`);
    expect(row.matching).toBe(row.total);
    expect(row.reportsOverStatements).toBe(0);
  });
});
