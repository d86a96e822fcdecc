// A published article's text history: its first publication, then each approved body correction, each with its
// permalink (/articles/12/v/2) showing the text as it read then. Published-only.
import "server-only";
import { db } from "@/lib/db";
import { cachedPublicRead } from "@/lib/public-cache";
import { approvedVersions, historyOf, type PublicHistory } from "@/lib/revisions/public-versions";
import { getPublishedArticle, PUBLISHED_ARTICLE, type PublishedArticle } from "./public";

export interface ArticleVersionView {
  articleId: number;
  number: number;
  of: number;
  publishedAt: Date;
  supersededAt: Date | null;
  note: string | null;
  title: string;
  outlet: string | null;
  articlePublishedOn: Date;
  body: string;
}

async function versionsOf(articleId: number) {
  const article = await db.article.findFirst({
    where: { ...PUBLISHED_ARTICLE, id: articleId },
    select: {
      id: true,
      title: true,
      body: true,
      publishedOn: true,
      publishedAt: true,
      createdAt: true,
      outlet: { select: { name: true } },
    },
  });
  if (!article) return null;
  const versions = await approvedVersions<{ body: string }>(
    "Article",
    article.id,
    article.publishedAt ?? article.createdAt,
  );
  return { article, versions };
}

async function uncachedGetArticleHistory(articleId: number): Promise<PublicHistory | null> {
  const found = await versionsOf(articleId);
  return found && historyOf(found.versions);
}

async function uncachedGetArticleVersion(articleId: number, number: number): Promise<ArticleVersionView | null> {
  const found = await versionsOf(articleId);
  const version = found?.versions[number - 1];
  if (!found || !version) return null;
  return {
    articleId,
    number,
    of: found.versions.length,
    publishedAt: version.publishedAt,
    supersededAt: version.supersededAt,
    note: version.note,
    title: found.article.title,
    outlet: found.article.outlet?.name ?? null,
    articlePublishedOn: found.article.publishedOn,
    // The current version is the live text.
    body: version.supersededAt === null || !version.content ? found.article.body : version.content.body,
  };
}

// Cached across requests and refreshed when the record changes (lib/public-cache.ts).
export const getArticleHistory = cachedPublicRead("articles.getArticleHistory", uncachedGetArticleHistory);
export const getArticleVersion = cachedPublicRead("articles.getArticleVersion", uncachedGetArticleVersion);

/** The public article page in one read: the published article and its version history; null when it is not public. */
export async function getArticlePage(
  id: number,
): Promise<{ article: PublishedArticle; history: PublicHistory | null } | null> {
  const article = await getPublishedArticle(id);
  return article && { article, history: await getArticleHistory(article.id) };
}
