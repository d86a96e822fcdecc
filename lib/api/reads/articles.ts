// Articles for the read API, newest first, keyset by (publishedOn, id). The single article carries its body.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { articleTextMatches } from "@/lib/search/text-match";
import type { Visibility } from "@/lib/auth/permissions";
import { decodeCursor, toPage, type Page } from "@/lib/cursor";
import { type ArticleDetailDto, type ArticleDto } from "@/lib/api/dtos";
import { fromIsoDay, toIsoDay } from "@/lib/dates";
import { visibleArticle } from "@/lib/api/visibility";
import { versionNumbers } from "@/lib/revisions/public-versions";
import type { articleListQuerySchema } from "@/lib/stances/schemas";

const select = {
  id: true,
  status: true,
  title: true,
  author: true,
  url: true,
  publishedOn: true,
  language: true,
  updatedAt: true,
  outlet: { select: { id: true, name: true } },
} satisfies Prisma.ArticleSelect;

function toDto(row: Prisma.ArticleGetPayload<{ select: typeof select }>, version: number): ArticleDto {
  return {
    id: row.id,
    status: row.status === "published" ? "published" : "in_review",
    title: row.title,
    author: row.author,
    outletId: row.outlet?.id ?? null,
    outlet: row.outlet?.name ?? null,
    url: row.url,
    publishedOn: toIsoDay(row.publishedOn),
    language: row.language,
    version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function toDtos(rows: Prisma.ArticleGetPayload<{ select: typeof select }>[]): Promise<ArticleDto[]> {
  const versions = await versionNumbers(
    "Article",
    rows.map((row) => row.id),
  );
  return rows.map((row) => toDto(row, versions.get(row.id) ?? 1));
}

export async function listArticles(
  visibility: Visibility,
  query: z.output<typeof articleListQuerySchema>,
): Promise<Page<ArticleDto>> {
  const after = decodeCursor<[string, number]>(query.cursor, ["day", "int"]);
  const where: Prisma.ArticleWhereInput[] = [visibleArticle(visibility)];
  if (query.outlet !== undefined) where.push({ outletId: query.outlet });
  if (query.publishedFrom) where.push({ publishedOn: { gte: fromIsoDay(query.publishedFrom) } });
  if (query.publishedTo) where.push({ publishedOn: { lte: fromIsoDay(query.publishedTo) } });
  if (query.updatedSince) where.push({ updatedAt: { gte: new Date(query.updatedSince) } });
  if (query.q) where.push({ id: { in: await matchingPage(visibility, query.q, query, after) } });
  if (after) {
    const onDay = fromIsoDay(after[0]);
    where.push({ OR: [{ publishedOn: { lt: onDay } }, { publishedOn: onDay, id: { lt: after[1] } }] });
  }
  const rows = await db.article.findMany({
    where: { AND: where },
    orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select,
  });
  const page = toPage(rows, query.limit, (row) => [toIsoDay(row.publishedOn), row.id]);
  return { data: await toDtos(page.data), next: page.next };
}

/**
 * The ids of the page when `q` is given: the same filters, order and keyset in SQL, so that the text match goes
 * through the stored search vector's GIN index (lib/search/text-match.ts) instead of scanning every body. The page
 * is then read back through Prisma with every condition again (visibility included), as without `q`.
 */
async function matchingPage(
  visibility: Visibility,
  q: string,
  query: z.output<typeof articleListQuerySchema>,
  after: [string, number] | null,
): Promise<number[]> {
  const conditions = [
    visibility === "published"
      ? Prisma.sql`a.status = 'published' AND a."deletedAt" IS NULL`
      : Prisma.sql`a."deletedAt" IS NULL AND (a.status = 'published' OR EXISTS (
          SELECT 1 FROM "Quote" q WHERE q."articleId" = a.id AND q.status = 'in_review' AND q."deletedAt" IS NULL))`,
    articleTextMatches("a", q),
  ];
  if (query.outlet !== undefined) conditions.push(Prisma.sql`a."outletId" = ${query.outlet}`);
  if (query.publishedFrom) conditions.push(Prisma.sql`a."publishedOn" >= ${query.publishedFrom}::date`);
  if (query.publishedTo) conditions.push(Prisma.sql`a."publishedOn" <= ${query.publishedTo}::date`);
  // updatedAt is a UTC timestamp without a zone (Prisma's DateTime).
  if (query.updatedSince)
    conditions.push(
      Prisma.sql`a."updatedAt" >= (${new Date(query.updatedSince).toISOString()}::timestamptz AT TIME ZONE 'UTC')`,
    );
  if (after) conditions.push(Prisma.sql`(a."publishedOn", a.id) < (${after[0]}::date, ${after[1]})`);
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT a.id FROM "Article" a
     WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY a."publishedOn" DESC, a.id DESC
     LIMIT ${query.limit + 1}`;
  return rows.map((row) => row.id);
}

export async function getArticle(visibility: Visibility, id: number): Promise<ArticleDetailDto> {
  const row = await db.article.findFirst({
    where: { AND: [{ id }, visibleArticle(visibility)] },
    select: { ...select, body: true },
  });
  if (!row) throw new AppError("NOT_FOUND", `No article ${id}.`);
  const [dto] = await toDtos([row]);
  return { ...dto, body: row.body };
}
