// Input shapes of double coding: the sampling rate, a hand assignment of two coders, a coder's submission.
import { z } from "zod";

/** A percentage of newly imported articles; form fields arrive as text, so numbers are coerced. */
export const samplingRateSchema = z.object({
  samplingRate: z.coerce
    .number({ error: "Enter the sampling rate as a number from 0 to 100." })
    .int("Enter the sampling rate as a whole number of percent.")
    .min(0, "The sampling rate cannot be below 0 %.")
    .max(100, "The sampling rate cannot be above 100 %."),
});

const articleId = z.coerce
  .number({ error: "Choose an article." })
  .int("Choose an article.")
  .positive("Choose an article.");
const coderId = z.string({ error: "Choose an editor." }).trim().min(1, "Choose an editor.");

export const assignmentSchema = z
  .object({ articleId, coderAId: coderId, coderBId: coderId })
  .refine((input) => input.coderAId !== input.coderBId, {
    message: "Choose two different editors: one editor cannot code the same article twice.",
    path: ["coderBId"],
  });

export const submitCodingSchema = z.object({
  codingId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
});

export type SamplingRateInput = z.input<typeof samplingRateSchema>;
export type AssignmentInput = z.input<typeof assignmentSchema>;
export type SubmitCodingInput = z.input<typeof submitCodingSchema>;

export const curationTakeSchema = z.object({
  codingId: z.coerce.number().int().positive(),
  quoteId: z.coerce.number().int().positive(),
});

export type CurationTakeInput = z.input<typeof curationTakeSchema>;
