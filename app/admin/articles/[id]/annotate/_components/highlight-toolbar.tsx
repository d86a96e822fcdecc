"use client";
// What the highlight colours mean, and the switch between colouring by review status and by the position taken
// on one dimension.
import type { CodingDimension } from "@/lib/codebook/queries";
import { STATUS_COLORS, UNCODED_COLOR, tint, type ColorMode } from "./colors";

export function HighlightToolbar({
  mode,
  onMode,
  codebook,
}: {
  mode: ColorMode;
  onMode: (mode: ColorMode) => void;
  codebook: CodingDimension[];
}) {
  const dimension = codebook.find((candidate) => candidate.id === mode);
  const legend = dimension
    ? [
        ...dimension.positions
          .filter((position) => !position.retired)
          .map((position) => ({ color: tint(position.color), label: position.label })),
        { color: UNCODED_COLOR, label: "No position" },
      ]
    : Object.values(STATUS_COLORS);
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <label className="flex items-center gap-1">
        Colour by
        <select
          value={String(mode)}
          onChange={(event) => onMode(event.target.value === "status" ? "status" : Number(event.target.value))}
          className="rounded border border-slate-300 px-1 py-0.5"
        >
          <option value="status">Review status</option>
          {codebook.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              Position: {candidate.label}
            </option>
          ))}
        </select>
      </label>
      <ul className="flex flex-wrap gap-2" aria-label="Legend">
        {legend.map((entry) => (
          <li key={entry.label} className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className="inline-block h-3 w-3 rounded-sm border border-slate-300"
              style={{ backgroundColor: entry.color }}
            />
            {entry.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
