// Parsing input with its zod schema, the one way: a failure becomes AppError INVALID_INPUT naming each bad field,
// which lib/actions.ts shows beside the form fields and lib/http.ts returns as `error.fields`.
import { z } from "zod";
import { AppError } from "@/lib/errors";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError("INVALID_INPUT", "Some fields need attention.", { fields: fieldErrors(parsed.error) });
}

export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues)
    (fields[issue.path.length ? issue.path.join(".") : "_form"] ??= []).push(issue.message);
  return fields;
}
