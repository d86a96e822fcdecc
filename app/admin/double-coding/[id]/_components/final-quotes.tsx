// The article's final (curated) quotes with their review status; a draft can be sent for review from here.
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import type { FinalQuote } from "@/lib/double-coding/comparison";
import { submitFinalAction } from "../actions";

export function FinalQuotes({
  codingId,
  articleId,
  finals,
  mayCurate,
}: {
  codingId: number;
  articleId: number;
  finals: FinalQuote[];
  mayCurate: boolean;
}) {
  if (finals.length === 0) return <p className="mt-2 text-sm text-slate-600">None yet.</p>;
  return (
    <ul className="mt-2 space-y-2 text-sm">
      {finals.map((final) => (
        <li key={final.id} data-testid={`final-${final.id}`}>
          “{final.text}” — {final.status.replace("_", " ")}
          {mayCurate ? (
            <Link href={`/admin/articles/${articleId}/annotate?quote=${final.id}`} className="ml-2 underline">
              Edit
            </Link>
          ) : null}
          {mayCurate && (final.status === "draft" || final.status === "returned") ? (
            <ActionForm action={submitFinalAction} className="ml-2 inline" aria-label={`Submit quote ${final.id}`}>
              <input type="hidden" name="codingId" value={codingId} />
              <input type="hidden" name="id" value={final.id} />
              <input type="hidden" name="version" value={final.version} />
              <button type="submit" className="underline">
                Submit for review
              </button>
            </ActionForm>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
