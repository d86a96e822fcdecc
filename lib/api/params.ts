// Query strings into typed input, the one way for the read API: each parameter given once, none the endpoint
// does not know (a typo such as `country=KR` would otherwise return everything), then the endpoint's zod schema.
// Every problem becomes INVALID_INPUT (400) with `fields` naming the parameter and why.
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation";

export function parseQuery<S extends z.ZodObject>(schema: S, url: URL | string): z.output<S> {
  const params = (typeof url === "string" ? new URL(url) : url).searchParams;
  const known = Object.keys(schema.shape);
  const fields: Record<string, string[]> = {};
  const input: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    if (!known.includes(key)) fields[key] = [`Unknown parameter; this endpoint takes ${known.join(", ")}`];
    else {
      const [value, ...more] = params.getAll(key);
      if (more.length > 0) fields[key] = ["Give this parameter once"];
      else input[key] = value;
    }
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    for (const [key, messages] of Object.entries(fieldErrors(parsed.error))) (fields[key] ??= []).push(...messages);
  if (Object.keys(fields).length > 0 || !parsed.success) {
    throw new AppError(
      "INVALID_INPUT",
      `Bad parameter${Object.keys(fields).length === 1 ? "" : "s"}: ${Object.keys(fields).join(", ")}.`,
      { fields },
    );
  }
  return parsed.data;
}

/** A numeric record id from the path; anything else is a 400 on `id` (an unknown number is the read's 404). */
export function parseId(value: string): number {
  if (!/^[1-9]\d{0,9}$/.test(value) || Number(value) > 2_147_483_647) {
    throw new AppError("INVALID_INPUT", "Bad parameter: id.", { fields: { id: ["Expected a positive whole number"] } });
  }
  return Number(value);
}

/** True when the caller asked for CSV, by `?format=csv` or by an Accept header that prefers text/csv. */
export function wantsCsv(request: Request, format: string | undefined): boolean {
  if (format) return format === "csv";
  return /\btext\/csv\b/i.test(request.headers.get("accept") ?? "");
}
