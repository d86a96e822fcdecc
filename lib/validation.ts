// Parsing input with its zod schema, the one way: a failure becomes AppError INVALID_INPUT naming each bad field,
// which lib/actions.ts shows beside the form fields and lib/http.ts returns as `error.fields`.
import { z } from "zod";
import { AppError } from "@/lib/errors";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const unstorable = unstorableText(input);
  if (unstorable) throw new AppError("INVALID_INPUT", "Some fields need attention.", { fields: unstorable });
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

/**
 * Text PostgreSQL cannot store, found before any schema runs: a NUL character (refused by the database, a 500
 * before this check) or an unpaired UTF-16 surrogate (stored as U+FFFD, silently changing the text).
 */
function unstorableText(input: unknown, path: string[] = [], depth = 0): Record<string, string[]> | null {
  if (typeof input === "string") {
    const name = path.length ? path.join(".") : "_form";
    if (input.includes("\u0000"))
      return { [name]: ["Contains a NUL character (\\0), which text cannot hold: remove it"] };
    if (/\p{Cs}/u.test(input)) return { [name]: ["Contains a broken character (an unpaired surrogate): retype it"] };
    return null;
  }
  if (depth > 8 || input === null || typeof input !== "object" || input instanceof Blob) return null;
  for (const [key, value] of Object.entries(input)) {
    const found = unstorableText(value, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}
