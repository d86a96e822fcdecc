// The public article page's title and description: outlet, date, how many quotes were coded, then the text.
import type { Metadata } from "next";
import type { PublishedArticle } from "@/lib/articles/public";
import { formatDate } from "@/lib/dates";
import { describe, pageMetadata } from "@/lib/public-metadata";
import { paths } from "@/lib/public-routes";

export function articleMetadata(article: PublishedArticle): Metadata {
  return pageMetadata({
    title: article.title,
    description: describe(
      `${article.outlet ?? "Article"}, ${formatDate(article.publishedOn)}: ${article.quotes.length} coded quotes. ${article.body}`,
    ),
    path: paths.article(article.id),
    type: "article",
  });
}
