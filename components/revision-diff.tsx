// What a revision (a correction of a published record) changes, for the reviewer: each changed field with its old
// and new value; for a body correction, the text with removals struck and additions marked, and what re-anchoring
// does to each quote. Presentational: the review queue places it; the approval form asks for the decisions.
import type { RevisionDiff } from "@/lib/review/revision-diff";

const HOW_LABEL = {
  kept: "unchanged",
  moved: "moved",
  fuzzy: "matched approximately",
  orphaned: "orphaned: no longer in the text",
} as const;

export function RevisionDiffView({ diff }: { diff: RevisionDiff }) {
  return (
    <div className="space-y-3 text-sm" data-testid="revision-diff">
      {diff.fields.filter((field) => field.field !== "body").length > 0 ? (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Changed fields</caption>
          <thead>
            <tr className="text-xs text-slate-500">
              <th scope="col" className="pr-3 font-medium">
                Field
              </th>
              <th scope="col" className="pr-3 font-medium">
                Published
              </th>
              <th scope="col" className="font-medium">
                Corrected
              </th>
            </tr>
          </thead>
          <tbody>
            {diff.fields
              .filter((field) => field.field !== "body")
              .map((field) => (
                <tr key={field.field} className="border-t border-slate-200 align-top">
                  <th scope="row" className="py-1 pr-3 font-medium">
                    {field.label}
                  </th>
                  <td className="py-1 pr-3">
                    <del className="bg-red-50 text-red-900">{field.before}</del>
                  </td>
                  <td className="py-1">
                    <ins className="bg-green-50 text-green-900 no-underline">{field.after}</ins>
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      ) : null}
      {diff.text ? <TextDiff segments={diff.text} /> : null}
      {diff.quotes && diff.quotes.length > 0 ? (
        <ul className="space-y-1" aria-label="What happens to the quotes">
          {diff.quotes.map((quote) => (
            <li key={quote.id} data-testid={`reanchor-${quote.id}`}>
              Quote {quote.id} “{quote.before.text}”: <strong>{HOW_LABEL[quote.how]}</strong>
              {quote.how === "fuzzy" && quote.score !== null ? ` (${Math.round(quote.score * 100)} % alike)` : null}
              {quote.after && quote.after.text !== quote.before.text ? <> → “{quote.after.text}”</> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The changed stretches with a few words of context each side; long unchanged stretches are elided. */
function TextDiff({ segments }: { segments: RevisionDiff["text"] & object }) {
  const CONTEXT = 60;
  return (
    <p className="rounded border border-slate-200 p-2 leading-relaxed whitespace-pre-wrap" aria-label="Text changes">
      {segments.map((segment, index) => {
        if (segment.kind === "removed")
          return (
            <del key={index} className="bg-red-100 text-red-900">
              {segment.text}
            </del>
          );
        if (segment.kind === "added")
          return (
            <ins key={index} className="bg-green-100 text-green-900 no-underline">
              {segment.text}
            </ins>
          );
        const text = segment.text;
        if (text.length <= CONTEXT * 2) return <span key={index}>{text}</span>;
        const head = index === 0 ? "" : text.slice(0, CONTEXT);
        const tail = index === segments.length - 1 ? "" : text.slice(-CONTEXT);
        return (
          <span key={index}>
            {head}
            <span className="text-slate-400"> … </span>
            {tail}
          </span>
        );
      })}
    </p>
  );
}
