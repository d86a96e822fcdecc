// Field schemas shared by the admin forms. A <form> sends every value as a string, and an empty input as "";
// these turn that into what the domain stores (a number, null for "not given") so each concept's schema stays
// one line per field. Pure zod: client components may validate with them too.
import { z } from "zod";
import { isoDaySchema } from "@/lib/dates";

/** A positive integer id, from a number or its decimal string. */
export const idField = (message = "Choose one.") => z.coerce.number({ error: message }).int(message).positive(message);

/** Free text, trimmed; empty becomes null. */
export const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .nullish()
    .transform((value) => value || null);

/** "YYYY-MM-DD" or empty (→ null): an open end of a period. */
export const optionalDay = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  isoDaySchema.nullable(),
);

/** A checkbox or a "true"/"false" hidden field. */
export const booleanField = z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean());

/** Ids as a form's hidden field carries them ("3,14,15") or as an array from a client component. */
export const idListField = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",").filter(Boolean) : (value ?? [])),
  z.array(z.coerce.number().int().positive()).max(100, "Cite at most 100 quotes."),
);

/** A CSS hex colour ("#2563eb"), what <input type="color"> gives. */
export const colorField = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "Pick a colour (#rrggbb).");
