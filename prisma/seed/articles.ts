// Builder for articles. An article is identified by its body: the same text seeded twice is one article.
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { bodyHash, firstLine } from "@/lib/articles/body";
import { type Db } from "./db";
import { fromIsoDay, toIsoDay } from "@/lib/dates";

export interface ArticleSeed {
  /** Stored exactly as given: quote offsets index into it. */
  body: string;
  /** Defaults to the first non-empty line of the body. */
  title?: string;
  /** "YYYY-MM-DD" as printed by the outlet; defaults to today (UTC). */
  publishedOn?: string;
  outletId?: number | null;
  author?: string | null;
  url?: string | null;
  language?: string;
  status?: ArticleStatus;
  /** When the article was published here; defaults to now for published articles and is kept on re-seed. */
  publishedAt?: Date | null;
}

/**
 * Upserts by bodyHash (the natural key the import uses to refuse duplicates), falling back to the URL so that
 * correcting the body of a known article updates it instead of adding a second one.
 */
export async function seedArticle(db: Db, seed: ArticleSeed) {
  const hash = bodyHash(seed.body);
  const existing = await db.article.findFirst({
    where: { OR: [{ bodyHash: hash }, ...(seed.url ? [{ url: seed.url }] : [])] },
    orderBy: { id: "asc" },
  });
  const status = seed.status ?? "draft";
  const fields = {
    title: seed.title ?? firstLine(seed.body),
    body: seed.body,
    bodyHash: hash,
    publishedOn: fromIsoDay(seed.publishedOn ?? toIsoDay(new Date())),
    outletId: seed.outletId ?? null,
    author: seed.author ?? null,
    url: seed.url ?? null,
    language: seed.language ?? "en",
    status,
    publishedAt: status === "published" ? (seed.publishedAt ?? existing?.publishedAt ?? new Date()) : null,
  };
  return existing
    ? db.article.update({ where: { id: existing.id }, data: fields })
    : db.article.create({ data: fields });
}
