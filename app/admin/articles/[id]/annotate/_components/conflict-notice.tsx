"use client";
// Shown when another editor saved the quote first: what they saved, and the two ways on. Nothing the editor
// typed is thrown away until they choose.
import type { WorkspaceQuote } from "@/lib/quotes/queries";
import type { CodingDimension } from "@/lib/codebook/queries";
import { ATTRIBUTION_LABELS } from "@/lib/quotes/labels";

export function ConflictNotice({
  theirs,
  codebook,
  onLoad,
  onOverwrite,
}: {
  theirs: WorkspaceQuote;
  codebook: CodingDimension[];
  onLoad: () => void;
  onOverwrite: () => void;
}) {
  const positions = theirs.stances.map((stance) => {
    const dimension = codebook.find((candidate) => candidate.id === stance.dimensionId);
    const position = dimension?.positions.find((candidate) => candidate.id === stance.positionId);
    return `${dimension?.label ?? "?"}: ${position?.label ?? "?"}`;
  });
  return (
    <div role="alert" data-testid="conflict" className="rounded border border-red-300 bg-red-50 p-3 text-sm">
      <p className="font-medium">
        Another editor saved this quote while you were editing it (now version {theirs.version}).
      </p>
      <p className="mt-1">Their version:</p>
      <ul className="mt-1 list-disc pl-5">
        <li>“{theirs.text}”</li>
        <li>Speaker: {theirs.speakerName ?? theirs.speakerLabel ?? "none"}</li>
        <li>
          Attribution: {ATTRIBUTION_LABELS[theirs.attribution]}, stated on {theirs.statedOn}
        </li>
        <li>Positions: {positions.length ? positions.join("; ") : "none"}</li>
      </ul>
      <p className="mt-2">
        Your changes are still in the form. Load their version (yours is discarded), or overwrite theirs with yours.
      </p>
      <div className="mt-2 flex gap-2">
        <button type="button" onClick={onLoad} className="rounded border border-slate-400 bg-white px-3 py-1">
          Load their version
        </button>
        <button type="button" onClick={onOverwrite} className="rounded bg-red-700 px-3 py-1 text-white">
          Overwrite with mine
        </button>
      </div>
    </div>
  );
}
