// Search results by kind: people (with the alias that matched), statements and articles (with the matching words).
import Link from "next/link";
import { MatchSnippet } from "@/components/match-snippet";
import { formatDate } from "@/lib/dates";
import { paths } from "@/lib/public-routes";
import type { SearchResults } from "@/lib/search/public";

export function PeopleResults({ people }: { people: SearchResults["people"] }) {
  if (people.length === 0) return null;
  return (
    <section aria-labelledby="people-results">
      <h2 id="people-results" className="text-xl font-semibold">
        People
      </h2>
      <ul className="mt-2 space-y-1">
        {people.map((person) => (
          <li key={person.slug}>
            <Link href={paths.person(person.slug)} className="underline">
              {person.name}
            </Link>
            {person.matchedAlias ? <span className="text-sm text-slate-600"> (as “{person.matchedAlias}”)</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function QuoteResults({ quotes }: { quotes: SearchResults["quotes"] }) {
  if (quotes.length === 0) return null;
  return (
    <section aria-labelledby="quote-results">
      <h2 id="quote-results" className="text-xl font-semibold">
        Statements
      </h2>
      <ol className="mt-2 space-y-4">
        {quotes.map(({ quote, snippet }) => (
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
  );
}

export function ArticleResults({ articles }: { articles: SearchResults["articles"] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="article-results">
      <h2 id="article-results" className="text-xl font-semibold">
        Articles
      </h2>
      <ol className="mt-2 space-y-4">
        {articles.map((article) => (
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
  );
}
