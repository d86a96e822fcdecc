// The other half of an incremental sync of stances: which stances left the caller's view since a time, so a copy
// made from /api/v1/stances can delete them. Kept by the read model's refresh (migration
// *_stance_read_updated_at): "removedAt" when a stance left every view (a takedown, a deletion, back to draft),
// "unpublishedAt" when a published one stopped being published. Callers without a token read the second, so they
// learn only of stances they could have seen; a token's caller reads the first (a stance back in review is still
// in their list, marked in_review).
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Visibility } from "@/lib/auth/permissions";
import { decodeCursor, toPage, type Page } from "@/lib/cursor";
import { utcTimestamp } from "./criteria";
import type { removalQuerySchema } from "./schemas";

export interface Removal {
  id: number;
  removedAt: string;
}

/** One page of removals, oldest first (key-paged by time and id), so a sync can stop anywhere and go on. */
export async function listStanceRemovals(
  visibility: Visibility,
  query: z.output<typeof removalQuerySchema>,
): Promise<Page<Removal>> {
  const { updatedSince, cursor, limit } = query;
  const after = decodeCursor<[string, number]>(cursor, ["instant", "int"]);
  const column = Prisma.raw(visibility === "published" ? `"unpublishedAt"` : `"removedAt"`);
  const conditions = [Prisma.sql`${column} IS NOT NULL`];
  if (updatedSince) conditions.push(Prisma.sql`${column} >= ${utcTimestamp(updatedSince)}`);
  if (after) conditions.push(Prisma.sql`(${column}, "stanceId") > (${utcTimestamp(after[0])}, ${after[1]})`);
  const rows = await db.$queryRaw<Removal[]>`
    SELECT "stanceId" AS id, to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "removedAt"
      FROM "StanceReadRemoval"
     WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY ${column}, "stanceId"
     LIMIT ${limit + 1}`;
  return toPage(rows, limit, (row) => [row.removedAt, row.id]);
}
