// npm run db:synth -- --quotes 1000000 — fills a database with realistic volumes for benchmarks: the codebook and
// countries, people, outlets, an article per ten quotes, and the quotes with one stance each (every fourth quote a
// second one), ~90% published. Set-based SQL (INSERT … SELECT generate_series), so a million quotes take minutes.
// Works on DATABASE_URL or the embedded server (scripts/lib/database-target.ts), and refuses a database that
// already holds articles unless --force: never point it at the dev database with the demo.
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "@/lib/database/client";
import { applyMigrations } from "@/lib/database/migrations";
import { seedCodebook } from "@/prisma/seed/codebook";
import { seedCountries } from "@/prisma/seed/countries";
import { DEMO_COUNTRIES } from "@/prisma/seed/demo/countries";
import { withDatabase } from "./lib/database-target";
import { runScript } from "./lib/run-script";

const args = z
  .object({
    quotes: z.coerce.number().int().min(1).max(20_000_000).default(1_000_000),
    people: z.coerce.number().int().min(1).max(100_000).default(2_000),
    force: z.boolean().default(false),
  })
  .parse(
    parseArgs({ options: { quotes: { type: "string" }, people: { type: "string" }, force: { type: "boolean" } } })
      .values,
  );

runScript(() =>
  withDatabase(async (target) => {
    await applyMigrations(target.url);
    const db = createPrismaClient(target.url);
    try {
      if (!args.force && (await db.article.count()) > 0) {
        throw Object.assign(
          new Error(`${target.describe} already holds articles; synthesize into an empty database (or pass --force).`),
          { name: "UserFacingError" },
        );
      }
      const started = performance.now();
      const step = async (label: string, sql: string) => {
        const t = performance.now();
        const rows = await db.$executeRawUnsafe(sql);
        console.log(`${label}: ${rows.toLocaleString("en")} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      };
      await seedCodebook(db);
      await seedCountries(db, DEMO_COUNTRIES);
      const articles = Math.max(1, Math.ceil(args.quotes / 10));
      await step(
        "outlets",
        `INSERT INTO "Outlet" (name, "updatedAt") SELECT 'Synthetic outlet ' || i, now() FROM generate_series(1, 40) i ON CONFLICT DO NOTHING`,
      );
      await step(
        "people",
        `INSERT INTO "Person" (name, slug, "updatedAt") SELECT 'Synthetic Person ' || i, 'synthetic-person-' || i, now() FROM generate_series(1, ${args.people}) i ON CONFLICT DO NOTHING`,
      );
      await step(
        "roles",
        `
        INSERT INTO "PersonRole" ("personId", "countryId", title, "startsOn", "updatedAt")
        SELECT p.id, c.id, 'Official', DATE '2015-01-01', now()
          FROM "Person" p JOIN LATERAL (SELECT id FROM "Country" ORDER BY id OFFSET (p.id % (SELECT count(*) FROM "Country")) LIMIT 1) c ON TRUE
         WHERE p.slug LIKE 'synthetic-person-%'`,
      );
      const body =
        "Officials spoke about ending the Korean War. " + "The envoy said a declaration should come first. ".repeat(8);
      await step(
        "articles",
        `
        INSERT INTO "Article" (title, "outletId", "publishedOn", body, "bodyHash", status, "publishedAt", "updatedAt", url)
        SELECT 'Synthetic article ' || i, (SELECT min(id) FROM "Outlet") + (i % 40),
               DATE '2018-01-01' + (i % 2900), '${body}', md5(i::text), CASE WHEN i % 50 = 0 THEN 'draft' ELSE 'published' END::"ArticleStatus",
               now(), now(), 'https://synthetic.example/' || i || '-' || md5(random()::text)
          FROM generate_series(1, ${articles}) i`,
      );
      // One statement per quote, with consecutive ids: the quotes below take theirs by number.
      await step(
        "statements",
        `INSERT INTO "Statement" ("createdAt") SELECT now() FROM generate_series(1, ${args.quotes})`,
      );
      await step(
        "quotes",
        `
        WITH base AS (SELECT max(id) - ${args.quotes} AS id FROM "Statement"),
             a AS (SELECT id, "publishedOn", row_number() OVER (ORDER BY id) AS n FROM "Article" WHERE title LIKE 'Synthetic article %'),
             p AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Person" WHERE slug LIKE 'synthetic-person-%'),
             r AS (SELECT "personId", "countryId" FROM "PersonRole")
        INSERT INTO "Quote" ("statementId", "speakerKind", "articleId", "startOffset", "endOffset", "text", "speakerId", "speakerCountryId", attribution, "statedOn", status, "updatedAt", "publishedAt")
        SELECT (SELECT id FROM base) + i, 'person', a.id, 45, 93, 'The envoy said a declaration should come first. ' || i, p.id, r."countryId",
               (ARRAY['on_record','official_statement','anonymous_source','reported','analyst'])[1 + i % 5]::"AttributionKind",
               a."publishedOn" - (i % 3), CASE WHEN i % 20 = 0 THEN 'in_review' WHEN i % 20 = 1 THEN 'draft' ELSE 'published' END::"ReviewStatus",
               now(), now()
          FROM generate_series(1, ${args.quotes}) i
          JOIN a ON a.n = 1 + (i - 1) / 10
          JOIN p ON p.n = 1 + i % ${args.people}
          JOIN r ON r."personId" = p.id`,
      );
      await step(
        "stances",
        `
        WITH pos AS (SELECT id, "dimensionId", row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM "Position")
        INSERT INTO "Stance" ("quoteId", "dimensionId", "positionId", "holderCountryId", "updatedAt")
        SELECT q.id, pos."dimensionId", pos.id, COALESCE(CASE WHEN q.id % 7 = 0 THEN (SELECT min(id) FROM "Country") END, q."speakerCountryId"), now()
          FROM "Quote" q
          JOIN generate_series(0, 1) k ON k = 0 OR q.id % 4 = 0
          JOIN pos ON pos.n = 1 + (q.id * 7 + k * 3) % pos.total
         WHERE q."text" LIKE 'The envoy said a declaration should come first. %'`,
      );
      await db.$executeRawUnsafe("ANALYZE");
      console.log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s on ${target.describe}.`);
    } finally {
      await db.$disconnect();
    }
  }),
);
