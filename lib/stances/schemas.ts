// The explorer's filters, defined once: the explorer page reads them from its URL, the read API from its query
// string, the exports from theirs, and the OpenAPI document is generated from them (lib/api/openapi.ts). Each
// resource's list takes the subset that applies to it (`.pick`), under the same names.
import { z } from "zod";
import { EXPLORER_COLUMNS, type ExplorerColumn } from "./explorer-columns";

// Query strings carry text only: empty values (an untouched form field) count as absent, numbers are coerced.
const present = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

/**
 * ISO 3166-1 alpha-2, or a short organization code ("UN"), matched case-insensitively; or several separated by
 * commas (`KR,US`: either), kept as one upper-case list without repeats, so a single code reads as before.
 */
const countryCodes = z
  .string()
  .regex(
    /^[A-Za-z]{2,8}(,[A-Za-z]{2,8}){0,29}$/,
    "Expected a country code such as KR, KP, CN, US or UN, or several separated by commas (KR,US)",
  )
  .transform((codes) => [...new Set(codes.toUpperCase().split(","))].join(","));

/** A codebook key (dimension or position): lower-case letters, digits and underscores, as in the codebook. */
const codebookKey = z
  .string()
  .regex(/^[a-z0-9_]{1,64}$/, "Expected a codebook key such as instrument or declaration_first");

/** "YYYY-MM-DD", a calendar day (statements and articles are dated by day); year 0 is no day in PostgreSQL. */
const isoDay = z.iso
  .date("Expected a date as YYYY-MM-DD")
  .refine((day) => !day.startsWith("0000"), "Expected a date as YYYY-MM-DD from the year 1 on");

/** The largest id a PostgreSQL `integer` column holds: ids beyond it name no record and are refused as input. */
export const MAX_RECORD_ID = 2_147_483_647;

/**
 * A whole number written in decimal digits only: `0x10`, `1e2`, ` 5` and `+5` are typos, not numbers. Checked as
 * text first, so a value too large for a JavaScript number is refused with the same message.
 */
const decimal = (message: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,10}$/, message)
    .transform(Number)
    .pipe(z.number().min(min, `At least ${min}`).max(max, `At most ${max}`))
    // How lib/api/openapi.ts documents it: an integer in its range, not the text it is read from.
    .meta({ integerParameter: { minimum: min, maximum: max } });

/** A record id in a query string (an outlet id). */
export const recordIdParam = decimal("Expected an id (a positive whole number)", 1, MAX_RECORD_ID);

export const ATTRIBUTION_KINDS = [
  "on_record",
  "official_statement",
  "anonymous_source",
  "reported",
  "analyst",
] as const;

/** Coding rule 6 (the same list as lib/quotes/schemas.ts, which the workspace imports). */
export const SPEAKER_KINDS = ["person", "organization", "outlet", "unnamed"] as const;

const stanceFilterFieldsSchema = z.object({
  speakerCountry: present(countryCodes).describe(
    "Country of the speaker (by the role they held on the statement's date); several separated by commas match any",
  ),
  holderCountry: present(countryCodes).describe(
    "Country whose stance it is (differs from the speaker's when one government reports another's view); several separated by commas (KR,US) match any",
  ),
  person: present(z.string().regex(/^[a-z0-9-]{1,120}$/, "Expected a person's slug such as yang-jiechi")).describe(
    "Speaker, by the slug of their person page",
  ),
  attribution: present(z.enum(ATTRIBUTION_KINDS)).describe("How the statement is attributed"),
  speakerKind: present(z.enum(SPEAKER_KINDS)).describe(
    "Who made the statement: a person, an organization (a ministry, KCNA), the article's outlet (a journalist's summary) or an unnamed source",
  ),
  dimension: present(codebookKey).describe("Codebook dimension key (instrument, sequencing, parties, …)"),
  position: present(codebookKey).describe("Codebook position key; with `dimension`, the position of that dimension"),
  statedFrom: present(isoDay).describe(
    "Stated on or after this day; a statement dated to a month or a year counts when its month or year reaches this day",
  ),
  statedTo: present(isoDay).describe(
    "Stated on or before this day; a statement dated to a month or a year counts when its month or year starts by this day",
  ),
  publishedFrom: present(isoDay).describe("Article published on or after this day"),
  publishedTo: present(isoDay).describe("Article published on or before this day"),
  outlet: present(recordIdParam).describe("Outlet id (see /api/v1/articles)"),
  // Long enough for any phrase search; longer input is a mistake rather than a query.
  q: present(z.string().trim().min(1).max(200, "At most 200 characters")).describe(
    'Free text, searched in the quote (web search syntax: "exact phrase", -word, or)',
  ),
  cursor: present(
    z
      .string()
      .max(200)
      .regex(/^[A-Za-z0-9_-]+$/, "Not a cursor this API returned"),
  ).describe("The `next` value of the previous page"),
  // 500 rows of stances is ~0.5 MB of JSON: large enough for scripts, small enough to answer fast. Bulk: /export.
  limit: z
    .preprocess(
      (value) => (value === "" || value === undefined ? undefined : value),
      decimal("Expected a whole number", 1, 500).default(100),
    )
    .describe("Rows per page (1–500, default 100)"),
});

