// The input shape of a quote as the annotation workspace saves it. Pure (zod only): the quote panel validates
// with it in the browser before sending, and lib/quotes/save-quote.ts parses with it again on the server, so a
// message beside a field reads the same on both sides. Field names are the keys of `fields` in errors.
import { z } from "zod";
import { isoDaySchema } from "@/lib/dates";
import type {
  AttributionKind,
  DatePrecision,
  QuoteOrigin,
  ReviewStatus,
  SpeakerKind,
  StanceStrength,
} from "@/lib/generated/prisma/enums";

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

/** Coding rule 6: a person, an organization, the article's outlet (a journalist's summary), an unnamed source. */
export const SPEAKER_KINDS = ["person", "organization", "outlet", "unnamed"] as const satisfies readonly SpeakerKind[];

/** Coding rule 8: a statement is dated to a day, a month ("in September") or a year ("last year"). */
export const DATE_PRECISIONS = ["day", "month", "year"] as const satisfies readonly DatePrecision[];

export const QUOTE_ORIGINS = ["manual", "suggestion", "suggestion_edited"] as const satisfies readonly QuoteOrigin[];

/** Coding rule 3: the words state the position, or hedge it ("would probably prefer"). */
export const STANCE_STRENGTHS = ["explicit", "implied"] as const satisfies readonly StanceStrength[];

// Re-exported so that client components take the domain's types from lib, never from the Prisma client.
export type { AttributionKind, DatePrecision, QuoteOrigin, ReviewStatus, SpeakerKind, StanceStrength };

/** The shape a statement date takes at each precision: "2021-09-03", "2021-09", "2021". */
const DATE_SHAPES: Record<DatePrecision, { pattern: RegExp; example: string }> = {
  day: { pattern: /^\d{4}-\d{2}-\d{2}$/, example: "YYYY-MM-DD" },
  month: { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, example: "YYYY-MM" },
  year: { pattern: /^\d{4}$/, example: "YYYY" },
};

/** Why `value` is not a date of `precision`, or null when it is one. */
export function statedOnProblem(value: string, precision: DatePrecision): string | null {
  if (precision === "day") return isoDaySchema.safeParse(value).error?.issues[0]?.message ?? null;
  if (DATE_SHAPES[precision].pattern.test(value)) return null;
  if (precision === "month" && DATE_SHAPES.day.pattern.test(value))
    return `A date to the month has no day: enter ${value.slice(0, 7)}, or choose "day".`;
  if (precision === "year" && /^\d{4}-/.test(value))
    return `A date to the year has no month or day: enter ${value.slice(0, 4)}, or choose a finer precision.`;
  return `Enter the ${precision} as ${DATE_SHAPES[precision].example}.`;
}

export const stanceInputSchema = z.object({
  dimensionId: id,
  positionId: id,
  /** The country whose stance this is; the speaker's country unless the quote reports another's view. */
  holderCountryId: z.number({ error: "Choose whose stance this is." }).int().positive(),
  strength: z.enum(STANCE_STRENGTHS, { error: "Choose explicit or implied." }).default("explicit"),
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
    /** Absent: inferred from the other speaker fields (a person if speakerId is set, the outlet for `reported`). */
    speakerKind: z.enum(SPEAKER_KINDS, { error: "Choose who is speaking." }).optional(),
    speakerId: id.nullable(),
    speakerOrganizationId: id.nullable().default(null),
    speakerLabel: z
      .string()
      .trim()
      .max(200, "Keep the description under 200 characters.")
      .nullable()
      .transform((value) => value || null),
    speakerCountryId: z.number().int().positive().nullable(),
    attribution: z.enum(ATTRIBUTION_KINDS, { error: "Choose how the statement is attributed." }),
    /** "YYYY-MM-DD", "YYYY-MM" or "YYYY", as `statedOnPrecision` says. */
    statedOn: z.string({ error: "Enter the date of the statement." }).trim(),
    statedOnPrecision: z.enum(DATE_PRECISIONS, { error: "Choose day, month or year." }).default("day"),
    /** The text gives no date: statedOn is the article's date (coding rule 8). */
    statedOnReported: z.boolean().default(false),
    /**
     * The statement this quote reports (coding rule 9). Absent: a new quote starts its own statement and an
     * existing one keeps its statement. null: an existing quote leaves a shared statement for one of its own.
     */
    statementId: id.nullable().optional(),
    stances: z.array(stanceInputSchema).max(50),
    /**
     * Where a new quote came from (#17): by hand, a suggestion accepted as proposed, or one the editor completed
     * or changed first. Ignored on edits: an edit of an accepted suggestion makes it `suggestion_edited`.
     */
    origin: z.enum(QUOTE_ORIGINS).default("manual"),
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
    const dateProblem = statedOnProblem(quote.statedOn, quote.statedOnPrecision);
    if (dateProblem) ctx.addIssue({ code: "custom", path: ["statedOn"], message: dateProblem });
    const kind = quote.speakerKind ?? inferSpeakerKind(quote);
    if (kind === "person" && quote.speakerId === null) {
      ctx.addIssue({ code: "custom", path: ["speakerId"], message: "Choose the person who is speaking." });
    } else if (kind === "organization" && quote.speakerOrganizationId === null) {
      ctx.addIssue({
        code: "custom",
        path: ["speakerOrganizationId"],
        message: "Choose the organization that is speaking (a ministry, a government, KCNA…).",
      });
    } else if (kind === "unnamed" && !quote.speakerLabel) {
      ctx.addIssue({
        code: "custom",
        path: ["speakerLabel"],
        message: 'Describe the unnamed source as the text does ("a senior Foreign Ministry official").',
      });
    }
    // Rule 2: several positions per dimension and several holders per position, but each one once.
    const seen = new Set<string>();
    quote.stances.forEach((stance, index) => {
      const key = `${stance.dimensionId}/${stance.positionId}/${stance.holderCountryId}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: "custom",
          path: ["stances", index, "holderCountryId"],
          message: "This position is already coded for this holder; remove one of the two.",
        });
      }
      seen.add(key);
    });
  });

/** The speaker kind of input that does not say it: a person when one is chosen, the outlet for `reported`. */
export function inferSpeakerKind(quote: {
  speakerId: number | null;
  speakerOrganizationId?: number | null;
  attribution: AttributionKind;
}): SpeakerKind {
  if (quote.speakerId !== null) return "person";
  if (quote.speakerOrganizationId) return "organization";
  return quote.attribution === "reported" ? "outlet" : "unnamed";
}

export type QuoteInput = z.input<typeof quoteInputSchema>;
export type QuoteValues = z.output<typeof quoteInputSchema>;
export type StanceInput = z.output<typeof stanceInputSchema>;

export const quoteRefSchema = z.object({ id, version: z.number().int().positive() });
