// A suggestion opened in the quote panel to be changed before saving (#17): every field the panel has, filled
// in from the suggestion, saved as an edited suggestion.
import type { WorkspaceSuggestion } from "@/lib/suggest/workspace";
import { firstDayOf } from "@/lib/quotes/schemas";
import type { QuoteDraft } from "./use-quote-form";

export function draftFromSuggestion(suggestion: WorkspaceSuggestion): QuoteDraft {
  const positions: Record<number, number> = {};
  const holders: Record<number, number> = {};
  for (const stance of suggestion.stances) {
    if (positions[stance.dimensionId] !== undefined) continue;
    positions[stance.dimensionId] = stance.positionId;
    if (stance.holderCountryId !== suggestion.speakerCountryId) holders[stance.dimensionId] = stance.holderCountryId;
  }
  return {
    startOffset: suggestion.startOffset,
    endOffset: suggestion.endOffset,
    text: suggestion.text,
    speakerId: suggestion.speakerId,
    speakerName: suggestion.speakerId !== null ? suggestion.speakerName : null,
    speakerLabel:
      suggestion.speakerKind === "person" || suggestion.speakerKind === "outlet" ? "" : suggestion.speakerName,
    speakerCountryId: suggestion.speakerCountryId,
    countrySource: { kind: suggestion.speakerCountryId !== null ? "editor" : "none" },
    attribution: suggestion.attribution,
    statedOn: firstDayOf(suggestion.statedOn, suggestion.statedOnPrecision),
    positions,
    holders,
    origin: "suggestion_edited",
  };
}