/** A period whose end comes before its start is a mistake worth naming, not an empty result. */
function periodsInOrder<
  S extends z.ZodType<{ statedFrom?: string; statedTo?: string; publishedFrom?: string; publishedTo?: string }>,
>(schema: S) {
  return schema
    .refine((f) => !f.statedFrom || !f.statedTo || f.statedFrom <= f.statedTo, {
      path: ["statedTo"],
      message: "statedTo is before statedFrom",
    })
    .refine((f) => !f.publishedFrom || !f.publishedTo || f.publishedFrom <= f.publishedTo, {
      path: ["publishedTo"],
      message: "publishedTo is before publishedFrom",
    });
}

export const stanceFilterSchema = periodsInOrder(stanceFilterFieldsSchema);
export type StanceFilter = z.output<typeof stanceFilterFieldsSchema>;

const fields = stanceFilterFieldsSchema.shape;

/**
 * The explorer's address: the API's filters under the same names, 50 rows a page (a long page to scroll on a
 * phone already), and `sort`, the table's date order. Parsed by the API's parser (lib/api/params.ts).
 */
export const EXPLORER_PAGE_SIZE = 50;

export const explorerQuerySchema = periodsInOrder(
  stanceFilterFieldsSchema.extend({
    limit: z.preprocess(
      (value) => (value === "" || value === undefined ? undefined : value),
      decimal("Expected a whole number", 1, 500).default(EXPLORER_PAGE_SIZE),
    ),
    sort: present(z.enum(["desc", "asc"], "Expected asc or desc")),
    cols: present(
      z
        .string()
        .refine(
          (value) => value.split(",").every((key) => (EXPLORER_COLUMNS as readonly string[]).includes(key)),
          `Expected columns among ${EXPLORER_COLUMNS.join(", ")}, separated by commas`,
        )
        .transform((value) => value.split(",") as ExplorerColumn[]),
    ),
  }),
);

/** The filters without pagination: what an export or a count is made of (the API's own filters included). */
export type StanceCriteria = Omit<StanceFilter, "cursor" | "limit"> &
  Partial<z.output<typeof apiFilterFieldsSchema>> & { updatedSince?: string };

/**
 * Filters of the read API and the exports beyond the explorer's: a record's review status (records in review are
 * visible to tokens only: `in_review` without one is refused, lib/api/visibility.ts) and one article.
 */
const apiFilterFieldsSchema = z.object({
  status: present(z.enum(["published", "in_review"], "Expected published or in_review")).describe(
    "published, or in_review (records in review: needs a token; without one the answer is a 401, or a 403 when the token's owner may not see them)",
  ),
  articleId: present(recordIdParam).describe("Only records of this article (see /api/v1/articles)"),
});

/** `sort` and `total` of the lists: the date order, and the number of matching records on request. */
const listFieldsSchema = z.object({
  sort: present(z.enum(["desc", "asc"], "Expected asc or desc")).describe(
    "desc (default): newest statement first; asc: oldest first. A cursor continues the order it came from",
  ),
  total: present(z.enum(["0", "1"], "Expected 1 (count every match) or 0"))
    .transform((value) => (value === undefined ? undefined : value === "1"))
    .describe("1: add `total`, the number of records matching the filters over all pages (costs a count)"),
});

/**
 * Incremental sync (issue #11): records whose `updatedAt` is at or after this instant, with the list's usual key
 * paging. An instant with its offset (2026-11-30T09:00:00Z) or a day (midnight UTC); year 0 is no time in PostgreSQL.
 */
