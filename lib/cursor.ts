// Opaque keyset cursors: the sort key of the last row of a page, as base64url JSON. Clients pass `next` back
// unchanged; a cursor that does not decode to the endpoint's key shape is a 400 on `cursor`, never a 500.
import { AppError } from "@/lib/errors";
import { isCalendarDay } from "@/lib/dates";

export type CursorKey = (string | number)[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/**
 * Decodes a cursor whose parts have the given types ("day" = YYYY-MM-DD, "instant" = a UTC moment as
 * `Date.toISOString()` writes it, "int" = positive integer, "text").
 */
export function decodeCursor<T extends CursorKey>(
  cursor: string | undefined,
  shape: ("day" | "instant" | "int" | "text")[],
): T | null {
  if (cursor === undefined) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw bad();
  }
  if (!Array.isArray(key) || key.length !== shape.length) throw bad();
  shape.forEach((kind, index) => {
    const part: unknown = key[index];
    const ok =
      kind === "int"
        ? Number.isSafeInteger(part) && (part as number) > 0 && (part as number) <= MAX_INT
        : kind === "day"
          ? typeof part === "string" && isCalendarDay(part)
          : kind === "instant"
            ? typeof part === "string" && ISO_INSTANT.test(part) && !Number.isNaN(Date.parse(part))
            : typeof part === "string" && part.length <= 200 && !part.includes("\u0000");
    if (!ok) throw bad();
  });
  return key as T;
}

const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** PostgreSQL's `integer`: a larger key names no row, and binding it would fail the query. */
const MAX_INT = 2_147_483_647;

const bad = () =>
  new AppError("INVALID_INPUT", "Bad parameter: cursor.", {
    fields: { cursor: ["Not a cursor this endpoint returned"] },
  });

/** `{ data, next }`: the page, and the cursor of the next one (null on the last page). */
export interface Page<T> {
  data: T[];
  next: string | null;
}

/** Cuts the one extra row a query read to learn whether another page follows. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey): Page<T> {
  const more = rows.length > limit;
  const data = more ? rows.slice(0, limit) : rows;
  return { data, next: more ? encodeCursor(keyOf(data[data.length - 1])) : null };
}
