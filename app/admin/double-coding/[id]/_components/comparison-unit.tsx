// One unit of a double-coded article: both codings side by side, what differs, and the curator's choices.
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import type { ComparisonUnit } from "@/lib/double-coding/comparison";
import { CodedQuoteCard } from "../../../agreement/_components/coded-quote";
import { takeAction } from "../actions";

function Take({ codingId, quoteId, label }: { codingId: number; quoteId: number; label: string }) {
  return (
    <ActionForm action={takeAction} className="inline" aria-label={label}>
      <input type="hidden" name="codingId" value={codingId} />
      <input type="hidden" name="quoteId" value={quoteId} />
      <button type="submit" className="rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-50">
        {label}
      </button>
    </ActionForm>
  );
}

export function ComparisonUnitView(props: {
  unit: ComparisonUnit;
  codingId: number;
  articleId: number;
  mayCurate: boolean;
}) {
  const { unit, codingId, articleId, mayCurate } = props;
  return (
    <li className="rounded border border-slate-200 p-3" data-testid="comparison-unit">
      <p className="text-sm" data-testid="unit-differs">
        {unit.differs.length ? `Differ on: ${unit.differs.join(", ")}` : "The two codings agree."}
      </p>
      <div className="mt-2 grid gap-3 md:grid-cols-2">
        <CodedQuoteCard label="Coder A" quote={unit.a} />
        <CodedQuoteCard label="Coder B" quote={unit.b} />
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
        {unit.final ? (
          <span data-testid="unit-final">
            Final quote {unit.final.id} ({unit.final.status.replace("_", " ")})
          </span>
        ) : mayCurate ? (
          <>
            {unit.a ? <Take codingId={codingId} quoteId={unit.a.id} label="Take A's" /> : null}
            {unit.b ? <Take codingId={codingId} quoteId={unit.b.id} label="Take B's" /> : null}
            <Link href={`/admin/articles/${articleId}/annotate`} className="underline">
              Edit: mark it in the workspace
            </Link>
          </>
        ) : null}
      </div>
    </li>
  );
}
