import type { Metadata } from "next";
import Link from "next/link";
import { MatchSnippet } from "@/components/match-snippet";
import { formatDate } from "@/lib/dates";
import { pageMetadata } from "@/lib/public-metadata";
import { paths } from "@/lib/public-routes";
import { searchPublic } from "@/lib/search/public";
import { searchQuerySchema } from "@/lib/search/schemas";

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
        <form action={paths.search()} method="get" role="search" className="mt-4 flex flex-wrap gap-2">
          <label htmlFor="q" className="sr-only">
            Search statements, articles and people
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={200}
            placeholder="e.g. peace treaty, Yang Jiechi"
            className="min-w-0 flex-1 rounded border border-slate-400 px-3 py-2"
          />
          <button type="submit" className="rounded bg-slate-900 px-4 py-2 text-white">
            Search
          </button>
        </form>
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

      {results.people.length > 0 ? (
        <section aria-labelledby="people-results">
          <h2 id="people-results" className="text-xl font-semibold">
            People
          </h2>
          <ul className="mt-2 space-y-1">
            {results.people.map((person) => (
              <li key={person.slug}>
                <Link href={paths.person(person.slug)} className="underline">
                  {person.name}
                </Link>
                {person.matchedAlias ? (
                  <span className="text-sm text-slate-600"> (as “{person.matchedAlias}”)</span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {results.quotes.length > 0 ? (
        <section aria-labelledby="quote-results">
          <h2 id="quote-results" className="text-xl font-semibold">
            Statements
          </h2>
          <ol className="mt-2 space-y-4">
            {results.quotes.map(({ quote, snippet }) => (
              <li key={quote.id} className="rounded-lg border border-slate-200 p-4">
                <p>
                  “<MatchSnippet snippet={snippet} />”
                </p>
                <p className="mt-1 text-sm text-slate-600">
                  {quote.speakerName ?? "Unattributed"}
                  {quote.speakerCountry ? `, ${quote.speakerCountry.name}` : ""} · {formatDate(quote.statedOn)} ·{" "}
                  <Link href={paths.quote(quote.id)} className="underline">
                    Quote page<span className="sr-only"> for this statement</span>
                  </Link>
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {results.articles.length > 0 ? (
        <section aria-labelledby="article-results">
          <h2 id="article-results" className="text-xl font-semibold">
            Articles
          </h2>
          <ol className="mt-2 space-y-4">
            {results.articles.map((article) => (
              <li key={article.id}>
                <Link href={paths.article(article.id)} className="font-medium underline">
                  {article.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {[article.outlet, formatDate(article.publishedOn)].filter(Boolean).join(" · ")}
                </p>
                <p className="mt-1 text-sm">
                  <MatchSnippet snippet={article.snippet} />
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
