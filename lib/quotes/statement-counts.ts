// Published statements counted by key, read from "PublicStatementCount" (migration
// 20261130123000_public_statement_counts), which triggers keep exact on every write: a public page's totals cost one
// indexed row each, whatever the number of quotes, instead of a COUNT(DISTINCT statementId) over every published
// quote of a country, person or position (several seconds each at a million quotes).
import "server-only";
import { db } from "@/lib/db";

/** The keys the table counts under; what each one means is written in the migration. */
export type StatementCountKind = "speakerCountry" | "about" | "commentary" | "person" | "position";

/** The number of published statements (coding rule 9) under one key; 0 when none. */
export async function countPublishedStatements(kind: StatementCountKind, keyId: number): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT "statements"::int AS n FROM "PublicStatementCount" WHERE "kind" = ${kind} AND "keyId" = ${keyId} AND "month" IS NULL`;
  return row?.n ?? 0;
}

/** Every country's published statements by it, about it (others) and analysts' commentary on it: one row per key. */
export function countPublishedStatementsOfCountries() {
  return db.$queryRaw<{ kind: "speakerCountry" | "about" | "commentary"; keyId: number; statements: number }[]>`
    SELECT "kind", "keyId", "statements"::int AS statements
      FROM "PublicStatementCount"
     WHERE "kind" IN ('speakerCountry', 'about', 'commentary') AND "month" IS NULL`;
}

/** Published statements per speaker country and month of statement (analysts excluded), with the countries. */
export function countPublishedStatementsByCountryMonth() {
  return db.$queryRaw<{ code: string; name: string; shortName: string; month: Date; count: number }[]>`
    SELECT c.code, c.name, c."shortName", n."month", n."statements"::int AS count
      FROM "PublicStatementCount" n
      JOIN "Country" c ON c.id = n."keyId"
     WHERE n."kind" = 'speakerCountryMonth'
     ORDER BY c.code, n."month"`;
}
