// Reads of stances for the read API, the explorer and the exports, filtered by the explorer's criteria and the
// caller's visibility, newest statement first, keyset-paginated by (statedOn, id). Which stances match, and their
// counts, come from the narrow "StanceRead" table that triggers keep in step with Stance, Quote and Article
// (docs/decisions/008-stance-read-performance.md); only the rows of the page are then joined for their labels and
// texts. Raw SQL because the keyset comparison, the full-text condition and the flat row are beyond Prisma's
// query builder; the visibility rule is the one of visibleQuoteSql, applied when the table is written.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Visibility } from "@/lib/auth/permissions";
import { decodeCursor, toPage, type Page } from "@/lib/cursor";
import type { StanceDto } from "./dto";
import { and, readConditions, resolveCriteria, statusSql, visibleQuoteSql, type ResolvedCriteria } from "./criteria";
import type { StanceCriteria, StanceFilter } from "./schemas";

/**
 * Who spoke, by the speaker's kind (coding rule 6), over `pe` (Person), `org` (Organization), `o` (Outlet) and the
 * quote's columns under `alias`: the person or organization, the outlet for a journalist's summary, else the
 * description of an unnamed source.
 */
const speakerNameSql = (alias: string) => {
  const q = Prisma.raw(alias);
  return Prisma.sql`COALESCE(pe.name, org.name, CASE WHEN ${q}."speakerKind" = 'outlet' THEN o.name END, ${q}."speakerLabel")`;
};

const SELECT = Prisma.sql`
  SELECT s.id,
         ${statusSql} AS status,
         to_char(q."statedOn", 'YYYY-MM-DD') AS "statedOn",
         d.key AS dimension, d.label AS "dimensionLabel",
         p.key AS position, p.label AS "positionLabel",
         hc.code AS "holderCountry", hc.name AS "holderCountryName",
         sc.code AS "speakerCountry", sc.name AS "speakerCountryName",
         CASE WHEN pe."deletedAt" IS NULL AND pe."mergedIntoId" IS NULL THEN pe.slug END AS speaker,
         ${speakerNameSql("q")} AS "speakerName",
         q.attribution::text AS attribution,
         q.id AS "quoteId", q."text" AS "quoteText",
         a.id AS "articleId", a.title AS "articleTitle", to_char(a."publishedOn", 'YYYY-MM-DD') AS "articlePublishedOn",
         o.id AS "outletId", o.name AS outlet, a.url AS "sourceUrl",
         s.note, q."statementId", q."statedOnPrecision"::text AS "statedOnPrecision", q."statedOnReported",
         q."speakerKind"::text AS "speakerKind", s.strength::text AS strength
    FROM "Stance" s
    JOIN "Quote" q ON q.id = s."quoteId"
    JOIN "Article" a ON a.id = q."articleId"
    JOIN "Dimension" d ON d.id = s."dimensionId"
    JOIN "Position" p ON p.id = s."positionId"
    JOIN "Country" hc ON hc.id = s."holderCountryId"
    LEFT JOIN "Country" sc ON sc.id = q."speakerCountryId"
    LEFT JOIN "Person" pe ON pe.id = q."speakerId"
    LEFT JOIN "Organization" org ON org.id = q."speakerOrganizationId"
    LEFT JOIN "Outlet" o ON o.id = a."outletId"`;

type Key = [string, number];

/** One page of stances: `{ data, next }`. */
export async function listStances(visibility: Visibility, filter: StanceFilter): Promise<Page<StanceDto>> {
  const { cursor, limit, ...criteria } = filter;
  const after = decodeCursor<Key>(cursor, ["day", "int"]);
  const rows = await readBatch(visibility, await resolveCriteria(criteria), after, limit + 1);
  return toPage(rows, limit, (row) => [row.statedOn, row.id]);
}

export async function getStance(visibility: Visibility, id: number): Promise<StanceDto> {
  const rows = await db.$queryRaw<
    StanceDto[]
  >`${SELECT} WHERE s.id = ${id} AND s."deletedAt" IS NULL AND ${visibleQuoteSql(visibility)}`;
  if (!rows[0]) throw new AppError("NOT_FOUND", `No stance ${id}.`);
  return rows[0];
}

