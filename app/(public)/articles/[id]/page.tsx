import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleText } from "@/components/quote-highlight";
import { CiteThis, CorrectionNote, VersionHistory } from "@/components/version-history";
import { getArticlePage } from "@/lib/articles/versions-public";
import { citeVersion } from "@/lib/revisions/cite-version";
import { formatDate } from "@/lib/dates";
import { absoluteUrl, parseRecordId, paths } from "@/lib/public-routes";
import { ArticleHeading } from "./_components/article-heading";
import { articleMetadata } from "./_components/article-metadata";

// None at build (no database then): each page renders on first request, then is cached (app/(public)/layout.tsx).
export async function generateStaticParams() {
  return [];
}

const findArticle = cache(async (segment: string) => {
  const id = parseRecordId(segment);
  return id === null ? null : getArticlePage(id);
});

export async function generateMetadata({ params }: PageProps<"/articles/[id]">): Promise<Metadata> {
  const found = await findArticle((await params).id);
  return found ? articleMetadata(found.article) : { title: "Not found" };
}

export default async function ArticlePage({ params }: PageProps<"/articles/[id]">) {
  const found = await findArticle((await params).id);
  if (!found) notFound();
  const { article, history } = found;
  const version = history?.versions.length ?? 1;
  const title = [article.outlet, `“${article.title}”`, formatDate(article.publishedOn)].filter(Boolean).join(", ");
  const cited = { title, kind: "article text", id: article.id, version } as const;
  return (
    <article className="max-w-3xl">
      <ArticleHeading article={article} />
      <CorrectionNote corrected={history?.corrected ?? null} />
      <p className="mt-3 text-sm text-slate-700">
        Highlighted: the {article.quotes.length} published {article.quotes.length === 1 ? "quote" : "quotes"}; the
        numbered notes below say who said each and what position it was coded with.
      </p>
      <div className="mt-6">
        <ArticleText body={article.body} quotes={article.quotes} language={article.language} />
      </div>
      <div className="mt-8 space-y-6">
        <CiteThis citation={citeVersion(cited, absoluteUrl(paths.articleVersion(article.id, version)), new Date())} />
        {history ? <VersionHistory history={history} href={(n) => paths.articleVersion(article.id, n)} /> : null}
      </div>
    </article>
  );
}
