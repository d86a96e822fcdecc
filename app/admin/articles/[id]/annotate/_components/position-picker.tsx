"use client";
// One codebook dimension: its positions as a radio group that is a single tab stop. Number keys pick a position
// (1–9 in the order shown, 0 = none), ←/→ step through them; a click works too. Beside it, whose stance it is:
// the speaker's country unless the editor names another (a government reporting another's view).
import { useId } from "react";
import type { CodingDimension } from "@/lib/codebook/queries";
import type { CountryOption } from "@/lib/quotes/queries";

interface Props {
  dimension: CodingDimension;
  positionId: number | undefined;
  onPosition: (positionId: number | undefined) => void;
  holderId: number | undefined;
  onHolder: (countryId: number | undefined) => void;
  countries: CountryOption[];
  speakerCountryId: number | null;
  errors: string[];
}

export function PositionPicker({
  dimension,
  positionId,
  onPosition,
  holderId,
  onHolder,
  countries,
  speakerCountryId,
  errors,
}: Props) {
  const id = useId();
  // Retired positions are closed to new coding but stay visible on a quote already coded with one.
  const positions = dimension.positions.filter((position) => !position.retired || position.id === positionId);

  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (/^[0-9]$/.test(event.key)) {
      event.preventDefault();
      const index = Number(event.key) - 1;
      if (event.key === "0") onPosition(undefined);
      else if (positions[index]) onPosition(positions[index].id);
    } else if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      event.preventDefault();
      const current = positions.findIndex((position) => position.id === positionId);
      const next = event.key === "ArrowRight" ? current + 1 : current - 1;
      onPosition(next < 0 || next >= positions.length ? undefined : positions[next].id);
    }
  }

  const speakerCountry = countries.find((country) => country.id === speakerCountryId);
  return (
    <fieldset className="rounded border border-slate-200 p-2">
      <legend id={`${id}-label`} className="px-1 text-sm font-medium" title={dimension.definition}>
        {dimension.label}
      </legend>
      <div
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        aria-describedby={errors.length ? `${id}-error` : `${id}-keys`}
        tabIndex={0}
        data-dimension={dimension.key}
        onKeyDown={onKeyDown}
        className="flex flex-wrap gap-1 rounded p-0.5 focus:outline-2 focus:outline-blue-600"
      >
        {positions.map((position, index) => {
          const checked = position.id === positionId;
          return (
            <button
              key={position.id}
              type="button"
              role="radio"
              aria-checked={checked}
              tabIndex={-1}
              title={position.definition}
              onClick={() => onPosition(checked ? undefined : position.id)}
              className={`rounded border px-2 py-0.5 text-xs ${checked ? "border-slate-900 bg-slate-900 text-white" : "border-slate-300 bg-white"}`}
            >
              <span
                aria-hidden="true"
                className="mr-1 inline-block h-2 w-2 rounded-full"
                style={{ backgroundColor: position.color }}
              />
              <kbd className="mr-1 font-mono">{index + 1}</kbd>
              {position.label}
              {position.retired ? " (retired)" : ""}
            </button>
          );
        })}
      </div>
      <p id={`${id}-keys`} className="sr-only">
        Press 1 to {Math.min(9, positions.length)} to choose a position, 0 for none.
      </p>
      {positionId !== undefined ? (
        <label className="mt-1 flex items-center gap-2 text-xs">
          Whose stance
          <select
            value={holderId ?? ""}
            onChange={(event) => onHolder(event.target.value ? Number(event.target.value) : undefined)}
            className="rounded border border-slate-300 px-1 py-0.5"
          >
            <option value="">
              Speaker’s country{speakerCountry ? ` (${speakerCountry.shortName})` : " (not set)"}
            </option>
            {countries.map((country) => (
              <option key={country.id} value={country.id}>
                {country.shortName}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {errors.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
