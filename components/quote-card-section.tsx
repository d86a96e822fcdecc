// A titled list of quote cards (one per statement), with its explanation and an empty state.
import { QuoteCard } from "./quote-card";
import type { QuoteCard as QuoteCardDto } from "@/lib/quotes/public";

export function QuoteCardSection(props: { id: string; title: string; description: string; quotes: QuoteCardDto[] }) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id} className="text-xl font-semibold">
        {props.title}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{props.description}</p>
      {props.quotes.length === 0 ? (
        <p className="mt-2 text-slate-700">None published.</p>
      ) : (
        <ul className="mt-3 space-y-4">
          {props.quotes.map((quote) => (
            <li key={quote.id}>
              <QuoteCard quote={quote} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
