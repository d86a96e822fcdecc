// Articles for the read API, newest first, keyset by (publishedOn, id). The single article carries its body.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Visibility } from "@/lib/auth/permissions";
import { decodeCursor, toPage, type Page } from "@/lib/cursor";
import { isoDay, type ArticleDetailDto, type ArticleDto } from "@/lib/api/dtos";
import { visibleArticle } from "@/lib/api/visibility";
import { versionNumbers } from "@/lib/revisions/public-versions";
import type { ArticleListQuery } from "@/lib/stances/schemas";

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
    publishedOn: isoDay(row.publishedOn),
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
  query: z.output<typeof ArticleListQuery>,
): Promise<Page<ArticleDto>> {
  const after = decodeCursor<[string, number]>(query.cursor, ["day", "int"]);
  const where: Prisma.ArticleWhereInput[] = [visibleArticle(visibility)];
  if (query.outlet !== undefined) where.push({ outletId: query.outlet });
  if (query.publishedFrom) where.push({ publishedOn: { gte: new Date(query.publishedFrom) } });
  if (query.publishedTo) where.push({ publishedOn: { lte: new Date(query.publishedTo) } });
  if (query.updatedSince) where.push({ updatedAt: { gte: new Date(query.updatedSince) } });
  if (query.q)
    where.push({
      OR: [{ title: { contains: query.q, mode: "insensitive" } }, { body: { contains: query.q, mode: "insensitive" } }],
    });
  if (after) {
    const onDay = new Date(after[0]);
    where.push({ OR: [{ publishedOn: { lt: onDay } }, { publishedOn: onDay, id: { lt: after[1] } }] });
  }
  const rows = await db.article.findMany({
    where: { AND: where },
    orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select,
  });
  const page = toPage(rows, query.limit, (row) => [isoDay(row.publishedOn), row.id]);
  return { data: await toDtos(page.data), next: page.next };
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