export const updatedSince = present(
  z
    .union([z.iso.datetime({ offset: true }), isoDay], "Expected a date-time such as 2026-11-30T09:00:00Z, or a day")
    .refine((value) => !value.startsWith("0000"), "Expected a date-time from the year 1 on"),
).describe(
  "Only records changed at or after this time (ISO 8601 date-time with Z or an offset, or YYYY-MM-DD for midnight UTC): note the time before you sync, and pass it next time",
);

// Each list takes the filters that mean something for its records, under the explorer's names.
export const quoteListQuerySchema = periodsInOrder(
  z.object({
    speakerCountry: fields.speakerCountry,
    holderCountry: fields.holderCountry,
    person: fields.person,
    attribution: fields.attribution,
    speakerKind: fields.speakerKind,
    dimension: fields.dimension,
    position: fields.position,
    statedFrom: fields.statedFrom,
    statedTo: fields.statedTo,
    publishedFrom: fields.publishedFrom,
    publishedTo: fields.publishedTo,
    outlet: fields.outlet,
    q: fields.q,
    ...apiFilterFieldsSchema.shape,
    ...listFieldsSchema.shape,
    updatedSince,
    cursor: fields.cursor,
    limit: fields.limit,
  }),
);
export const articleListQuerySchema = periodsInOrder(
  z.object({
    publishedFrom: fields.publishedFrom,
    publishedTo: fields.publishedTo,
    outlet: fields.outlet,
    q: fields.q.describe("Free text, searched in the title and body"),
    updatedSince,
    cursor: fields.cursor,
    limit: fields.limit,
  }),
);
export const countryStanceListQuerySchema = z.object({
  holderCountry: fields.holderCountry.describe("Country whose stance the record is"),
  dimension: fields.dimension,
  position: fields.position,
  updatedSince,
  cursor: fields.cursor,
  limit: fields.limit,
});
export const personListQuerySchema = z.object({
  speakerCountry: fields.speakerCountry.describe("Country of any role the person held"),
  q: fields.q.describe("Part of the name or of an alias (Hangul and Hanzi spellings included)"),
  updatedSince,
  cursor: fields.cursor,
  limit: fields.limit,
});

/**
 * The formats /api/v1/stances/export writes: the rows as CSV, JSON Lines or Parquet (typed columns); the CSV's
 * Frictionless Data Package descriptor (`datapackage`); the GraphML networks.
 */
export const EXPORT_FORMATS = [
  "csv",
  "jsonl",
  "parquet",
  "datapackage",
  "graphml-two-mode",
  "graphml-congruence",
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `bom=1`: a CSV that starts with a UTF-8 byte order mark, which Excel needs to read Hangul and Hanzi. */
const bom = present(z.enum(["0", "1"], "Expected 1 (a byte order mark, for Excel) or 0"))
  .transform((value) => value === "1")
  .describe("1: start the CSV with a UTF-8 byte order mark (for Excel); other readers want none");

export const stanceListQuerySchema = periodsInOrder(
  stanceFilterFieldsSchema.extend({
    ...apiFilterFieldsSchema.shape,
    ...listFieldsSchema.shape,
    updatedSince,
    format: present(z.enum(["json", "csv"])).describe("csv answers text/csv (same as `Accept: text/csv`)"),
    bom,
  }),
);
export const stanceExportQuerySchema = periodsInOrder(
  stanceFilterFieldsSchema.omit({ cursor: true, limit: true }).extend({
    ...apiFilterFieldsSchema.shape,
    updatedSince,
    format: z
      .enum(EXPORT_FORMATS, `Expected one of ${EXPORT_FORMATS.join(", ")}`)
      .describe(
        "The file format: csv, jsonl (JSON Lines), parquet (typed columns), datapackage (the CSV's Frictionless Data Package descriptor: types, row count, codebook version, licence, citation), graphml-two-mode, graphml-congruence",
      ),
    bom,
  }),
);
/**
 * GET /api/v1/{stances,quotes,articles,country-stances}/removed: the records that left the caller's view since a
 * time, for a sync to delete (a takedown, an unpublish, a deletion).
 */
export const removalQuerySchema = z.object({
  updatedSince: updatedSince.describe(
    "Only records removed at or after this time (the `updatedSince` of your last sync of the list); every removal without it",
  ),
  cursor: fields.cursor,
  limit: fields.limit,
});

/** Endpoints that return reference data in one page take no parameters (anything given is a typo worth a 400). */
export const noQuerySchema = z.object({});
