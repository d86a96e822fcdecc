// Input shapes of country stance records as the admin form saves and checks them, and the list's filters.
// Pure (zod only): the form is a client component and keys its messages by these field names.
import { z } from "zod";
import { idField, idListField, optionalDay } from "@/lib/form-fields";
import { isoDaySchema } from "@/lib/dates";

export const countryStanceInputSchema = z
  .object({
    /** Absent for a new record. */
    id: idField().optional(),
    /** The version the editor started from; required with `id` (optimistic locking). */
    version: idField().optional(),
    countryId: idField("Choose a country."),
    dimensionId: idField("Choose a dimension."),
    positionId: idField("Choose a position."),
    validFrom: isoDaySchema,
    /** Empty while the position still holds. */
    validTo: optionalDay,
    // A summary is a paragraph or two; 4,000 characters leaves room without inviting an essay.
    summary: z
      .string()
      .trim()
      .min(1, "Summarize the position in a sentence or two.")
      .max(4_000, "Keep the summary under 4,000 characters."),
    quoteIds: idListField,
  })
  .superRefine((input, ctx) => {
    if (input.id !== undefined && input.version === undefined)
      ctx.addIssue({ code: "custom", path: ["version"], message: "Reload the record and try again." });
    if (input.validTo && input.validTo < input.validFrom)
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "The period cannot end before it starts." });
  });
export type CountryStanceInput = z.input<typeof countryStanceInputSchema>;
export type CountryStanceValues = z.output<typeof countryStanceInputSchema>;

const maybe = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

/** What the form sends to compute its warnings while the editor types: any field may still be missing. */
export const countryStanceCheckSchema = z.object({
  id: maybe(idField()),
  countryId: maybe(idField()),
  dimensionId: maybe(idField()),
  positionId: maybe(idField()),
  validFrom: maybe(isoDaySchema),
  validTo: optionalDay.optional(),
  quoteIds: idListField,
});
export type CountryStanceCheckInput = z.input<typeof countryStanceCheckSchema>;

export const countryStanceListSchema = z.object({
  country: maybe(z.string().regex(/^[A-Z]{2,8}$/, "Not a country code")),
  dimension: maybe(z.string().regex(/^[a-z0-9_]{1,40}$/, "Not a dimension key")),
  /** Keyset cursor: records with an id below this one. */
  before: maybe(idField()),
});
export type CountryStanceListFilter = z.output<typeof countryStanceListSchema>;

// Type-ahead input over quotes: words of the text, a speaker's name or alias, or a holder country's code.
export const evidenceSearchSchema = z.object({
  q: z.string().trim().max(200, "Search with fewer words."),
  /** Restrict to quotes with a stance held by this country (the record's country, when chosen). */
  holderCountryId: maybe(idField()),
});
export type EvidenceSearchInput = z.input<typeof evidenceSearchSchema>;
