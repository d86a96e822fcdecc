// Input shapes of countries, organizations and news outlets as the reference-data admin pages edit them.
import { z } from "zod";
import type { CountryKind } from "@/lib/generated/prisma/enums";
import { idField, optionalText } from "@/lib/form-fields";

export const COUNTRY_KINDS = ["country", "organization"] as const satisfies readonly CountryKind[];

export const countrySaveSchema = z.object({
  /** Absent to add one. */
  id: z.preprocess((value) => (value === "" ? undefined : value), idField().optional()),
  // ISO 3166-1 alpha-2 for countries; organizations use a short upper-case code ("UN", "ASEAN").
  code: z
    .string()
    .trim()
    .transform((value) => value.toUpperCase())
    .pipe(
      z.string().regex(/^[A-Z]{2,8}$/, "Use 2–8 letters: the ISO code (KR) or a short code for an organization (UN)."),
    ),
  name: z.string().trim().min(2, "Enter the name.").max(200, "Keep the name under 200 characters."),
  shortName: z.string().trim().min(2, "Enter the short name.").max(60, "Keep the short name under 60 characters."),
  kind: z.enum(COUNTRY_KINDS, { error: "Choose country or organization." }),
});
export type CountrySaveInput = z.input<typeof countrySaveSchema>;

export const outletSaveSchema = z.object({
  id: z.preprocess((value) => (value === "" ? undefined : value), idField().optional()),
  name: z.string().trim().min(2, "Enter the outlet's name.").max(200, "Keep the name under 200 characters."),
  website: optionalText(500, "Keep the address under 500 characters.").refine(
    (value) => value === null || /^https?:\/\/[^\s]+$/.test(value),
    "Enter a web address starting with http:// or https://.",
  ),
  countryId: z.preprocess(
    (value) => (value === "" ? null : value),
    idField()
      .nullish()
      .transform((value) => value ?? null),
  ),
});
export type OutletSaveInput = z.input<typeof outletSaveSchema>;

/**
 * A speaking organization (coding rule 6: a ministry, a government, a state news agency), added from the annotation
 * workspace after a confirmation or corrected on /admin/organizations. Its country is the one it speaks for and
 * becomes the speaker's country of its statements; international bodies (UN, EU) are "countries" of kind
 * organization.
 */
export const organizationSaveSchema = z.object({
  /** Absent to add one. */
  id: z.preprocess((value) => (value === "" ? undefined : value), idField().optional()),
  name: z.string().trim().min(2, "Enter the organization's name.").max(200, "Keep the name under 200 characters."),
  countryId: idField("Choose the country it speaks for."),
});
export type OrganizationSaveInput = z.input<typeof organizationSaveSchema>;
