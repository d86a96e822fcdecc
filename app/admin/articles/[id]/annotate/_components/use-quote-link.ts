"use client";
// Links that name a quote open it: `?quote=ID` (the review queue's "Open for editing", "Returned to me") and
// `#quote-ID` (also followed while the page is open). The quote opens in the panel and its highlight is scrolled
// into the middle of the text box; a quote that is not in this article says so instead of failing silently.
import { useEffect, useEffectEvent } from "react";

interface Options {
  /** Opens the quote; false when the article has no such quote. */
  openQuote: (id: number) => boolean;
  onMissing: (id: number) => void;
}

export function quoteIdFromLocation(location: Pick<Location, "search" | "hash">): number | null {
  const hash = /^#quote-(\d+)$/.exec(location.hash);
  const raw = hash?.[1] ?? new URLSearchParams(location.search).get("quote");
  const id = raw && /^\d+$/.test(raw) ? Number(raw) : null;
  return id && Number.isSafeInteger(id) ? id : null;
}

/** Scrolls the quote's first highlight into view within the text box (and the text box into the window). */
export function revealQuote(id: number): void {
  document.querySelector(`#article-text mark[data-quote-ids~="${id}"]`)?.scrollIntoView({ block: "center" });
}

export function useQuoteLink({ openQuote, onMissing }: Options): void {
  const follow = useEffectEvent(() => {
    const id = quoteIdFromLocation(window.location);
    if (id === null) return;
    if (openQuote(id)) revealQuote(id);
    else onMissing(id);
  });

  useEffect(() => {
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
}
