// The quote page's head: who said it and when, a note if it was corrected, and the quote in its paragraph.
import { HighlightedSpan } from "@/components/quote-highlight";
import { CorrectionNote } from "@/components/version-history";
import { formatStatedOn } from "@/lib/dates";
import type { QuoteDetail } from "@/lib/quotes/public";

type Corrected = Parameters<typeof CorrectionNote>[0]["corrected"];

export function QuoteHeading({ quote, corrected }: { quote: QuoteDetail; corrected: Corrected }) {
  return (
    <section>
      <h1 className="text-2xl font-semibold">
        {quote.speakerName ?? "Unattributed"}, {formatStatedOn(quote.statedOn, quote.statedOnPrecision)}
      </h1>
      <CorrectionNote corrected={corrected} />
      <figure className="mt-4">
        <blockquote className="border-l-4 border-amber-500 pl-4 text-lg">
          <p>{quote.paragraph ? <HighlightedSpan {...quote.paragraph} /> : `“${quote.text}”`}</p>
        </blockquote>
        <figcaption className="mt-2 text-sm text-slate-600">
          {quote.paragraph
            ? "The quote, highlighted, in its paragraph of the source article."
            : "The quote as recorded."}
        </figcaption>
      </figure>
    </section>
  );
}
