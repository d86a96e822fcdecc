// Reads of stances for the read API, the explorer and the exports, filtered by the explorer's criteria and the
// caller's visibility, newest statement first, keyset-paginated by (statedOn, id). Which stances match, and their
// counts, come from the narrow "StanceRead" table that triggers keep in step with Stance, Quote and Article
// (docs/decisions/008-stance-read-performance.md); only the rows of the page are then joined for their labels and
// texts. Raw SQL because the keyset comparison, the full-text condition and the flat row are beyond Prisma's
// query builder; the visibility rule is the one of visibleQuoteSql, applied when the table is written.
import "server-only";
import { db } from "@/lib/db";
import { inlineSql } from "@/lib/database/copy-out";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Visibility } from "@/lib/auth/permissions";
import { decodeCursor, toPage, type Page } from "@/lib/cursor";
import type { StanceDto } from "./dto";
import { PLAIN_COLUMNS } from "./csv";
import {
  and,
  readConditions,
  resolveCriteria,
  statusSql,
  textCountCap,
  visibleQuoteSql,
  type ResolvedCriteria,
} from "./criteria";
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

/** A UTC timestamp without a zone (what "updatedAt" columns hold) as JSON writes an instant: 2026-11-30T09:00:00.000Z. */
const isoInstant = (value: Prisma.Sql) => Prisma.sql`to_char(${value}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

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
         q."speakerKind"::text AS "speakerKind", s.strength::text AS strength,
         ${isoInstant(Prisma.sql`r."updatedAt"`)} AS "updatedAt"
    FROM "Stance" s
    JOIN "StanceRead" r ON r."stanceId" = s.id
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

/**
 * One page of stances: `{ data, next }`, newest statement first unless `sort` is asc; with `total`, also the number
 * of stances matching over all pages.
 */
export async function listStances(
  visibility: Visibility,
  filter: StanceFilter & { sort?: "asc" | "desc"; total?: boolean } & Partial<StanceCriteria>,
): Promise<Page<StanceDto> & Partial<Total>> {
  const { cursor, limit, sort = "desc", total, ...criteria } = filter;
  const resolved = await resolveCriteria(criteria);
  // The page and its total are independent statements: on two pool connections at once, the answer waits for the
  // slower of the two rather than their sum.
  const [page, counted] = await Promise.all([
    readStancePage(visibility, resolved, cursor, limit, sort),
    total ? countListedStances(visibility, resolved) : null,
  ]);
  return counted ? { ...page, ...counted } : page;
}

/** A list's `total`: exact, or, over a text search, counted up to textCountCap and then a lower bound. */
export interface Total {
  total: number;
  totalIsLowerBound: boolean;
}

async function countListedStances(visibility: Visibility, resolved: ResolvedCriteria): Promise<Total> {
  const cap = textCountCap(resolved);
  if (cap === null) return { total: await countResolvedRows(visibility, resolved), totalIsLowerBound: false };
  const [row] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM (
      SELECT 1 FROM "StanceRead" r WHERE ${and(readConditions(visibility, resolved))} LIMIT ${cap + 1}) m`;
  return { total: Math.min(Number(row.n), cap), totalIsLowerBound: Number(row.n) > cap };
}

