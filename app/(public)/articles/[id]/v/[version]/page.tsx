import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { VersionBanner } from "@/components/version-history";
import { getArticleVersion } from "@/lib/articles/versions-public";
import { formatDate } from "@/lib/dates";
import { parseRecordId, paths } from "@/lib/public-routes";

// None at build (no database then): each page renders on first request, then is cached (app/(public)/layout.tsx).
export async function generateStaticParams() {
  return [];
}

// The permalink of one published version of an article's text: what a citation of that version points to.
export const metadata: Metadata = { robots: { index: false } };

export default async function ArticleVersionPage({ params }: PageProps<"/articles/[id]/v/[version]">) {
  const { id, version } = await params;
  const articleId = parseRecordId(id);
  const number = parseRecordId(version);
  const shown = articleId === null || number === null ? null : await getArticleVersion(articleId, number);
  if (!shown) notFound();
  return (
    <article className="max-w-3xl space-y-6">
      <VersionBanner
        shown={shown}
        current={{ href: paths.article(shown.articleId), label: "The article as it reads now" }}
      />
      <h1 className="text-2xl font-semibold">
        <Link href={paths.article(shown.articleId)} className="underline">
          {shown.title}
        </Link>
      </h1>
      <p className="text-sm text-slate-600">
        {[shown.outlet, formatDate(shown.articlePublishedOn)].filter(Boolean).join(" · ")}
      </p>
      <div className="leading-relaxed whitespace-pre-wrap" data-testid="version-body">
        {shown.body}
      </div>
    </article>
  );
}
