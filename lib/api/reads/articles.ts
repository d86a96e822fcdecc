// Articles for the read API, newest first, keyset by (publishedOn, id). The single article carries its body.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Visibility } from "@/lib/auth/permissions";
import { decodeCursor, toPage, type Page } from "@/lib/cursor";
import { type ArticleDetailDto, type ArticleDto } from "@/lib/api/dtos";
import { fromIsoDay, toIsoDay } from "@/lib/dates";
import { visibleArticle } from "@/lib/api/visibility";
import type { ArticleListQuery } from "@/lib/stances/schemas";

const select = {
  id: true,
  status: true,
  title: true,
  author: true,
  url: true,
  publishedOn: true,
  language: true,
  outlet: { select: { id: true, name: true } },
} satisfies Prisma.ArticleSelect;

function toDto(row: Prisma.ArticleGetPayload<{ select: typeof select }>): ArticleDto {
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
  };
}

export async function listArticles(
  visibility: Visibility,
  query: z.output<typeof ArticleListQuery>,
): Promise<Page<ArticleDto>> {
  const after = decodeCursor<[string, number]>(query.cursor, ["day", "int"]);
  const where: Prisma.ArticleWhereInput[] = [visibleArticle(visibility)];
  if (query.outlet !== undefined) where.push({ outletId: query.outlet });
  if (query.publishedFrom) where.push({ publishedOn: { gte: fromIsoDay(query.publishedFrom) } });
  if (query.publishedTo) where.push({ publishedOn: { lte: fromIsoDay(query.publishedTo) } });
  if (query.q)
    where.push({
      OR: [{ title: { contains: query.q, mode: "insensitive" } }, { body: { contains: query.q, mode: "insensitive" } }],
    });
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
  return toPage(rows.map(toDto), query.limit, (row) => [row.publishedOn, row.id]);
}

export async function getArticle(visibility: Visibility, id: number): Promise<ArticleDetailDto> {
  const row = await db.article.findFirst({
    where: { AND: [{ id }, visibleArticle(visibility)] },
    select: { ...select, body: true },
  });
  if (!row) throw new AppError("NOT_FOUND", `No article ${id}.`);
  return { ...toDto(row), body: row.body };
}