/**
 * Every stance matching the criteria, in keyset batches of `batchSize`, so an export of a million rows holds a few
 * batches in memory. Resolves the criteria first, so a bad filter fails before any output.
 */
export async function streamStances(
  visibility: Visibility,
  criteria: StanceCriteria,
  batchSize = 10_000,
): Promise<AsyncGenerator<StanceDto[]>> {
  const resolved = await resolveCriteria(criteria);
  return streamBatches(visibility, resolved, batchSize, async (after) => {
    const rows = await readBatch(visibility, resolved, after, batchSize, { serial: true });
    const last = rows[rows.length - 1];
    return { value: rows, count: rows.length, last: last ? [last.statedOn, last.id] : null };
  });
}

/**
 * The CSV export's rows, without the header: the same lines as `stanceCsvRows` (lib/stances/csv.ts), but written by
 * PostgreSQL, one string per batch. Decoding a million rows of 23 columns into objects and formatting them again
 * cost this process more CPU and memory than the whole query; this way it only passes text along.
 */
// Batches of 5,000: as fast as 10,000 here, and each ~2 MB string held three at a time keeps the peak lower.
export async function streamStanceCsv(
  visibility: Visibility,
  criteria: StanceCriteria,
  batchSize = 5_000,
  /** Told each batch's row count (the text alone cannot say: a field may hold a line break). */
  onRows: (count: number) => void = () => {},
): Promise<AsyncGenerator<string>> {
  const resolved = await resolveCriteria(criteria);
  return streamBatches(visibility, resolved, batchSize, async (after) => {
    const [row] = await serially(readPage<CsvPage>(visibility, resolved, after, batchSize, CSV_LINES));
    onRows(row.count);
    return {
      value: row.text ?? "",
      count: row.count,
      last: row.lastStatedOn !== null && row.lastId !== null ? [row.lastStatedOn, row.lastId] : null,
    };
  });
}

/**
 * The batch pipeline of the exports. Two batches are read ahead while the consumer writes the current one: where
 * each next batch starts is found first by a cheap query on the StanceRead index (the key `batchSize` rows further
 * on), so two reads run at once while this process writes. If the data changed in between and a batch does not
 * end where the next was assumed to start, the batches read ahead are dropped and reading resumes from the true
 * last row: no row is skipped or repeated. Nothing beyond that is read until the consumer pulls.
 */
function streamBatches<T>(
  visibility: Visibility,
  criteria: ResolvedCriteria,
  batchSize: number,
  read: (after: Key | null) => Promise<{ value: T; count: number; last: Key | null }>,
): AsyncGenerator<T> {
  const AHEAD = 2;
  return (async function* () {
    const queue: { after: Key | null; batch: ReturnType<typeof read> }[] = [];
    let frontier: Key | null = null; // where the next batch to read starts (exclusive)
    let atEnd = false; // fewer than batchSize rows lie beyond the frontier
    const drop = () => queue.splice(0).forEach((entry) => entry.batch.catch(() => {}));
    try {
      for (;;) {
        while (!atEnd && queue.length < AHEAD) {
          const after = frontier;
          const batch = read(after);
          batch.catch(() => {}); // awaited in turn below; this only keeps an early failure from going unhandled
          queue.push({ after, batch });
          const next = await keyAfter(visibility, criteria, after, batchSize);
          if (next) frontier = next;
          else atEnd = true;
        }
        const entry = queue.shift();
        if (!entry) return;
        const { value, count, last } = await entry.batch;
        if (count > 0) yield value;
        if (count < batchSize || !last) return;
        if (!queue[0] || queue[0].after?.[0] !== last[0] || queue[0].after?.[1] !== last[1]) {
          drop();
          frontier = last;
          atEnd = false;
        }
      }
    } finally {
      drop(); // abandoned early (the client went away): let the reads in flight finish quietly
    }
  })();
}

