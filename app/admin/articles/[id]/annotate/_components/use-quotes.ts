"use client";
// The article's quotes as the workspace holds them, and the changes that go through the server: saved quotes
// replace their old copy; a deletion can be undone from the toast until the next one.
import { useCallback, useState } from "react";
import type { WorkspaceQuote } from "@/lib/quotes/queries";
import { deleteQuoteAction, restoreQuoteAction, submitQuoteAction } from "../actions";

export interface Toast {
  message: string;
  tone: "status" | "alert";
  undo?: () => void;
}

export function useQuotes(initial: WorkspaceQuote[]) {
  const [quotes, setQuotes] = useState(initial);
  const [toast, setToast] = useState<Toast | null>(null);

  const put = useCallback((quote: WorkspaceQuote) => {
    setQuotes((list) => {
      const rest = list.filter((other) => other.id !== quote.id);
      return [...rest, quote].sort((a, b) => a.startOffset - b.startOffset || a.id - b.id);
    });
  }, []);

  const failed = useCallback((message: string) => setToast({ message, tone: "alert" }), []);

  const remove = useCallback(
    async (quote: WorkspaceQuote) => {
      const result = await deleteQuoteAction({ id: quote.id }).catch(() => null);
      if (!result?.ok) return failed(result?.message ?? "The quote could not be deleted: the server did not answer.");
      setQuotes((list) => list.filter((other) => other.id !== quote.id));
      const undo = async () => {
        const restored = await restoreQuoteAction({ id: quote.id }).catch(() => null);
        if (!restored) return failed("The quote could not be restored: the server did not answer.");
        if (!restored.ok) return failed(restored.message);
        if (restored.data) put(restored.data);
        setToast({ message: "Quote restored.", tone: "status" });
      };
      setToast({ message: `Quote deleted: “${abbreviate(quote.text)}”`, tone: "status", undo });
    },
    [failed, put],
  );

  const submit = useCallback(
    async (quote: WorkspaceQuote) => {
      const result = await submitQuoteAction({ id: quote.id, version: quote.version }).catch(() => null);
      if (!result?.ok) return failed(result?.message ?? "The quote could not be submitted: the server did not answer.");
      put(
        quote.status === "published" && result.data.quote
          ? result.data.quote
          : { ...quote, status: "in_review", version: result.data.version },
      );
      setToast({ message: "Submitted for review.", tone: "status" });
    },
    [failed, put],
  );

  return { quotes, put, remove, submit, toast, setToast };
}

function abbreviate(text: string) {
  return text.length > 50 ? `${text.slice(0, 47)}…` : text;
}
