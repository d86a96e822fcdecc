// Highlight colours. Colour is never the only signal: the legend names each colour, and the quote panel and
// the selection status line say the status and positions in words.
import type { ReviewStatus } from "@/lib/quotes/schemas";

export const STATUS_COLORS: Record<ReviewStatus, { color: string; label: string }> = {
  draft: { color: "#fde68a", label: "Draft" },
  in_review: { color: "#bae6fd", label: "In review" },
  returned: { color: "#fecdd3", label: "Returned" },
  published: { color: "#bbf7d0", label: "Published" },
};

export const UNCODED_COLOR = "#e2e8f0";

/** A position's colour made light enough to read black text on it (hex colours get an alpha channel). */
export function tint(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? `${color}66` : color;
}

/** "status" colours by review status; a dimension id colours by the position each quote takes on it. */
export type ColorMode = "status" | number;