/** The key of the `offset`-th row after `after` in keyset order, or null when there are fewer rows. */
async function keyAfter(
  visibility: Visibility,
  criteria: ResolvedCriteria,
  after: Key | null,
  offset: number,
): Promise<Key | null> {
  const conditions = readConditions(visibility, criteria);
  if (after) conditions.push(Prisma.sql`(r."statedOn", r."stanceId") < (${after[0]}::date, ${after[1]})`);
  const rows = await db.$queryRaw<{ statedOn: string; id: number }[]>`
    SELECT to_char(r."statedOn", 'YYYY-MM-DD') AS "statedOn", r."stanceId" AS id FROM "StanceRead" r
     WHERE ${and(conditions)}
     ORDER BY r."statedOn" DESC, r."stanceId" DESC
    OFFSET ${offset - 1} LIMIT 1`;
  return rows[0] ? [rows[0].statedOn, rows[0].id] : null;
}

/**
 * One keyset page. The inner query walks StanceRead in the order of its (statedOn, stanceId) indexes (the cursor's
 * row comparison is an index range) and joins only the rows it keeps to Stance, Quote and Article through their
 * primary keys (a LIMIT over an ordered index makes PostgreSQL join row by row, even for 10,000 rows); the codebook,
 * countries, speaker and outlet are joined to that page afterwards (PAGE_JOINS). Two small join problems instead of
 * one of ten tables keep planning to a few milliseconds.
 */
function readPage<T>(
  visibility: Visibility,
  criteria: ResolvedCriteria,
  after: Key | null,
  take: number,
  select: Prisma.Sql,
  direction: "desc" | "asc" = "desc",
) {
  const conditions = readConditions(visibility, criteria);
  if (after && direction === "desc")
    conditions.push(Prisma.sql`(r."statedOn", r."stanceId") < (${after[0]}::date, ${after[1]})`);
  if (after && direction === "asc")
    conditions.push(Prisma.sql`(r."statedOn", r."stanceId") > (${after[0]}::date, ${after[1]})`);
  const order =
    direction === "desc"
      ? Prisma.sql`r."statedOn" DESC, r."stanceId" DESC`
      : Prisma.sql`r."statedOn" ASC, r."stanceId" ASC`;
  return db.$queryRaw<T[]>`
    WITH page AS MATERIALIZED (
      SELECT r."stanceId", r."statedOn", r.published, s.note, s."dimensionId", s."positionId", s."holderCountryId",
             s.strength, q."statementId", q."statedOnPrecision", q."statedOnReported", q."speakerKind",
             q."speakerOrganizationId",
             q."speakerCountryId", q."speakerId", q."speakerLabel", q.attribution, q.id AS "quoteId", q."text",
             a.id AS "articleId", a.title, a."publishedOn", a."outletId", a.url
        FROM "StanceRead" r
        JOIN "Stance" s ON s.id = r."stanceId"
        JOIN "Quote" q ON q.id = s."quoteId"
        JOIN "Article" a ON a.id = q."articleId"
       WHERE ${and(conditions)}
       ORDER BY ${order}
       LIMIT ${take}
    )
    ${select}`;
}

const PAGE_JOINS = Prisma.sql`
      FROM page
      JOIN "Dimension" d ON d.id = page."dimensionId"
      JOIN "Position" p ON p.id = page."positionId"
      JOIN "Country" hc ON hc.id = page."holderCountryId"
      LEFT JOIN "Country" sc ON sc.id = page."speakerCountryId"
      LEFT JOIN "Person" pe ON pe.id = page."speakerId"
      LEFT JOIN "Organization" org ON org.id = page."speakerOrganizationId"
      LEFT JOIN "Outlet" o ON o.id = page."outletId"`;

