// Query strings into typed input, the one way for the read API and the explorer: each parameter given once, none
// the endpoint does not know (a typo such as `country=KR` would otherwise return everything), then the endpoint's zod
// schema. Every problem becomes INVALID_INPUT (400) with `fields` naming the parameter and why.
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation";

export function parseQuery<S extends z.ZodObject>(schema: S, query: URL | URLSearchParams | string): z.output<S> {
  const params =
    query instanceof URLSearchParams ? query : (typeof query === "string" ? new URL(query) : query).searchParams;
  const known = Object.keys(schema.shape);
  const fields: Record<string, string[]> = {};
  const input: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (!known.includes(key)) fields[key] = [`Unknown parameter; this endpoint takes ${known.join(", ")}`];
    else if (values.length > 1) fields[key] = ["Give this parameter once"];
    // PostgreSQL text cannot hold NUL: refused here, named, instead of failing in the query.
    else if (values[0].includes("\u0000")) fields[key] = ["Contains a NUL character"];
    else input[key] = values[0];
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
