// What the read API returns, as zod schemas: the TypeScript types of the DTOs come from here (z.infer), and so do
// the response schemas of the OpenAPI document (lib/api/openapi.ts). Dates are "YYYY-MM-DD" strings. Stances are
// flat rows (one value per column) so that R's jsonlite and pandas turn a page straight into a data frame, and the
// CSV export has the same columns.
import { z } from "zod";
import { ATTRIBUTION_KINDS } from "@/lib/stances/schemas";
import { day, precision, speakerKind, statementId, status } from "@/lib/stances/dto";

/** A record's published version and last change: what a citation names and what incremental sync compares. */
const versioned = {
  version: z
    .int()
    .describe("The published version: 1, then one more per approved correction (each listed at …/{id}/versions)"),
  updatedAt: z.iso.datetime().describe("When the record last changed (UTC); see the `updatedSince` filter"),
};

const StanceOfQuote = z.object({
  id: z.int(),
  dimension: z.string(),
  position: z.string(),
  holderCountry: z.string(),
  strength: z.enum(["explicit", "implied"]),
});

export const QuoteDto = z.object({
  id: z.int(),
  status,
  statedOn: day,
  text: z.string(),
  attribution: z.enum(ATTRIBUTION_KINDS),
  speaker: z.string().nullable(),
  speakerName: z.string().nullable(),
  speakerCountry: z.string().nullable(),
  articleId: z.int(),
  articleTitle: z.string(),
  articlePublishedOn: day,
  outlet: z.string().nullable(),
  statementId,
  statedOnPrecision: precision,
  statedOnReported: z.boolean(),
  speakerKind,
  startOffset: z
    .int()
    .describe(
      "Where the quote starts in its article's body (/api/v1/articles/{id}), in UTF-16 code units (JavaScript string indices)",
    ),
  endOffset: z.int().describe("Where it ends (exclusive): text is body.slice(startOffset, endOffset)"),
  stances: z.array(StanceOfQuote),
  ...versioned,
});
export type QuoteDto = z.infer<typeof QuoteDto>;

export const ArticleDto = z.object({
  id: z.int(),
  status,
  title: z.string(),
  author: z.string().nullable(),
  outletId: z.int().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  publishedOn: day,
  language: z.string(),
  ...versioned,
});
export type ArticleDto = z.infer<typeof ArticleDto>;
export const ArticleDetailDto = ArticleDto.extend({
  body: z.string().describe("The plain text the quotes' offsets index into"),
});
export type ArticleDetailDto = z.infer<typeof ArticleDetailDto>;

export const CountryDto = z.object({
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(["country", "organization"]),
});
export type CountryDto = z.infer<typeof CountryDto>;

export const PersonDto = z.object({
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  aliases: z.array(z.object({ name: z.string(), language: z.string().nullable() })),
  roles: z.array(
    z.object({
      country: z.string(),
      title: z.string(),
      organization: z.string().nullable(),
      startsOn: day.nullable(),
      endsOn: day.nullable(),
    }),
  ),
  ...versioned,
});
export type PersonDto = z.infer<typeof PersonDto>;

export const PositionDto = z.object({
  key: z.string(),
  label: z.string(),
  definition: z.string(),
  color: z.string(),
  retired: z.boolean(),
});
export const DimensionDto = z.object({
  key: z.string(),
  label: z.string(),
  definition: z.string(),
  retired: z.boolean(),
  positions: z.array(PositionDto),
});
export type DimensionDto = z.infer<typeof DimensionDto>;

export const CountryStanceDto = z.object({
  id: z.int(),
  status,
  country: z.string(),
  countryName: z.string(),
  dimension: z.string(),
  position: z.string(),
  positionLabel: z.string(),
  validFrom: day,
  validTo: day.nullable(),
  summary: z.string(),
  evidenceQuoteIds: z.array(z.int()).describe("Cited quotes the caller may see"),
  ...versioned,
});
export type CountryStanceDto = z.infer<typeof CountryStanceDto>;

/** One published version of a record (GET …/{id}/versions): the first publication, then each approved correction. */
export const VersionDto = z.object({
  version: z.int(),
  publishedAt: z.iso.datetime(),
  supersededAt: z.iso.datetime().nullable().describe("When the next version replaced it; null for the current one"),
  changed: z.string().nullable().describe('What the correction changed ("speaker, attribution"); null for version 1'),
  url: z.string().describe("The version's permalink on the public site (what a citation of it points to)"),
});
export type VersionDto = z.infer<typeof VersionDto>;

const versionContent = <T extends z.ZodRawShape>(content: T) =>
  VersionDto.extend({ content: z.object(content).describe("The record as this version read (its public permalink)") });

export const QuoteVersionDto = versionContent({
  text: z.string(),
  speakerName: z.string().nullable(),
  speakerCountry: z.string().nullable().describe("Code of the speaker's country"),
  speakerCountryName: z.string().nullable(),
  attribution: z.enum(ATTRIBUTION_KINDS),
  statedOn: day,
  statedOnPrecision: precision,
  statedOnReported: z.boolean(),
  stances: z.array(StanceOfQuote.omit({ id: true })),
  articleId: z.int(),
  articleTitle: z.string(),
});
export type QuoteVersionDto = z.infer<typeof QuoteVersionDto>;

export const ArticleVersionDto = versionContent({
  title: z.string(),
  outlet: z.string().nullable(),
  publishedOn: day,
  body: z.string().describe("The text as this version read"),
});
export type ArticleVersionDto = z.infer<typeof ArticleVersionDto>;

export const CountryStanceVersionDto = versionContent({
  holderCountry: z.string(),
  holderCountryName: z.string(),
  dimension: z.string(),
  dimensionLabel: z.string(),
  position: z.string(),
  positionLabel: z.string(),
  validFrom: day,
  validTo: day.nullable(),
  summary: z.string(),
  evidenceQuoteIds: z.array(z.int()).describe("The published quotes cited as evidence"),
});
export type CountryStanceVersionDto = z.infer<typeof CountryStanceVersionDto>;

export const RemovalDto = z.object({
  id: z.int().describe("The record's id: delete it from your copy"),
  removedAt: z.iso.datetime().describe("When it left your view (UTC)"),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    next: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page"),
    total: z
      .int()
      .optional()
      .describe(
        "With total=1 (lists that take it): the number of records matching the filters over all pages; with `q`, counted up to a cap (10,000 unless the server sets TEXT_MATCH_COUNT_CAP), see totalIsLowerBound",
      ),
    totalIsLowerBound: z
      .boolean()
      .optional()
      .describe(
        'With total=1: true when a text search (`q`) matched more records than the count goes to; `total` is then the cap, read it as "10,000+"',
      ),
  });

export const ErrorDto = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional().describe("Each bad parameter and why"),
  }),
});
