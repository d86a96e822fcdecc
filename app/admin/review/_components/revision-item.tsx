// One correction of a published record in the review queue: what it changes (RevisionDiffView), who edited it,
// and approve (with a decision for each fuzzy or orphaned quote of a body correction) or return it, by its forms or
// by the queue's keys (review-keys.tsx reads the data attributes, as on ReviewItemCard).
import Link from "next/link";
import { ActionForm, FieldError, buttonClass } from "@/components/action-form";
import { RevisionDiffView } from "@/components/revision-diff";
import type { RevisionReviewItem } from "@/lib/review/revision-queries";
import { DECIDED_IN_PLACE } from "./decided-in-place";
import { ReturnOrResubmit } from "./return-or-resubmit";
import { OverrideReasonField } from "../../_components/override-reason-field";
import { approveRevisionAction, returnRevisionAction, submitRevisionAction } from "../actions";

export function RevisionItemCard({ item, view }: { item: RevisionReviewItem; view: "waiting" | "returned" }) {
  const label = `correction of ${item.label}`;
  const target = (
    <>
      <input type="hidden" name="revisionId" value={item.id} />
      <input type="hidden" name="version" value={item.version} />
    </>
  );
  const undecided = item.diff.quotes?.filter((quote) => quote.how === "fuzzy" || quote.how === "orphaned") ?? [];
  return (
    <li
      className={`rounded border border-amber-300 p-4 ${DECIDED_IN_PLACE}`}
      data-testid={`revision-${item.id}`}
      aria-label={label}
      tabIndex={-1}
      data-review-item=""
      data-kind="revision"
      data-id={item.id}
      data-version={item.version}
      data-approval={view !== "waiting" ? "none" : item.blocked ? "blocked" : item.approval}
      data-blocked={item.blocked ?? undefined}
    >
      <p className="text-sm font-medium">
        Correction of a published {item.label} ·{" "}
        <Link href={item.editLink} className="underline" data-review-open="">
          open it
        </Link>
      </p>
      <p className="mt-1 text-xs text-slate-500">
        Edited by {item.contributors.map((contributor) => contributor.label).join(", ")}
      </p>
      <div className="mt-2">
        <RevisionDiffView diff={item.diff} />
      </div>
      {item.reviewComment ? (
        <p className="mt-2 rounded bg-amber-50 p-2 text-sm">
          <span className="font-medium">Reviewer&apos;s comment:</span> {item.reviewComment}
        </p>
      ) : null}
      {item.blocked ? (
        <p role="note" className="mt-2 text-sm text-red-700">
          {item.blocked}
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap items-start gap-4 group-data-[done]:hidden">
        {view === "waiting" && item.approval !== "refused" && !item.blocked ? (
          <ActionForm action={approveRevisionAction} aria-label={`Approve ${label}`} className="space-y-2">
            {target}
            {undecided.map((quote) => (
              <fieldset key={quote.id} className="text-sm">
                <legend>
                  Quote {quote.id} “{quote.before.text}” is{" "}
                  {quote.how === "fuzzy" ? "matched approximately" : "orphaned"}:
                </legend>
                {(quote.how === "fuzzy" ? ["accept", "orphan"] : ["orphan", "delete"]).map((decision) => (
                  <label key={decision} className="mr-3">
                    <input type="radio" name={`decision-${quote.id}`} value={decision} required />{" "}
                    {DECISION_LABEL[decision]}
                  </label>
                ))}
                <FieldError name={`decision-${quote.id}`} />
              </fieldset>
            ))}
            {item.approval === "override" ? <OverrideReasonField /> : null}
            <button type="submit" className={buttonClass}>
              {item.approval === "override" ? "Approve correction (override)" : "Approve correction"}
            </button>
          </ActionForm>
        ) : view === "waiting" && item.approval === "refused" ? (
          <p className="py-2 text-sm text-slate-600">You edited this correction: a second editor must approve it.</p>
        ) : null}
        <ReturnOrResubmit
          waiting={view === "waiting"}
          label={label}
          target={target}
          commentLabel="Comment for its editors"
          returnAction={returnRevisionAction}
          resubmitAction={submitRevisionAction}
        />
      </div>
    </li>
  );
}

const DECISION_LABEL: Record<string, string> = {
  accept: "accept the match",
  orphan: "orphan it (off the public pages until re-selected)",
  delete: "delete the quote",
};
