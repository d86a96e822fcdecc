// What the read API returns, as zod schemas: the TypeScript types of the DTOs come from here (z.infer), and so do
// the response schemas of the OpenAPI document (lib/api/openapi.ts). Dates are "YYYY-MM-DD" strings. Stances are
// flat rows (one value per column) so that R's jsonlite and pandas turn a page straight into a data frame, and the
// CSV export has the same columns.
import { z } from "zod";
import { ATTRIBUTION_KINDS, SPEAKER_KINDS } from "@/lib/stances/schemas";

const day = z.iso.date();
const precision = z
  .enum(["day", "month", "year"])
  .describe("How exactly statedOn is known (coding rule 8): statedOn is the first day of its month or year");
const speakerKind = z
  .enum(SPEAKER_KINDS)
  .describe("person, organization (a ministry, KCNA), outlet (a journalist's summary) or unnamed source (rule 6)");
const statementId = z
  .int()
  .describe("The statement this quote reports; several quotes (reports in several articles) can share one (rule 9)");
const status = z
  .enum(["published", "in_review"])
  .describe("in_review only for API tokens (and signed-in users) that may see records in review");

export const StanceDto = z.object({
  id: z.int(),
  status,
  statedOn: day,
  dimension: z.string().describe("Dimension key"),
  dimensionLabel: z.string(),
  position: z.string().describe("Position key"),
  positionLabel: z.string(),
  holderCountry: z.string().describe("Code of the country whose stance this is"),
  holderCountryName: z.string(),
  speakerCountry: z.string().nullable(),
  speakerCountryName: z.string().nullable(),
  speaker: z.string().nullable().describe("Slug of the speaker's person page; null for unnamed speakers"),
  speakerName: z
    .string()
    .nullable()
    .describe(
      "The person's or organization's name, the outlet for a journalist's summary, or the description of an unnamed source (\"a source in Seoul\")",
    ),
  attribution: z.enum(ATTRIBUTION_KINDS),
  quoteId: z.int(),
  quoteText: z.string(),
  articleId: z.int(),
  articleTitle: z.string(),
  articlePublishedOn: day,
  outletId: z.int().nullable(),
  outlet: z.string().nullable(),
  sourceUrl: z.string().nullable().describe("The article's original address"),
  note: z.string().nullable(),
  statementId,
  statedOnPrecision: precision,
  statedOnReported: z.boolean().describe("The text gives no date: statedOn is the article's date (rule 8)"),
  speakerKind,
  strength: z.enum(["explicit", "implied"]).describe("explicit: the words state it; implied: hedged (rule 3)"),
});
export type StanceDto = z.infer<typeof StanceDto>;

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
  stances: z.array(StanceOfQuote),
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
});
export type CountryStanceDto = z.infer<typeof CountryStanceDto>;

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    next: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page"),
  });

export const ErrorDto = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional().describe("Each bad parameter and why"),
  }),
});

export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
