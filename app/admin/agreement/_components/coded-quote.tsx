// One coder's coding of a quote, as the disagreement list and the curation page show it next to the other's.
import type { CodedQuote } from "@/lib/agreement/units";

export function CodedQuoteCard({ label, quote, value }: { label: string; quote: CodedQuote | null; value?: string }) {
  return (
    <div className="rounded border border-slate-200 p-3 text-sm" data-testid={`coding-${label}`}>
      <p className="font-medium">
        {label}
        {value !== undefined ? <span className="ml-2 rounded bg-slate-100 px-1.5 font-mono">{value}</span> : null}
      </p>
      {quote ? (
        <>
          <blockquote className="mt-1 border-l-2 border-slate-300 pl-2">“{quote.text}”</blockquote>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3">
            <dt className="text-slate-500">Speaker</dt>
            <dd>
              {quote.speakerName} ({quote.speakerCountry})
            </dd>
            <dt className="text-slate-500">Attribution</dt>
            <dd>{quote.attribution}</dd>
            <dt className="text-slate-500">Stances</dt>
            <dd>
              {quote.stances.length
                ? quote.stances.map((s) => `${s.dimension}: ${s.position} (${s.holder})`).join("; ")
                : "none"}
            </dd>
          </dl>
        </>
      ) : (
        <p className="mt-1 text-slate-600">Did not mark this quote.</p>
      )}
    </div>
  );
}
