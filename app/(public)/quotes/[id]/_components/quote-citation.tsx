// "Cite this" cites the version read: its permalink keeps showing this text after any later correction.
import { absoluteUrl, paths } from "@/lib/public-routes";
import { bibtexCitation, plainCitation } from "@/lib/quotes/citation";
import type { QuoteDetail } from "@/lib/quotes/public";

export function QuoteCitation({ quote, version }: { quote: QuoteDetail; version: number }) {
  const permalink = absoluteUrl(paths.quoteVersion(quote.id, version));
  const accessed = new Date();
  return (
    <section aria-labelledby="cite-heading">
      <h2 id="cite-heading" className="text-xl font-semibold">
        Cite this
      </h2>
      <p className="mt-2 text-sm break-words">{plainCitation({ ...quote, version }, permalink, accessed)}</p>
      <h3 className="mt-4 text-sm font-semibold">BibTeX</h3>
      <pre className="mt-1 overflow-x-auto rounded bg-slate-100 p-3 text-xs" tabIndex={0} aria-label="BibTeX entry">
        <code>{bibtexCitation({ ...quote, version }, permalink, accessed)}</code>
      </pre>
    </section>
  );
}