/** The flat row of StanceDto, over `page` and PAGE_JOINS, in the column order of StanceDto. */
const DTO_FIELDS: [keyof StanceDto, Prisma.Sql][] = [
  ["id", Prisma.sql`page."stanceId"`],
  ["status", Prisma.sql`CASE WHEN page.published THEN 'published' ELSE 'in_review' END`],
  ["statedOn", Prisma.sql`to_char(page."statedOn", 'YYYY-MM-DD')`],
  ["dimension", Prisma.sql`d.key`],
  ["dimensionLabel", Prisma.sql`d.label`],
  ["position", Prisma.sql`p.key`],
  ["positionLabel", Prisma.sql`p.label`],
  ["holderCountry", Prisma.sql`hc.code`],
  ["holderCountryName", Prisma.sql`hc.name`],
  ["speakerCountry", Prisma.sql`sc.code`],
  ["speakerCountryName", Prisma.sql`sc.name`],
  ["speaker", Prisma.sql`CASE WHEN pe."deletedAt" IS NULL AND pe."mergedIntoId" IS NULL THEN pe.slug END`],
  ["speakerName", speakerNameSql("page")],
  ["attribution", Prisma.sql`page.attribution::text`],
  ["quoteId", Prisma.sql`page."quoteId"`],
  ["quoteText", Prisma.sql`page."text"`],
  ["articleId", Prisma.sql`page."articleId"`],
  ["articleTitle", Prisma.sql`page.title`],
  ["articlePublishedOn", Prisma.sql`to_char(page."publishedOn", 'YYYY-MM-DD')`],
  ["outletId", Prisma.sql`o.id`],
  ["outlet", Prisma.sql`o.name`],
  ["sourceUrl", Prisma.sql`page.url`],
  ["note", Prisma.sql`page.note`],
  ["statementId", Prisma.sql`page."statementId"`],
  ["statedOnPrecision", Prisma.sql`page."statedOnPrecision"::text`],
  ["statedOnReported", Prisma.sql`page."statedOnReported"`],
  ["speakerKind", Prisma.sql`page."speakerKind"::text`],
  ["strength", Prisma.sql`page.strength::text`],
];

const DTO_SELECT = Prisma.sql`
    SELECT ${Prisma.join(DTO_FIELDS.map(([name, value]) => Prisma.sql`${value} AS ${Prisma.raw(`"${name}"`)}`))}
    ${PAGE_JOINS}`;
const DTO_ROWS = Prisma.sql`${DTO_SELECT} ORDER BY page."statedOn" DESC, page."stanceId" DESC`;

/**
 * One keyset page of StanceDto rows in either date order, for criteria already resolved: the explorer's table,
 * the same flat row as the API's (one definition, DTO_FIELDS).
 */
export async function readStancePage(
  visibility: Visibility,
  criteria: ResolvedCriteria,
  cursor: string | undefined,
  limit: number,
  direction: "desc" | "asc",
): Promise<Page<StanceDto>> {
  const after = decodeCursor<Key>(cursor, ["day", "int"]);
  const order =
    direction === "desc"
      ? Prisma.sql`ORDER BY page."statedOn" DESC, page."stanceId" DESC`
      : Prisma.sql`ORDER BY page."statedOn" ASC, page."stanceId" ASC`;
  const rows = await readPage<StanceDto>(
    visibility,
    criteria,
    after,
    limit + 1,
    Prisma.sql`${DTO_SELECT} ${order}`,
    direction,
  );
  return toPage(rows, limit, (row) => [row.statedOn, row.id]);
}

/**
 * The page as CSV text: one line per row, exactly as stanceCsvRows writes it (a field is quoted when it holds a
 * quote, comma, CR or LF; quotes doubled; null empty; CRLF after each record), with the page's size and last key.
 */
const csvField = (value: Prisma.Sql) => {
  // FORMULA_START of lib/csv.ts: a leading ' keeps a spreadsheet from reading the cell as a formula.
  const text = Prisma.sql`CASE WHEN (${value})::text ~ '^[-=+@\t\r\uFF1D\uFF0B\uFF0D\uFF20]' THEN '''' || (${value})::text ELSE (${value})::text END`;
  return Prisma.sql`CASE WHEN (${text}) ~ '[",\r\n]' THEN '"' || replace(${text}, '"', '""') || '"' ELSE COALESCE(${text}, '') END`;
};
interface CsvPage {
  text: string | null;
  count: number;
  lastStatedOn: string | null;
  lastId: number | null;
}
const CSV_LINES = Prisma.sql`
    SELECT string_agg(concat_ws(',', ${Prisma.join(DTO_FIELDS.map(([, value]) => csvField(value)))}) || E'\r\n', ''
                      ORDER BY page."statedOn" DESC, page."stanceId" DESC) AS text,
           count(*)::int AS count,
           to_char(min(page."statedOn"), 'YYYY-MM-DD') AS "lastStatedOn",
           (array_agg(page."stanceId" ORDER BY page."statedOn", page."stanceId"))[1] AS "lastId"
    ${PAGE_JOINS}`;

/** An export's queries run with one backend each: parallel workers would compete with the reads running ahead. */
async function serially<T>(query: Prisma.PrismaPromise<T>): Promise<T> {
  const [, result] = await db.$transaction([db.$executeRaw`SET LOCAL max_parallel_workers_per_gather = 0`, query]);
  return result;
}

