"use client";
// "/" in the text: type a phrase, Enter selects its next occurrence (whole words) and returns to the text, so a
// quote can be marked without the mouse in a long article. Esc goes back without searching.
import { useEffect, useRef, useState } from "react";
import { FormField, Input } from "@/components/form-field";

export function FindBar({ onFind, onClose }: { onFind: (query: string) => boolean; onClose: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => input.current?.focus(), []);
  return (
    <FormField
      name="find"
      id="find-in-text"
      label="Find in text"
      layout="inline"
      live
      error={missing ? "Not in the text." : null}
    >
      <Input
        ref={input}
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
    </FormField>
  );
}
