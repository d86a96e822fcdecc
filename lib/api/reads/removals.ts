// GET /api/v1/{quotes,articles,country-stances}/removed: the records once published that the caller can no longer
// see, changed since `updatedSince` — taken down, unpublished, deleted — so a copy synced with `updatedSince` on
// the lists can delete them. Derived from the records themselves (a takedown, an unpublish and a deletion each
// change the record, or a quote's article), and only records that were public once are listed (a quote approved
// in an article that never was is not). A record changed again since (a second takedown, say) may be listed again:
// deleting twice is harmless.
// Stances have their own, exact list (lib/stances/removals.ts).
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Visibility } from "@/lib/auth/permissions";
import { decodeCursor, toPage, type Page } from "@/lib/cursor";
import { and, utcTimestamp, visibleQuoteSql } from "@/lib/stances/criteria";
import type { Removal } from "@/lib/stances/removals";
import type { removalQuerySchema } from "@/lib/stances/schemas";

/**
 * Whether article `a` was ever public: publishing sets publishedAt and unpublishing clears it, but both leave a
 * "status" audit event (lib/review/publish-article.ts), and a takedown leaves publishedAt as it was.
 */
const articleOncePublished = Prisma.sql`(a."publishedAt" IS NOT NULL OR EXISTS (
  SELECT 1 FROM "AuditEvent" e WHERE e."entityType" = 'Article' AND e."entityId" = a.id::text AND e.action = 'status'))`;

/** Each kind's rows, the time a row last changed (`changed`), and whether the caller still sees it. */
const KINDS = {
  Quote: {
    from: Prisma.sql`"Quote" q JOIN "Article" a ON a.id = q."articleId"`,
    id: Prisma.sql`q.id`,
    changed: Prisma.sql`GREATEST(q."updatedAt", a."updatedAt")`,
    published: Prisma.sql`q."publishedAt" IS NOT NULL AND ${articleOncePublished}`,
    visible: (visibility: Visibility) => visibleQuoteSql(visibility),
    // The two indexes on updatedAt find the few rows changed since, instead of computing GREATEST for every quote.
    since: (at: Prisma.Sql) => Prisma.sql`q.id IN (
      SELECT id FROM "Quote" WHERE "updatedAt" >= ${at}
      UNION SELECT q2.id FROM "Article" a2 JOIN "Quote" q2 ON q2."articleId" = a2.id WHERE a2."updatedAt" >= ${at})`,
  },
  Article: {
    from: Prisma.sql`"Article" a`,
    id: Prisma.sql`a.id`,
    changed: Prisma.sql`a."updatedAt"`,
    published: articleOncePublished,
    visible: (visibility: Visibility) =>
      visibility === "published"
        ? Prisma.sql`a.status = 'published' AND a."deletedAt" IS NULL`
        : Prisma.sql`a."deletedAt" IS NULL AND (a.status = 'published' OR EXISTS (
            SELECT 1 FROM "Quote" q WHERE q."articleId" = a.id AND q.status = 'in_review' AND q."deletedAt" IS NULL))`,
    since: (at: Prisma.Sql) => Prisma.sql`a."updatedAt" >= ${at}`,
  },
  CountryStance: {
    from: Prisma.sql`"CountryStance" c`,
    id: Prisma.sql`c.id`,
    changed: Prisma.sql`c."updatedAt"`,
    published: Prisma.sql`c."publishedAt" IS NOT NULL`,
    visible: (visibility: Visibility) =>
      visibility === "published"
        ? Prisma.sql`c.status = 'published' AND c."deletedAt" IS NULL`
        : Prisma.sql`c.status IN ('published', 'in_review') AND c."deletedAt" IS NULL`,
    since: (at: Prisma.Sql) => Prisma.sql`c."updatedAt" >= ${at}`,
  },
} as const;

/** One page of removed records, oldest change first, key-paged by (time, id). */
export async function listRemovedRecords(
  entityType: keyof typeof KINDS,
  visibility: Visibility,
  query: z.output<typeof removalQuerySchema>,
): Promise<Page<Removal>> {
  const kind = KINDS[entityType];
  const { updatedSince, cursor, limit } = query;
  const after = decodeCursor<[string, number]>(cursor, ["instant", "int"]);
  const conditions = [kind.published, Prisma.sql`NOT (${kind.visible(visibility)})`];
  if (updatedSince) {
    const at = utcTimestamp(updatedSince);
    conditions.push(kind.since(at), Prisma.sql`${kind.changed} >= ${at}`);
  }
  if (after) conditions.push(Prisma.sql`(${kind.changed}, ${kind.id}) > (${utcTimestamp(after[0])}, ${after[1]})`);
  const rows = await db.$queryRaw<Removal[]>`
    SELECT ${kind.id} AS id, to_char(${kind.changed}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "removedAt"
      FROM ${kind.from}
     WHERE ${and(conditions)}
     ORDER BY ${kind.changed}, ${kind.id}
     LIMIT ${limit + 1}`;
  return toPage(rows, limit, (row) => [row.removedAt, row.id]);
}