function readBatch(
  visibility: Visibility,
  criteria: ResolvedCriteria,
  after: Key | null,
  take: number,
  options: { serial?: boolean } = {},
): Promise<StanceDto[]> {
  const query = readPage<StanceDto>(visibility, criteria, after, take, DTO_ROWS);
  return options.serial ? serially(query) : query;
}

export interface StanceFacets {
  /** Statements (coding rule 9: however many articles report one, it counts once) per matching stance. */
  total: number;
  /** Matching stance rows, one per report: more than `total` when some statements have several reports. */
  reports: number;
  holderCountry: { key: string; count: number }[];
  position: { key: string; count: number }[];
  attribution: { key: string; count: number }[];
  year: { key: string; count: number }[];
}

/**
 * The count and the facet counts of the explorer (per holder country, position, attribution kind, year) for the
 * criteria, exact, counting statements: a stance counts when its report leads its statement (StanceRead's
 * leadPublished / leadVisible, migration *_coding_rules_1_1_read), so three reports of one remark count once. The
 * matching rows are first grouped by all four facet columns (a few thousand cells of small integers), and the
 * facets are rolled up from those cells (GROUPING SETS). The cells come from StanceReadCount, kept by triggers,
 * when every filter is one of its columns (no filter at all, the explorer's first view, included); otherwise from
 * one pass over the matching StanceRead rows.
 */
export async function countStanceFacets(visibility: Visibility, criteria: StanceCriteria): Promise<StanceFacets> {
  return countResolvedFacets(visibility, await resolveCriteria(criteria));
}

/** countStanceFacets for criteria already resolved (the explorer resolves each code once). */
export async function countResolvedFacets(visibility: Visibility, resolved: ResolvedCriteria): Promise<StanceFacets> {
  const counted = countConditions(visibility, resolved);
  const statementsOf = visibility === "published" ? Prisma.sql`r."publishedStatements"` : Prisma.sql`r.statements`;
  const lead = visibility === "published" ? Prisma.sql`r."leadPublished"` : Prisma.sql`r."leadVisible"`;
  const cells = counted
    ? Prisma.sql`
      SELECT r."holderCountryId" AS holder, r."positionId" AS pos, r.attribution, r.year, sum(${statementsOf}) AS n,
             sum(r.n) AS reports
        FROM "StanceReadCount" r
       WHERE ${and(counted)}
       GROUP BY r."holderCountryId", r."positionId", r.attribution, r.year`
    : Prisma.sql`
      SELECT r."holderCountryId" AS holder, r."positionId" AS pos, r.attribution, r.year,
             count(*) FILTER (WHERE ${lead}) AS n, count(*) AS reports
        FROM "StanceRead" r
       WHERE ${and(readConditions(visibility, resolved))}
       GROUP BY r."holderCountryId", r."positionId", r.attribution, r.year`;
  const rows = await db.$queryRaw<{ facet: string; key: string | null; count: bigint; reports: bigint }[]>`
    WITH cells AS (${cells}), grouped AS (
      SELECT holder, pos, attribution::text AS attribution, year, sum(n) AS n, sum(reports) AS reports,
             GROUPING(holder, pos, attribution, year) AS g
        FROM cells
       GROUP BY GROUPING SETS ((), (holder), (pos), (attribution), (year))
    )
    SELECT CASE WHEN g = 15 THEN 'total' WHEN holder IS NOT NULL THEN 'holderCountry' WHEN pos IS NOT NULL THEN 'position'
                WHEN attribution IS NOT NULL THEN 'attribution' ELSE 'year' END AS facet,
           COALESCE(c.code, d.key || ':' || p.key, attribution, year::text) AS key, COALESCE(n, 0)::bigint AS count,
           COALESCE(reports, 0)::bigint AS reports
      FROM grouped
      LEFT JOIN "Country" c ON c.id = grouped.holder
      LEFT JOIN "Position" p ON p.id = grouped.pos
      LEFT JOIN "Dimension" d ON d.id = p."dimensionId"
     ORDER BY n DESC, key`;
  const facets: StanceFacets = { total: 0, reports: 0, holderCountry: [], position: [], attribution: [], year: [] };
  for (const row of rows) {
    if (row.facet === "total") {
      facets.total = Number(row.count);
      facets.reports = Number(row.reports);
    } else if (row.count > 0)
      facets[row.facet as Exclude<keyof StanceFacets, "total" | "reports">].push({
        key: row.key ?? "",
        count: Number(row.count),
      });
  }
  return facets;
}

