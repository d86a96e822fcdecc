// The article the quote was coded in: a link to the quote in it, its outlet, author and date, and the original.
import Link from "next/link";
import { formatDate } from "@/lib/dates";
import { paths } from "@/lib/public-routes";
import type { QuoteDetail } from "@/lib/quotes/public";

export function QuoteSource({ quote }: { quote: QuoteDetail }) {
  const details = [
    quote.article.outlet,
    quote.article.author ? `by ${quote.article.author}` : null,
    formatDate(quote.article.publishedOn),
  ];
  return (
    <section aria-labelledby="source-heading">
      <h2 id="source-heading" className="text-xl font-semibold">
        Source
      </h2>
      <p className="mt-2 text-sm">
        <Link href={`${paths.article(quote.article.id)}#quote-${quote.id}`} className="underline">
          {quote.article.title}
        </Link>
        {details
          .filter(Boolean)
          .map((part) => ` · ${part}`)
          .join("")}
        {quote.article.url ? (
          <>
            {" · "}
            <a href={quote.article.url} className="underline" rel="noopener noreferrer">
              Original<span className="sr-only"> article</span>
            </a>
          </>
        ) : null}
      </p>
    </section>
  );
}
