// A suggestion opened in the quote panel to be changed before saving (#17): every field the panel has, filled
// in from the suggestion, saved as an edited suggestion.
import type { WorkspaceSuggestion } from "@/lib/suggest/workspace";
import { stancesToDraft, type QuoteDraft } from "./use-quote-form";

export function draftFromSuggestion(suggestion: WorkspaceSuggestion): QuoteDraft {
  return {
    startOffset: suggestion.startOffset,
    endOffset: suggestion.endOffset,
    text: suggestion.text,
    speakerKind: suggestion.speakerKind,
    speakerId: suggestion.speakerId,
    speakerName: suggestion.speakerId !== null ? suggestion.speakerName : null,
    speakerOrganizationId: suggestion.speakerOrganizationId,
    speakerLabel:
      suggestion.speakerKind === "person" || suggestion.speakerKind === "outlet" ? "" : suggestion.speakerName,
    speakerCountryId: suggestion.speakerCountryId,
    countrySource: { kind: suggestion.speakerCountryId !== null ? "editor" : "none" },
    attribution: suggestion.attribution,
    statedOn: suggestion.statedOn,
    statedOnPrecision: suggestion.statedOnPrecision,
    statedOnReported: suggestion.statedOnReported,
    ...stancesToDraft(suggestion.stances, suggestion.speakerCountryId),
    origin: "suggestion_edited",
  };
}
