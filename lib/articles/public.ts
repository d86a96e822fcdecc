// Published-only reads of articles for the public pages. Every query here filters on published status and
// not-deleted, so a public page cannot show a draft by construction.
import "server-only";
import { db } from "@/lib/db";

export interface PublishedArticleSummary {
  id: number;
  title: string;
  outlet: string | null;
  publishedOn: Date;
  quoteCount: number;
}

export async function listPublishedArticles(limit = 50): Promise<PublishedArticleSummary[]> {
  const articles = await db.article.findMany({
    where: { status: "published", deletedAt: null },
    orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      title: true,
      publishedOn: true,
      outlet: { select: { name: true } },
      _count: { select: { quotes: { where: { status: "published", deletedAt: null } } } },
    },
  });
  return articles.map((a) => ({
    id: a.id,
    title: a.title,
    outlet: a.outlet?.name ?? null,
    publishedOn: a.publishedOn,
    quoteCount: a._count.quotes,
  }));
}
