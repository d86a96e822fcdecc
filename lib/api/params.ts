// Path parameters and content negotiation of the read API. Query strings go through parseQuery (lib/query-params.ts).
import { AppError } from "@/lib/errors";
import { recordIdParam } from "@/lib/stances/schemas";

/** A numeric record id from the path; anything else is a 400 on `id` (an unknown number is the read's 404). */
export function parseId(value: string): number {
  const parsed = recordIdParam.safeParse(value);
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", "Bad parameter: id.", { fields: { id: ["Expected a positive whole number"] } });
  }
  return parsed.data;
}

/** True when the caller asked for CSV, by `?format=csv` or by an Accept header that prefers text/csv. */
export function wantsCsv(request: Request, format: string | undefined): boolean {
  if (format) return format === "csv";
  return /\btext\/csv\b/i.test(request.headers.get("accept") ?? "");
}

/** A version number in a path (…/versions/{n}): a positive whole number, as ids are. */
export function parseVersionNumber(value: string): number {
  const parsed = recordIdParam.safeParse(value);
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", "Bad parameter: n.", {
      fields: { n: ["Expected a version number (1, 2, …)"] },
    });
  }
  return parsed.data;
}
