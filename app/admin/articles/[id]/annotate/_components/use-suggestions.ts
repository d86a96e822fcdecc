"use client";
// The engine's suggestions for the article (#17): loaded once when the workspace opens, one of them focused;
// accepting saves it as a draft quote, rejecting keeps it from coming back for this article. Both go through
// the server, which computes the suggestion again rather than trusting what the browser holds.
import { useCallback, useEffect, useState } from "react";
import type { WorkspaceSuggestion } from "@/lib/suggest/workspace";
import type { WorkspaceQuote } from "@/lib/quotes/queries";
import { acceptSuggestionAction, getSuggestionsAction, rejectSuggestionAction } from "../actions";

export type SuggestionOutcome =
  | { kind: "accepted"; quote: WorkspaceQuote }
  | { kind: "rejected" }
  | { kind: "needs-person"; suggestion: WorkspaceSuggestion; message: string }
  | { kind: "failed"; message: string };

export function useSuggestions(articleId: number) {
  const [suggestions, setSuggestions] = useState<WorkspaceSuggestion[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [focused, setFocused] = useState(0);

  useEffect(() => {
    let current = true;
    void getSuggestionsAction({ articleId })
      .catch(() => null)
      .then((result) => {
        if (!current) return;
        if (!result?.ok) {
          setSuggestions([]);
          setMessage(result?.message ?? "Suggestions could not be loaded: the server did not answer.");
          return;
        }
        setSuggestions(result.data.suggestions);
        setMessage(result.data.message);
      });
    return () => {
      current = false;
    };
  }, [articleId]);

  const list = suggestions ?? [];
  const clamp = useCallback((index: number, length: number) => Math.max(0, Math.min(index, length - 1)), []);
  const move = useCallback(
    (step: 1 | -1) => setFocused((index) => clamp(index + step, list.length)),
    [clamp, list.length],
  );

  /** Drops a suggestion that is now marked or rejected, keeping the focus on the one after it. */
  const drop = useCallback(
    (gone: WorkspaceSuggestion) => {
      setSuggestions((current) => {
        const next = (current ?? []).filter((other) => other !== gone);
        setFocused((index) => clamp(index, next.length));
        return next;
      });
    },
    [clamp],
  );

  const accept = useCallback(
    async (suggestion: WorkspaceSuggestion): Promise<SuggestionOutcome> => {
      const result = await acceptSuggestionAction(refOf(articleId, suggestion)).catch(() => null);
      if (!result)
        return { kind: "failed", message: "The suggestion could not be accepted: the server did not answer." };
      if (result.ok) {
        drop(suggestion);
        return { kind: "accepted", quote: result.data };
      }
      if (suggestion.needsPerson) return { kind: "needs-person", suggestion, message: result.message };
      if (result.code === "NOT_FOUND") drop(suggestion);
      return { kind: "failed", message: result.message };
    },
    [articleId, drop],
  );

  const reject = useCallback(
    async (suggestion: WorkspaceSuggestion): Promise<SuggestionOutcome> => {
      const result = await rejectSuggestionAction(refOf(articleId, suggestion)).catch(() => null);
      if (!result)
        return { kind: "failed", message: "The suggestion could not be rejected: the server did not answer." };
      if (!result.ok) return { kind: "failed", message: result.message };
      drop(suggestion);
      return { kind: "rejected" };
    },
    [articleId, drop],
  );

  return { loading: suggestions === null, suggestions: list, message, focused, setFocused, move, accept, reject, drop };
}

function refOf(articleId: number, suggestion: WorkspaceSuggestion) {
  return { articleId, startOffset: suggestion.startOffset, endOffset: suggestion.endOffset };
}
