// Input shapes of the agreement pages: which variable's disagreements to list, optionally for one coder pair,
// quarter or double coding.
import { z } from "zod";

export const disagreementFilterSchema = z.object({
  variable: z
    .string()
    .regex(
      /^(spans|attribution|speaker|speakerCountry|holder|position:[a-z0-9_]+)$/,
      "Choose a variable of the report.",
    ),
  pair: z
    .string()
    .regex(/^C\d+ & C\d+$/, "Choose a coder pair of the report.")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  quarter: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/, "Choose a quarter of the report.")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  codingId: z.coerce.number().int().positive().optional(),
});

export type DisagreementFilter = z.input<typeof disagreementFilterSchema>;

export const agreementExportQuerySchema = z.object({
  format: z.enum(["csv", "jsonl"], { error: "Choose format=csv or format=jsonl." }).default("csv"),
});
