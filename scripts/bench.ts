// npm run bench — times what users get: every public page, /explore with typical filters, /search and each API
// list, through HTTP against the production build (`npm run build` first), on the benchmark database (fill it with
// `npm run db:synth`). Next to each, PostgreSQL's own time for the SQL those requests issued in the same run
// (pg_stat_statements), and the ratio HTTP p50 / SQL per request: what the app adds. A page served from the
// app's cache issues no SQL ("cached"); its render shows in "first", the first request (after a start the server
// renders every page afresh), with that request's SQL. Each run of a line also fetches a static file
// (`/robots.txt`, the first line) from the same server just before: the floor of any answer over HTTP here, timed
// under the same load. "over floor" divides HTTP p50 by SQL per request plus that line's floor p50, the ratio a line
// can reach when its SQL is a fraction of a millisecond; the last column says which targets a line misses.
//   EMBEDDED_PG_DIR=/tmp/bench/pg EMBEDDED_PG_PORT=54391 npm run bench -- [--runs 20] [--export]
//     [--out result.json] [--compare other.json]   (--compare adds a growth column, e.g. 1M against 100k)
//     [--only "q=,search"]   (only the lines whose label contains one of these, comma-separated)
//     [--save]   (one quote save's writes with their read-model triggers, rolled back: a database-side figure at
//                this size, not what the editor waits for; `npm run bench:annotate` times the save through the app)
// Targets at 1M on 2 cores: pages and lists p95 < 150 ms and ≤ 1.5× their SQL; API lists p95 < 50 ms; growth
// 100k → 1M ≤ 1.3×.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "@/lib/database/client";
import { startBenchApp, sqlSince, type BenchApp } from "./lib/bench-app";
import { runScript } from "./lib/run-script";
import { measureExports } from "./lib/export-bench";

const args = z
  .object({
    runs: z.coerce.number().int().min(3).max(1000).default(20),
    export: z.boolean().default(false),
    save: z.boolean().default(false),
    out: z.string().optional(),
    compare: z.string().optional(),
    only: z
      .string()
      .optional()
      .transform((list) => list?.split(",").filter(Boolean)),
  })
  .parse(
    parseArgs({
      options: {
        runs: { type: "string" },
        export: { type: "boolean" },
        save: { type: "boolean" },
        out: { type: "string" },
        compare: { type: "string" },
        only: { type: "string" },
      },
    }).values,
  );

interface Result {
  label: string;
  path: string;
  p50: number;
  p95: number;
  /** The first request: a page served from the cache afterwards is rendered here (its SQL in firstSql). */
  first: number;
  firstSql: number | null;
  bytes: number;
  /** The static file's p50 (ms) in the same runs, fetched just before each request of this line. */
  floor: number;
  /** PostgreSQL's time per request (ms), null when pg_stat_statements is not loaded. */
  sql: number | null;
  statements: number | null;
}

