// Above the workspace of a double-coded article: what double coding means for the editor in front of it, and
// their "Submit my coding" once they are done.
import Link from "next/link";
import { ActionForm, buttonClass } from "@/components/action-form";
import type { ArticleCodingStatus } from "@/lib/double-coding/queries";
import { submitCodingAction } from "../actions";

function message(coding: ArticleCodingStatus): string {
  if (coding.complete)
    return coding.side
      ? "Both coders have submitted. You coded one side, so a third editor curates this article's final quotes."
      : "Both coders have submitted. Compare their codings and curate the final quotes.";
  if (!coding.side)
    return coding.freeSlots > 0
      ? "This article is drawn for double coding. Code it on your own: the first quote you save makes you one of its two coders, and your quotes stay hidden from other editors until both coders have submitted."
      : "Two other editors are coding this article independently; it opens to you when both have submitted.";
  if (coding.submittedByMe)
    return `You submitted your coding (coder ${coding.side}). ${coding.submittedByOther ? "" : "Waiting for the other coder."}`;
  return `You are coder ${coding.side} of this article. Code it on your own: nobody sees your quotes, and you do not see the other coder's, until both of you have submitted.`;
}

export function CodingBanner({ coding }: { coding: ArticleCodingStatus }) {
  return (
    <section aria-label="Double coding" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
      <p data-testid="coding-banner">{message(coding)}</p>
      {coding.side && !coding.submittedByMe && !coding.complete ? (
        <ActionForm action={submitCodingAction} className="mt-2" aria-label="Submit my coding">
          <input type="hidden" name="codingId" value={coding.id} />
          <input type="hidden" name="version" value={coding.version} />
          <button type="submit" className={buttonClass}>
            Submit my coding
          </button>
        </ActionForm>
      ) : null}
      {coding.complete && !coding.side ? (
        <Link href={`/admin/double-coding/${coding.id}`} className="mt-2 inline-block underline">
          Compare and curate
        </Link>
      ) : null}
    </section>
  );
}
