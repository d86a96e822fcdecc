"use client";
// A short message under the toolbar, with an Undo button after a deletion (Ctrl+Z in the text does the same).
import { useEffect } from "react";
import type { Toast as ToastData } from "./use-quotes";

export function Toast({ toast, onDismiss }: { toast: ToastData | null; onDismiss: () => void }) {
  useEffect(() => {
    if (!toast || toast.undo) return;
    const timer = setTimeout(onDismiss, 6_000);
    return () => clearTimeout(timer);
  }, [toast, onDismiss]);
  return (
    <div role={toast?.tone === "alert" ? "alert" : "status"} className="min-h-8 text-sm" data-testid="toast">
      {toast ? (
        <span
          className={`inline-flex items-center gap-2 rounded px-2 py-1 ${toast.tone === "alert" ? "bg-red-100 text-red-900" : "bg-slate-800 text-white"}`}
        >
          {toast.message}
          {toast.undo ? (
            <button type="button" onClick={toast.undo} className="rounded bg-white px-2 text-slate-900">
              Undo
            </button>
          ) : null}
          <button type="button" aria-label="Dismiss" onClick={onDismiss} className="px-1">
            ×
          </button>
        </span>
      ) : null}
    </div>
  );
}