runScript(async () => {
  const app = await startBenchApp();
  try {
    const db = createPrismaClient(app.target.url);
    const sample = await db.$queryRaw<{ stances: bigint; quote: number; article: number; person: string }[]>`
      SELECT (SELECT count(*) FROM "StanceRead") AS stances,
             (SELECT max(q.id) FROM "Quote" q JOIN "Article" a ON a.id = q."articleId"
               WHERE q.status = 'published' AND a.status = 'published') AS quote,
             (SELECT max(a.id) FROM "Article" a WHERE a.status = 'published') AS article,
             (SELECT p.slug FROM "Person" p JOIN "Quote" q ON q."speakerId" = p.id
               JOIN "Article" a ON a.id = q."articleId"
               WHERE p."deletedAt" IS NULL AND q.status = 'published' AND a.status = 'published'
               GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1) AS person`;
    const { stances, quote, article, person } = sample[0];
    const position = await db.position.findFirstOrThrow({ where: { retired: false }, include: { dimension: true } });
    await db.$disconnect();
    console.log(
      `${Number(stances).toLocaleString("en")} stance rows; ${app.target.describe}; ${args.runs} runs each\n`,
    );

    const targets: [string, string][] = [
      [FLOOR_LABEL, STATIC_PATH],
      ["home", "/"],
      ["countries", "/countries"],
      ["country KR", "/countries/KR"],
      ["country US", "/countries/US"],
      ["people", "/people"],
      ["person (most quoted)", `/people/${person}`],
      ["articles", "/articles"],
      ["article", `/articles/${article}`],
      ["quote", `/quotes/${quote}`],
      ["position", `/positions/${position.dimension.key}/${position.key}`],
      ["codebook", "/codebook"],
      ["explore, no filter", "/explore"],
      ["explore, holderCountry=KR&dimension=instrument", "/explore?holderCountry=KR&dimension=instrument"],
      ["explore, statedFrom=2020-01-01&statedTo=2020-12-31", "/explore?statedFrom=2020-01-01&statedTo=2020-12-31"],
      ["explore, q=declaration", "/explore?q=declaration"],
      ["explore, q=photosynthesis (no match)", "/explore?q=photosynthesis"],
      ["search, q=declaration", "/search?q=declaration"],
      // Two-character Korean and Chinese words: the bigram indexes, not a scan of every body (cjk_bigrams).
      ["search, q=평화", `/search?q=${encodeURIComponent("평화")}`],
      ["API articles, q=和平", `/api/v1/articles?q=${encodeURIComponent("和平")}`],
      ["explore, q=평화", `/explore?q=${encodeURIComponent("평화")}`],
      ["API quotes, q=和平&total=1", `/api/v1/quotes?q=${encodeURIComponent("和平")}&total=1`],
      ["API stances, q=평화&total=1", `/api/v1/stances?q=${encodeURIComponent("평화")}&total=1`],
      ["API stances (100)", "/api/v1/stances?limit=100"],
      ["API stances, holderCountry=KR&dimension=instrument", "/api/v1/stances?holderCountry=KR&dimension=instrument"],
      ["API stances, q=declaration&statedFrom=2021-01-01", "/api/v1/stances?q=declaration&statedFrom=2021-01-01"],
      ["API stances, q=declaration&total=1", "/api/v1/stances?q=declaration&total=1"],
      ["API quotes, q=declaration&total=1", "/api/v1/quotes?q=declaration&total=1"],
      ["API quotes (100)", "/api/v1/quotes?limit=100"],
      ["API articles (100)", "/api/v1/articles?limit=100"],
      ["API people (100)", "/api/v1/people?limit=100"],
      ["API country-stances (100)", "/api/v1/country-stances?limit=100"],
      ["API countries", "/api/v1/countries"],
      ["API dimensions", "/api/v1/dimensions"],
    ];
    const results: Result[] = [];
    const previous = args.compare
      ? new Map((JSON.parse(fs.readFileSync(args.compare, "utf8")) as Result[]).map((r) => [r.label, r]))
      : null;
    printHeader(previous !== null);
    const chosen = targets.filter(
      ([label]) => label === FLOOR_LABEL || !args.only || args.only.some((w) => label.includes(w)),
    );
    for (const [label, path] of chosen) {
      const result = await measure(app, label, path);
      results.push(result);
      printRow(result, previous?.get(label));
    }
    if (args.save) await measureSave(app);
    if (args.export) await measureExports(app, 1);
    if (args.out) fs.writeFileSync(args.out, JSON.stringify(results, null, 2));
  } finally {
    await app.stop();
  }
});

const STATIC_PATH = "/robots.txt";
const FLOOR_LABEL = `static file (${STATIC_PATH})`;

