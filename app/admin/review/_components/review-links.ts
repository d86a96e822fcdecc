// The queue's address: its filter read from the query string, and links that change part of it.
import { reviewQueueFilterSchema, type ReviewQueueFilter } from "@/lib/review/schemas";

type Search = Record<string, string | string[] | undefined>;

/** A hand-edited address with a bad filter shows the whole queue rather than an error. */
export function reviewFilterFrom(search: Search): ReviewQueueFilter {
  const parsed = reviewQueueFilterSchema.safeParse(
    Object.fromEntries(Object.entries(search).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])),
  );
  return parsed.success ? parsed.data : reviewQueueFilterSchema.parse({});
}

/** The queue's address with `changes` applied to `filter`, from its first page. */
export function reviewHref(filter: ReviewQueueFilter, changes: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, cursor: undefined, ...changes }))
    if (value !== undefined && value !== "") params.set(key, String(value));
  return `/admin/review?${params}`;
}
