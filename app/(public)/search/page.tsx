import type { Metadata } from "next";
import { pageMetadata } from "@/lib/public-metadata";
import { paths } from "@/lib/public-routes";
import { searchPublic } from "@/lib/search/public";
import { searchQuerySchema } from "@/lib/search/schemas";
import { SearchForm } from "./_components/search-form";
import { ArticleResults, PeopleResults, QuoteResults } from "./_components/search-results";

export async function generateMetadata({ searchParams }: PageProps<"/search">): Promise<Metadata> {
  const { q } = searchQuerySchema.parse(await searchParams);
  return {
    ...pageMetadata({
      title: q ? `Search: ${q}` : "Search",
      description: "Search published statements, articles and people on ending the Korean War.",
      path: paths.search(),
    }),
    // Result pages are not worth indexing; the search page itself is.
    robots: q ? { index: false, follow: true } : undefined,
  };
}

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const { q } = searchQuerySchema.parse(await searchParams);
  const results = await searchPublic(q);
  const total = results.quotes.length + results.articles.length + results.people.length;
  return (
    <div className="max-w-3xl space-y-8">
      <section>
        <h1 className="text-2xl font-semibold">Search</h1>
        <SearchForm q={q} />
        <p className="mt-2 text-sm text-slate-600">
          Words are matched in any form (“declare” finds “declaration”); use quotes for a phrase and “or” for
          alternatives. Names are found in any spelling we know, and with small misspellings.
        </p>
        {q ? (
          <p className="mt-4" role="status">
            {total === 0
              ? `Nothing published matches “${q}”.`
              : `${total} ${total === 1 ? "result" : "results"} for “${q}”.`}
          </p>
        ) : null}
      </section>
      <PeopleResults people={results.people} />
      <QuoteResults quotes={results.quotes} />
      <ArticleResults articles={results.articles} />
    </div>
  );
}
