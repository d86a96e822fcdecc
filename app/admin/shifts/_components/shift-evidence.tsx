// A possible shift's evidence side by side: the country's record as it stood, with the statements it cites, and
// the new statement that disagrees with it.
import Link from "next/link";
import { StanceBadge } from "@/components/stance-badge";
import { formatDate, formatStatedOn } from "@/lib/dates";
import type { PossibleShiftItem, ShiftEvidenceQuote } from "@/lib/shifts/queries";

function Statement({ quote }: { quote: ShiftEvidenceQuote }) {
  return (
    <blockquote className="border-l-2 border-slate-300 pl-3 text-sm">
      <p>“{quote.text}”</p>
      <footer className="mt-1 text-slate-600">
        {quote.speaker}, {formatStatedOn(quote.statedOn, quote.statedOnPrecision)} ·{" "}
        <Link href={`/admin/articles/${quote.articleId}/annotate?quote=${quote.id}`} className="underline">
          {quote.source}
        </Link>
      </footer>
    </blockquote>
  );
}

export function ShiftEvidence({ shift }: { shift: PossibleShiftItem }) {
  const held = shift.positions.filter((position) => position.held);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-label="The record now" className="rounded border border-slate-200 p-3">
        <h3 className="text-sm font-semibold text-slate-700">The record now</h3>
        {shift.current ? (
          <div className="mt-2 space-y-2">
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <StanceBadge label={shift.current.position.label} color={shift.current.position.color} />
              <span className="text-slate-600">
                {shift.current.validTo
                  ? `${formatDate(shift.current.validFrom)} – ${formatDate(shift.current.validTo)}`
                  : `since ${formatDate(shift.current.validFrom)}`}
              </span>
            </p>
            <p className="text-sm">{shift.current.summary}</p>
            {shift.current.evidence.map((quote) => (
              <Statement key={quote.id} quote={quote} />
            ))}
          </div>
        ) : (
          <p className="mt-2 text-sm text-slate-700">{shift.country.name} has no record on this dimension yet.</p>
        )}
      </section>
      <section aria-label="The new statement" className="rounded border border-amber-300 bg-amber-50 p-3">
        <h3 className="text-sm font-semibold text-slate-700">The new statement</h3>
        <p className="mt-2 flex flex-wrap gap-2">
          {held.map((position) => (
            <StanceBadge key={position.id} label={position.label} color={position.color} />
          ))}
        </p>
        <div className="mt-2">
          <Statement quote={shift.quote} />
        </div>
      </section>
    </div>
  );
}
