// A titled list of quote cards (one per statement), with its explanation and an empty state. A list that shows
// only the newest of more statements says how many there are and links to all of them (in the explorer).
import Link from "next/link";
import { QuoteCard } from "./quote-card";
import type { QuoteCard as QuoteCardDto } from "@/lib/quotes/public";

export function QuoteCardSection(props: {
  id: string;
  title: string;
  description: string;
  quotes: QuoteCardDto[];
  /** Every statement of the list, when the cards are only the first of them. */
  total?: number;
  /** Where all of them are listed. */
  moreHref?: string;
}) {
  const more = props.total !== undefined && props.total > props.quotes.length;
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id} className="text-xl font-semibold">
        {props.title}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{props.description}</p>
      {props.quotes.length === 0 ? (
        <p className="mt-2 text-slate-700">None published.</p>
      ) : (
        <>
          {more ? (
            <p className="mt-1 text-sm text-slate-600">
              Showing {props.quotes.length} of {props.total?.toLocaleString("en")} statements.
            </p>
          ) : null}
          <ul className="mt-3 space-y-4">
            {props.quotes.map((quote) => (
              <li key={quote.id}>
                <QuoteCard quote={quote} />
              </li>
            ))}
          </ul>
          {more && props.moreHref ? (
            <p className="mt-3 text-sm">
              <Link href={props.moreHref} className="underline">
                All {props.total?.toLocaleString("en")} in the explorer
              </Link>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
