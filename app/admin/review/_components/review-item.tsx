// One record in the review queue: the quote in its paragraph (React text, the quote in a <mark>) or the
// country stance record, its coding, and what the reviewer or the author can do with it.
import Link from "next/link";
import { ActionForm, buttonClass } from "@/components/action-form";
import { formatDate } from "@/lib/dates";
import { ATTRIBUTION_LABELS } from "@/lib/quotes/labels";
import type { ReviewItem } from "@/lib/review/queries";
import { DECIDED_IN_PLACE } from "./decided-in-place";
import { ReturnOrResubmit } from "./return-or-resubmit";
import { OverrideReasonField } from "../../_components/override-reason-field";
import { approveAction, resubmitAction, returnAction } from "../actions";

export function ReviewItemCard({ item, view }: { item: ReviewItem; view: "waiting" | "returned" }) {
  const label = item.kind === "quote" ? `quote ${item.id}` : `country stance record ${item.id}`;
  const target = (
    <>
      <input type="hidden" name="kind" value={item.kind} />
      <input type="hidden" name="id" value={item.id} />
      <input type="hidden" name="version" value={item.version} />
    </>
  );
  return (
    // The data attributes tell the queue's keys (review-keys.tsx) what the item is and what may be done with it;
    // once decided by key the item gets data-done, which hides its actions and says what happened.
    <li
      className={`rounded border border-slate-200 p-4 ${DECIDED_IN_PLACE}`}
      data-testid={`review-${item.kind}-${item.id}`}
      aria-label={label}
      tabIndex={-1}
      data-review-item=""
      data-kind={item.kind}
      data-id={item.id}
      data-version={item.version}
      data-approval={view === "waiting" ? item.approval : "none"}
    >
      {item.kind === "quote" ? <QuoteBody item={item} /> : <CountryStanceBody item={item} />}
      <p className="mt-2 text-xs text-slate-500">
        {view === "waiting" ? "Submitted" : "Returned"} {formatDate(item.at)}{" "}
        {item.author ? `· by ${item.author.label}` : null}
      </p>
      {item.reviewComment ? (
        <p className="mt-2 rounded bg-amber-50 p-2 text-sm">
          <span className="font-medium">Reviewer&apos;s comment:</span> {item.reviewComment}
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap items-start gap-4 group-data-[done]:hidden">
        {view === "waiting" && item.approval !== "refused" ? (
          <ActionForm action={approveAction} aria-label={`Approve ${label}`} className="flex flex-wrap items-end gap-2">
            {target}
            {item.approval === "override" ? <OverrideReasonField /> : null}
            <button type="submit" className={buttonClass}>
              {item.approval === "override" ? "Approve (override)" : "Approve"}
            </button>
          </ActionForm>
        ) : view === "waiting" ? (
          <p className="py-2 text-sm text-slate-600">You contributed to this: a second editor must approve it.</p>
        ) : null}
        <ReturnOrResubmit
          waiting={view === "waiting"}
          label={label}
          target={target}
          commentLabel="Comment for the author"
          returnAction={returnAction}
          resubmitAction={resubmitAction}
        />
        {item.kind === "quote" ? (
          <Link
            href={`/admin/articles/${item.article.id}/annotate?quote=${item.id}`}
            data-review-open=""
            className="py-2 text-sm underline"
          >
            Open for editing
          </Link>
        ) : null}
      </div>
    </li>
  );
}

function QuoteBody({ item }: { item: Extract<ReviewItem, { kind: "quote" }> }) {
  return (
    <>
      <p className="text-xs text-slate-500">
        <Link href={`/admin/articles/${item.article.id}`} className="underline">
          {item.article.title}
        </Link>
      </p>
      <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 text-sm leading-relaxed">
        {item.context.before}
        <mark className="bg-yellow-200">{item.context.quote}</mark>
        {item.context.after}
      </blockquote>
      {!item.context.anchored ? (
        <p className="mt-1 text-xs text-red-700">The article text changed: this quote is no longer at its place.</p>
      ) : null}
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 text-sm">
        <dt className="text-slate-500">Speaker</dt>
        <dd>
          {item.speaker ?? "—"}
          {item.speakerCountry ? ` (${item.speakerCountry})` : null}
        </dd>
        <dt className="text-slate-500">Attribution</dt>
        <dd>{ATTRIBUTION_LABELS[item.attribution]}</dd>
        <dt className="text-slate-500">Stated on</dt>
        <dd>{formatDate(item.statedOn)}</dd>
        <dt className="text-slate-500">Positions</dt>
        <dd>
          {item.stances.length === 0
            ? "None (context)"
            : item.stances.map((stance, index) => (
                <span key={index} className="mr-3 inline-block">
                  {stance.dimension}: <strong>{stance.position}</strong> — held by {stance.holder}
                </span>
              ))}
        </dd>
      </dl>
    </>
  );
}

function CountryStanceBody({ item }: { item: Extract<ReviewItem, { kind: "countryStance" }> }) {
  return (
    <>
      <p className="text-sm">
        <strong>{item.country}</strong> · {item.dimension}: <strong>{item.position}</strong> ·{" "}
        {formatDate(item.validFrom)} – {item.validTo ? formatDate(item.validTo) : "now"}
      </p>
      <p className="mt-1 text-sm">{item.summary}</p>
      {item.evidence.length > 0 ? (
        <ul className="mt-1 list-disc pl-5 text-xs text-slate-600">
          {item.evidence.map((quote) => (
            <li key={quote.quoteId}>“{quote.text}”</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
