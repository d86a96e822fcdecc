"use client";
// Coding from the keyboard, on top of each dimension's own keys (number keys, ←/→ in position-picker): in a
// dimension, Tab and Shift+Tab go to the next and previous dimension rather than through the holder boxes
// between them, and h asks whose stance it is by country code (holder-prompt). Handled where the panel's keys
// arrive, by the dimension the key came from, so the dimension editor itself needs no change.
import { useCallback, useState } from "react";
import type { CodingDimension } from "@/lib/codebook/queries";

export interface HolderRequest {
  dimension: CodingDimension;
  /** The dimension's radio group, to return to when the prompt closes. */
  group: HTMLElement;
}

export function useCodingKeys(codebook: CodingDimension[]) {
  const [holderFor, setHolderFor] = useState<HolderRequest | null>(null);

  /** Handles a key from inside the panel; true when it was a coding key. */
  const onKeyDown = useCallback(
    (event: React.KeyboardEvent<HTMLElement>): boolean => {
      if (event.ctrlKey || event.altKey || event.metaKey) return false;
      const group = (event.target as HTMLElement).closest<HTMLElement>("[data-dimension]");
      if (!group) return false;
      if (event.key === "Tab") {
        const groups = [...event.currentTarget.querySelectorAll<HTMLElement>("[data-dimension]")];
        const next = groups[groups.indexOf(group) + (event.shiftKey ? -1 : 1)];
        if (!next) return false;
        event.preventDefault();
        next.focus();
        return true;
      }
      if (event.key === "h") {
        const dimension = codebook.find((candidate) => candidate.key === group.dataset.dimension);
        if (!dimension) return false;
        event.preventDefault();
        setHolderFor({ dimension, group });
        return true;
      }
      return false;
    },
    [codebook],
  );

  const closeHolder = useCallback(
    (refocus = true) => {
      if (refocus) holderFor?.group.focus();
      setHolderFor(null);
    },
    [holderFor],
  );

  return { onKeyDown, holderFor, closeHolder };
}