/**
 * The criteria as conditions on StanceReadCount (`r`), or null when a filter is not one of its columns: a person,
 * an outlet, publication dates, free text, or statement dates other than whole calendar years.
 */
export function countConditions(visibility: Visibility, c: ResolvedCriteria): Prisma.Sql[] | null {
  if (c.personId !== undefined || c.outlet !== undefined || c.speakerKind || c.publishedFrom || c.publishedTo || c.q)
    return null;
  const parts: Prisma.Sql[] = [];
  if (c.statedFrom) {
    if (!c.statedFrom.endsWith("-01-01")) return null;
    parts.push(Prisma.sql`r.year >= ${Number(c.statedFrom.slice(0, 4))}`);
  }
  if (c.statedTo) {
    if (!c.statedTo.endsWith("-12-31")) return null;
    parts.push(Prisma.sql`r.year <= ${Number(c.statedTo.slice(0, 4))}`);
  }
  if (visibility === "published") parts.push(Prisma.sql`r.published`);
  if (c.holderCountryId !== undefined) parts.push(Prisma.sql`r."holderCountryId" = ${c.holderCountryId}`);
  if (c.dimensionId !== undefined) parts.push(Prisma.sql`r."dimensionId" = ${c.dimensionId}`);
  if (c.positionIds) parts.push(Prisma.sql`r."positionId" IN (${Prisma.join(c.positionIds)})`);
  if (c.speakerCountryId !== undefined) parts.push(Prisma.sql`r."speakerCountryId" = ${c.speakerCountryId}`);
  if (c.attribution) parts.push(Prisma.sql`r.attribution = ${c.attribution}::"AttributionKind"`);
  return parts;
}

export interface NetworkCell {
  holderCountry: string;
  holderCountryName: string;
  dimension: string;
  position: string;
  positionLabel: string;
  count: number;
}

/**
 * The statements matching the criteria counted per holder country × position: what the GraphML networks are made
 * of. Like the explorer's counts (countResolvedFacets), a statement reported by several articles counts once: a
 * stance counts when its report leads its statement for that (dimension, position, holder) (rule 9). From
 * StanceReadCount when the criteria allow (a few thousand rows whatever the table's size), else one grouped pass
 * over StanceRead; either way the rows never travel to this process.
 */
export async function countNetworkCells(visibility: Visibility, criteria: StanceCriteria): Promise<NetworkCell[]> {
  const resolved = await resolveCriteria(criteria);
  const counted = countConditions(visibility, resolved);
  const statementsOf = visibility === "published" ? Prisma.sql`r."publishedStatements"` : Prisma.sql`r.statements`;
  const lead = visibility === "published" ? Prisma.sql`r."leadPublished"` : Prisma.sql`r."leadVisible"`;
  const cells = counted
    ? Prisma.sql`SELECT r."holderCountryId", r."positionId", sum(${statementsOf}) AS n FROM "StanceReadCount" r
                  WHERE ${and(counted)} GROUP BY r."holderCountryId", r."positionId"`
    : Prisma.sql`SELECT r."holderCountryId", r."positionId", count(*) FILTER (WHERE ${lead}) AS n FROM "StanceRead" r
                  WHERE ${and(readConditions(visibility, resolved))} GROUP BY r."holderCountryId", r."positionId"`;
  return db.$queryRaw<NetworkCell[]>`
    WITH cells AS (${cells})
    SELECT c.code AS "holderCountry", c.name AS "holderCountryName", d.key AS dimension, p.key AS position,
           p.label AS "positionLabel", cells.n::int AS count
      FROM cells
      JOIN "Country" c ON c.id = cells."holderCountryId"
      JOIN "Position" p ON p.id = cells."positionId"
      JOIN "Dimension" d ON d.id = p."dimensionId"
     WHERE cells.n > 0
     ORDER BY c.code, d.key, p.key`;
}