export async function getStance(visibility: Visibility, id: number): Promise<StanceDto> {
  const rows = await db.$queryRaw<
    StanceDto[]
  >`${SELECT} WHERE s.id = ${id} AND s."deletedAt" IS NULL AND ${visibleQuoteSql(visibility)}`;
  if (!rows[0]) throw new AppError("NOT_FOUND", `No stance ${id}.`);
  return rows[0];
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
      ${PAGE_SOURCE}
       WHERE ${and(conditions)}
       ORDER BY ${order}
       LIMIT ${take}
    )
    ${select}`;
}

/** The rows behind `page`: StanceRead's matches joined to their stance, quote and article by primary key. */
const PAGE_SOURCE = Prisma.sql`
      SELECT r."stanceId", r."statedOn", r.published, r."updatedAt", s.note, s."dimensionId", s."positionId", s."holderCountryId",
             s.strength, q."statementId", q."statedOnPrecision", q."statedOnReported", q."speakerKind",
             q."speakerOrganizationId",
             q."speakerCountryId", q."speakerId", q."speakerLabel", q.attribution, q.id AS "quoteId", q."text",
             a.id AS "articleId", a.title, a."publishedOn", a."outletId", a.url
        FROM "StanceRead" r
        JOIN "Stance" s ON s.id = r."stanceId"
        JOIN "Quote" q ON q.id = s."quoteId"
        JOIN "Article" a ON a.id = q."articleId"`;

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
  ["updatedAt", isoInstant(Prisma.sql`page."updatedAt"`)],
];

const DTO_SELECT = Prisma.sql`
    SELECT ${Prisma.join(DTO_FIELDS.map(([name, value]) => Prisma.sql`${value} AS ${Prisma.raw(`"${name}"`)}`))}
    ${PAGE_JOINS}`;

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

export interface StanceFacets {
  /** Statements (coding rule 9: however many articles report one, it counts once) per matching stance. */
  total: number;
  /** Matching stance rows, one per report: more than `total` when some statements have several reports. */
  reports: number;
  /**
   * True when a text search matched more statements than textCountCap: `total` is the cap ("10,000+"), the facets
   * count those first matching statements, and `reports` is `total` (the other reports were not counted).
   */
  capped: boolean;
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
  const cap = textCountCap(resolved);
  const cells = counted
    ? Prisma.sql`
      SELECT r."holderCountryId" AS holder, r."positionId" AS pos, r.attribution, r.year, sum(${statementsOf}) AS n,
             sum(r.n) AS reports
        FROM "StanceReadCount" r
       WHERE ${and(counted)}
       GROUP BY r."holderCountryId", r."positionId", r.attribution, r.year`
    : cap !== null
      ? // The first cap + 1 matching statements, in whatever order the plan finds them fastest: the facets count the
        // first cap of them (n), and `reports` counts cap + 1 when there are more (the sign that counting stopped).
        Prisma.sql`
      SELECT holder, pos, attribution, year, count(*) FILTER (WHERE rn <= ${cap}) AS n, count(*) AS reports
        FROM (SELECT m.*, row_number() OVER () AS rn
                FROM (SELECT r."holderCountryId" AS holder, r."positionId" AS pos, r.attribution, r.year
                        FROM "StanceRead" r
                       WHERE ${and([...readConditions(visibility, resolved), lead])}
                       LIMIT ${cap + 1}) m) numbered
       GROUP BY holder, pos, attribution, year`
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
  const facets: StanceFacets = {
    total: 0,
    reports: 0,
    capped: false,
    holderCountry: [],
    position: [],
    attribution: [],
    year: [],
  };
  for (const row of rows) {
    if (row.facet === "total") {
      facets.total = Number(row.count);
      facets.reports = Number(row.reports);
    } else if (row.count > 0)
      facets[row.facet as Exclude<keyof StanceFacets, "total" | "reports" | "capped">].push({
        key: row.key ?? "",
        count: Number(row.count),
      });
  }
  if (cap !== null && counted === null) {
    facets.capped = facets.reports > cap;
    facets.reports = facets.total;
  }
  return facets;
}

/**
 * The criteria as conditions on StanceReadCount (`r`), or null when a filter is not one of its columns: a person,
 * an outlet, publication dates, free text, or statement dates other than whole calendar years.
 */
export function countConditions(visibility: Visibility, c: ResolvedCriteria): Prisma.Sql[] | null {
  if (
    c.personId !== undefined ||
    c.outlet !== undefined ||
    c.articleId !== undefined ||
    c.status ||
    c.speakerKind ||
    c.publishedFrom ||
    c.publishedTo ||
    c.q ||
    c.updatedSince
  )
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
  if (c.holderCountryIds) parts.push(Prisma.sql`r."holderCountryId" IN (${Prisma.join(c.holderCountryIds)})`);
  if (c.dimensionId !== undefined) parts.push(Prisma.sql`r."dimensionId" = ${c.dimensionId}`);
  if (c.positionIds) parts.push(Prisma.sql`r."positionId" IN (${Prisma.join(c.positionIds)})`);
  if (c.speakerCountryIds) parts.push(Prisma.sql`r."speakerCountryId" IN (${Prisma.join(c.speakerCountryIds)})`);
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

/**
 * A whole export of the criteria as one COPY statement for PostgreSQL to write (lib/database/copy-out.ts): the
 * flat row of every match (DTO_FIELDS), newest statement first, from one snapshot. Resolves the criteria first,
 * so a bad filter fails before any byte.
 * - csv: the header row, then one record per stance, quoted by COPY where needed (RFC 4180, LF line ends); text
 *   cells formula-safe as lib/csv.ts writes them; booleans as true/false; null an empty field.
 * - jsonl: one JSON object per line, keys in the same order. COPY's CSV format, with a quote and a delimiter that
 *   JSON text never holds raw (JSON escapes control characters), passes each line through untouched, where the
 *   text format would double every backslash.
 * - text: COPY's own text format, the columns of STANCE_EXPORT_COLUMNS tab-separated, for the Parquet export to
 *   read (lib/stances/parquet.ts): the cheapest for PostgreSQL to write and for this process to split.
 */
/** FORMULA_START of lib/csv.ts: a leading ' keeps a spreadsheet from reading the cell as a formula. */
const formulaSafe = (value: Prisma.Sql) =>
  Prisma.sql`CASE WHEN (${value})::text ~ '^[-=+@\t\r\uFF1D\uFF0B\uFF0D\uFF20]' THEN '''' || (${value})::text ELSE (${value})::text END`;

export async function stanceExportCopySql(
  visibility: Visibility,
  criteria: StanceCriteria,
  format: "csv" | "jsonl" | "text",
): Promise<string> {
  const resolved = await resolveCriteria(criteria);
  const fields: [keyof StanceDto, Prisma.Sql][] =
    format === "csv"
      ? DTO_FIELDS.map(([name, value]) => [
          name,
          PLAIN_COLUMNS.has(name) ? Prisma.sql`(${value})::text` : formulaSafe(value),
        ])
      : DTO_FIELDS;
  const rows = Prisma.sql`
    WITH page AS NOT MATERIALIZED (${PAGE_SOURCE} WHERE ${and(readConditions(visibility, resolved))})
    SELECT ${Prisma.join(fields.map(([name, value]) => Prisma.sql`${value} AS ${Prisma.raw(`"${name}"`)}`))}
    ${PAGE_JOINS}
     ORDER BY page."statedOn" DESC, page."stanceId" DESC`;
  return inlineSql(
    format === "csv"
      ? Prisma.sql`COPY (${rows}) TO STDOUT WITH (FORMAT csv, HEADER true)`
      : format === "text"
        ? Prisma.sql`COPY (${rows}) TO STDOUT`
        : Prisma.sql`COPY (SELECT row_to_json(x)::text FROM (${rows}) x) TO STDOUT WITH (FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01')`,
  );
}

/** The columns of stanceExportCopySql's rows, in their order: StanceDto's. */
export const STANCE_EXPORT_COLUMNS: readonly (keyof StanceDto)[] = DTO_FIELDS.map(([name]) => name);

/** How many stances match the criteria: the rows an export of them holds. */
export async function countStanceRows(visibility: Visibility, criteria: StanceCriteria): Promise<number> {
  return countResolvedRows(visibility, await resolveCriteria(criteria));
}

async function countResolvedRows(visibility: Visibility, resolved: ResolvedCriteria): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "StanceRead" r WHERE ${and(readConditions(visibility, resolved))}`;
  return Number(row.n);
}
