// A stance as the read API, the explorer and the exports give it: one flat row (one value per column), so that R's
// jsonlite and pandas turn a page straight into a data frame and the CSV export has the same columns. The field
// schemas are shared with the other DTOs of the read API (lib/api/dtos.ts). Dates are "YYYY-MM-DD" strings.
import { z } from "zod";
import { ATTRIBUTION_KINDS, SPEAKER_KINDS } from "./schemas";

export const day = z.iso.date();
export const precision = z
  .enum(["day", "month", "year"])
  .describe("How exactly statedOn is known (coding rule 8): statedOn is the first day of its month or year");
export const speakerKind = z
  .enum(SPEAKER_KINDS)
  .describe("person, organization (a ministry, KCNA), outlet (a journalist's summary) or unnamed source (rule 6)");
export const statementId = z
  .int()
  .describe("The statement this quote reports; several quotes (reports in several articles) can share one (rule 9)");
export const status = z
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
  updatedAt: z.iso
    .datetime()
    .describe(
      "When anything in this row last changed (UTC): its stance, quote, article, or the speaker's name or roles; see `updatedSince`",
    ),
});
export type StanceDto = z.infer<typeof StanceDto>;
