"use client";
// "/" in the text: type a phrase, Enter selects its next occurrence (whole words) and returns to the text, so a
// quote can be marked without the mouse in a long article. Esc goes back without searching.
import { useEffect, useRef, useState } from "react";

export function FindBar({ onFind, onClose }: { onFind: (query: string) => boolean; onClose: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => input.current?.focus(), []);
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor="find-in-text">Find in text</label>
      <input
        ref={input}
        id="find-in-text"
        aria-describedby={missing ? "find-missing" : undefined}
        className="rounded border border-slate-300 px-2 py-1"
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.preventDefault();
            onClose();
          } else if (event.key === "Enter") {
            event.preventDefault();
            if (onFind(event.currentTarget.value)) onClose();
            else setMissing(true);
          }
        }}
      />
      {missing ? (
        <span id="find-missing" role="alert" className="text-red-700">
          Not in the text.
        </span>
      ) : null}
    </div>
  );
}