async function timed(request: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await request();
  return performance.now() - started;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
/** The targets at 1M (issue #13), checked per line in the last column. */
const TARGET = { pageP95: 150, apiP95: 50, ratio: 1.5, growth: 1.3 };

let address = 0;

async function get(app: BenchApp, path: string): Promise<number> {
  // Each request from its own address: the anonymous API rate limit must not answer instead of the app.
  const response = await fetch(`${app.baseUrl}${path}`, {
    headers: { "x-forwarded-for": `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address++ & 255}` },
    redirect: "manual",
  });
  const body = await response.arrayBuffer();
  if (response.status >= 400) throw new Error(`${path} answered ${response.status}`);
  return body.byteLength;
}

async function measure(app: BenchApp, label: string, path: string): Promise<Result> {
  if (app.statementsTracked) await sqlSince(app);
  const start = performance.now();
  const bytes = await get(app, path); // warm: the page cache, the app's data cache, plans
  const first = performance.now() - start;
  const firstSql = app.statementsTracked ? (await sqlSince(app)).ms : null;
  const times: number[] = [];
  const floors: number[] = [];
  for (let run = 0; run < args.runs; run++) {
    floors.push(await timed(() => get(app, STATIC_PATH)));
    times.push(await timed(() => get(app, path)));
  }
  const sql = app.statementsTracked ? await sqlSince(app) : null;
  return {
    label,
    path,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    floor: percentile(floors, 50),
    first,
    firstSql,
    bytes,
    sql: sql ? sql.ms / args.runs : null,
    statements: sql ? sql.statements / args.runs : null,
  };
}

function printHeader(growth: boolean) {
  console.log(
    `${"what".padEnd(52)} ${"HTTP p50".padStart(9)} ${"p95".padStart(9)} ${"SQL/req".padStart(9)} ${"ratio".padStart(7)} ${"over floor".padStart(10)} ${"first".padStart(9)} ${"its SQL".padStart(9)} ${"KB".padStart(7)}${growth ? ` ${"growth p50".padStart(10)} ${"first".padStart(7)}` : ""}  misses`,
  );
}

function printRow(r: Result, before?: Result) {
  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);
  const sqlMs = r.sql !== null && r.sql >= 0.05 ? r.sql : null;
  const sql = r.sql === null ? "n/a".padStart(9) : sqlMs === null ? "cached".padStart(9) : ms(sqlMs);
  const ratio = sqlMs === null ? "" : `${(r.p50 / sqlMs).toFixed(1)}×`;
  const overFloor = sqlMs === null || r.label === FLOOR_LABEL ? null : r.p50 / (sqlMs + r.floor);
  const firstSql = r.firstSql === null ? "n/a".padStart(9) : ms(r.firstSql);
  const growth = before ? r.p50 / before.p50 : null;
  const growthColumns =
    growth === null || !before
      ? ""
      : ` ${`${growth.toFixed(2)}×`.padStart(10)} ${before.first ? `${(r.first / before.first).toFixed(2)}×`.padStart(7) : ""}`;
  const misses = [
    r.p95 >= (r.label.startsWith("API") ? TARGET.apiP95 : TARGET.pageP95) && "p95",
    overFloor !== null && overFloor > TARGET.ratio && "ratio",
    growth !== null && growth > TARGET.growth && "growth",
  ].filter(Boolean);
  console.log(
    `${r.label.padEnd(52)} ${ms(r.p50)} ${ms(r.p95)} ${sql} ${ratio.padStart(7)} ${(overFloor === null ? "" : `${overFloor.toFixed(1)}×`).padStart(10)} ${ms(r.first)} ${firstSql} ${String(Math.round(r.bytes / 1024)).padStart(7)}${growthColumns}  ${misses.join(", ")}`,
  );
}

/**
 * One quote save at this size, as the workspace's save writes it: the quote's date (which StanceRead copies) and its
 * stance's position, each UPDATE firing the per-statement read-model triggers (StanceRead, its count tables). Run
 * three times in a transaction that is rolled back, so the benchmark database is left as it was; PostgreSQL's own
 * time from EXPLAIN ANALYZE, the triggers' share named.
 */
async function measureSave(app: BenchApp) {
  const { rows } = await app.sql.query<{ quote: number; stance: number; position: number }>(
    `SELECT q.id AS quote, s.id AS stance,
            (SELECT p.id FROM "Position" p WHERE p."dimensionId" = s."dimensionId" AND p.id <> s."positionId"
              ORDER BY p.id LIMIT 1) AS position
       FROM "Quote" q JOIN "Stance" s ON s."quoteId" = q.id
      WHERE q.status = 'published' ORDER BY q.id DESC LIMIT 1`,
  );
  const { quote, stance, position } = rows[0];
  type Plan = {
    "Execution Time": number;
    "Planning Time": number;
    Triggers?: { "Trigger Name": string; Time: number }[];
  };
  const explain = async (sql: string, values: unknown[]) =>
    (await app.sql.query<{ "QUERY PLAN": Plan[] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, values)).rows[0][
      "QUERY PLAN"
    ][0] as Plan;
  const totals: number[] = [];
  let triggers = new Map<string, number>();
  for (let run = 0; run < 3; run++) {
    await app.sql.query("BEGIN");
    try {
      const started = performance.now();
      const plans = [
        await explain(`UPDATE "Quote" SET "statedOn" = "statedOn" - 1, "updatedAt" = now() WHERE id = $1`, [quote]),
        await explain(`UPDATE "Stance" SET "positionId" = $2, "updatedAt" = now() WHERE id = $1`, [stance, position]),
      ];
      totals.push(performance.now() - started);
      triggers = new Map();
      for (const plan of plans)
        for (const trigger of plan.Triggers ?? [])
          triggers.set(trigger["Trigger Name"], (triggers.get(trigger["Trigger Name"]) ?? 0) + trigger.Time);
    } finally {
      await app.sql.query("ROLLBACK");
    }
  }
  totals.sort((a, b) => a - b);
  console.log(
    `
quote save, database side only (UPDATE Quote + UPDATE Stance with their read-model triggers, rolled back; ` +
      `the save over HTTP is timed by npm run bench:annotate): ` +
      `${totals.map((ms) => `${ms.toFixed(1)} ms`).join(", ")}; last run's triggers: ` +
      [...triggers].map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`).join(", "),
  );
}
