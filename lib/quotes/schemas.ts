// The input shape of a quote as the annotation workspace saves it. Pure (zod only): the quote panel validates
// with it in the browser before sending, and lib/quotes/save-quote.ts parses with it again on the server, so a
// message beside a field reads the same on both sides. Field names are the keys of `fields` in errors.
import { z } from "zod";
import type { AttributionKind, ReviewStatus } from "@/lib/generated/prisma/enums";

const id = z.number({ error: "Choose one." }).int().positive();

/** UTF-16 code units into the article body (docs/decisions/003-quote-offsets.md). */
const offset = z.number({ error: "Select the text of the quote." }).int().min(0, "Select the text of the quote.");

export const ATTRIBUTION_KINDS = [
  "on_record",
  "official_statement",
  "anonymous_source",
  "reported",
  "analyst",
] as const satisfies readonly AttributionKind[];

// Re-exported so that client components take the domain's types from lib, never from the Prisma client.
export type { AttributionKind, ReviewStatus };

/** "YYYY-MM-DD", a real calendar day: what an <input type="date"> gives and a @db.Date column keeps. */
export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date as YYYY-MM-DD.")
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    "Enter a real date.",
  );

export const stanceInputSchema = z.object({
  dimensionId: id,
  positionId: id,
  /** The country whose stance this is; the speaker's country unless the quote reports another's view. */
  holderCountryId: z.number({ error: "Choose whose stance this is." }).int().positive(),
});

export const quoteInputSchema = z
  .object({
    /** Absent for a new quote. */
    id: id.optional(),
    /** The version the editor started from; required with `id` (optimistic locking). */
    version: z.number().int().positive().optional(),
    articleId: id,
    startOffset: offset,
    endOffset: offset,
    // A quote is a sentence or a paragraph; 5,000 characters is far beyond any real one and keeps a stray
    // select-all from being stored as a quote.
    text: z
      .string()
      .min(1, "Select the text of the quote.")
      .max(5_000, "A quote can be at most 5,000 characters; select less."),
    speakerId: id.nullable(),
    speakerLabel: z
      .string()
      .trim()
      .max(200, "Keep the description under 200 characters.")
      .nullable()
      .transform((value) => value || null),
    speakerCountryId: z.number().int().positive().nullable(),
    attribution: z.enum(ATTRIBUTION_KINDS, { error: "Choose how the statement is attributed." }),
    statedOn: isoDaySchema,
    stances: z.array(stanceInputSchema).max(50),
  })
  .superRefine((quote, ctx) => {
    if (quote.endOffset <= quote.startOffset) {
      ctx.addIssue({
        code: "custom",
        path: ["endOffset"],
        message: "The quote must end after it starts; select the text again.",
      });
    } else if (quote.text.length !== quote.endOffset - quote.startOffset) {
      ctx.addIssue({
        code: "custom",
        path: ["text"],
        message: "The text does not fit its offsets; select the text again.",
      });
    }
    if (quote.id !== undefined && quote.version === undefined) {
      ctx.addIssue({ code: "custom", path: ["version"], message: "Reload the quote before saving it." });
    }
    if (quote.speakerId === null && !quote.speakerLabel) {
      ctx.addIssue({
        code: "custom",
        path: ["speakerId"],
        message: 'Choose a speaker, or describe an unnamed one ("a source in Seoul").',
      });
    }
    const seen = new Set<number>();
    quote.stances.forEach((stance, index) => {
      if (seen.has(stance.dimensionId)) {
        ctx.addIssue({
          code: "custom",
          path: ["stances", index, "positionId"],
          message: "Choose one position per dimension.",
        });
      }
      seen.add(stance.dimensionId);
    });
  });

export type QuoteInput = z.input<typeof quoteInputSchema>;
export type StanceInput = z.infer<typeof stanceInputSchema>;

export const quoteRefSchema = z.object({ id, version: z.number().int().positive() });
