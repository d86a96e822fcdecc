"use client";
// One codebook dimension: its positions as toggle buttons in one tab stop, several at once (coding rule 2: "a
// summit of three or four parties" is trilateral and four-party). Number keys toggle a position (1–9 in the order
// shown), 0 clears them, ←/→ move the focus; a click works too. Under each chosen position, whose stance it is:
// the speaker's country unless the editor names others (several for a joint statement), and whether the words
// state it or only imply it (rule 3). In the holder menu, Enter adds the country chosen.
import { useId, useRef } from "react";
import type { CodingDimension } from "@/lib/codebook/queries";
import type { CountryOption } from "@/lib/quotes/queries";
import type { StanceStrength } from "@/lib/quotes/schemas";

interface Props {
  dimension: CodingDimension;
  positionIds: number[];
  onPositions: (positionIds: number[]) => void;
  /** Holders per position id; none = the speaker's country. */
  holders: Record<number, number[]>;
  onHolders: (positionId: number, countryIds: number[]) => void;
  strengths: Record<number, StanceStrength>;
  onStrength: (positionId: number, strength: StanceStrength) => void;
  countries: CountryOption[];
  speakerCountryId: number | null;
  errors: string[];
}

export function PositionPicker(props: Props) {
  const { dimension, positionIds, onPositions, countries, speakerCountryId, errors } = props;
  const id = useId();
  const group = useRef<HTMLDivElement>(null);
  // Retired positions are closed to new coding but stay visible on a quote already coded with one.
  const positions = dimension.positions.filter((position) => !position.retired || positionIds.includes(position.id));
  const toggle = (positionId: number) =>
    onPositions(
      positionIds.includes(positionId) ? positionIds.filter((id) => id !== positionId) : [...positionIds, positionId],
    );

  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (/^[0-9]$/.test(event.key)) {
      event.preventDefault();
      const index = Number(event.key) - 1;
      if (event.key === "0") onPositions([]);
      else if (positions[index]) toggle(positions[index].id);
    } else if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      event.preventDefault();
      const buttons = [...(group.current?.querySelectorAll<HTMLButtonElement>("button") ?? [])];
      const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next = event.key === "ArrowRight" ? current + 1 : current - 1;
      buttons[(next + buttons.length) % buttons.length]?.focus();
    }
  }

  const speakerCountry = countries.find((country) => country.id === speakerCountryId);
  const chosen = positions.filter((position) => positionIds.includes(position.id));
  return (
    <fieldset className="rounded border border-slate-200 p-2">
      <legend id={`${id}-label`} className="px-1 text-sm font-medium" title={dimension.definition}>
        {dimension.label}
      </legend>
      <div
        ref={group}
        role="group"
        aria-labelledby={`${id}-label`}
        aria-describedby={errors.length ? `${id}-error` : `${id}-keys`}
        tabIndex={0}
        data-dimension={dimension.key}
        onKeyDown={onKeyDown}
        className="flex flex-wrap gap-1 rounded p-0.5 focus:outline-2 focus:outline-blue-600"
      >
        {positions.map((position, index) => {
          const checked = positionIds.includes(position.id);
          return (
            <button
              key={position.id}
              type="button"
              role="checkbox"
              aria-checked={checked}
              tabIndex={-1}
              title={position.definition}
              onClick={() => toggle(position.id)}
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
        Press 1 to {Math.min(9, positions.length)} to choose or drop a position (several may apply), 0 for none.
      </p>
      {chosen.map((position) => (
        <HolderRow
          key={position.id}
          label={position.label}
          holderIds={props.holders[position.id] ?? []}
          onHolders={(countryIds) => props.onHolders(position.id, countryIds)}
          strength={props.strengths[position.id] ?? "explicit"}
          onStrength={(strength) => props.onStrength(position.id, strength)}
          countries={countries}
          speakerCountryId={speakerCountryId}
          speakerCountryName={speakerCountry?.shortName ?? null}
        />
      ))}
      {errors.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

function HolderRow(props: {
  label: string;
  holderIds: number[];
  onHolders: (countryIds: number[]) => void;
  strength: StanceStrength;
  onStrength: (strength: StanceStrength) => void;
  countries: CountryOption[];
  speakerCountryId: number | null;
  speakerCountryName: string | null;
}) {
  const { label, holderIds, onHolders, countries } = props;
  const name = (countryId: number) => countries.find((c) => c.id === countryId)?.shortName ?? String(countryId);
  return (
    <div className="mt-1 flex flex-wrap items-center gap-1 text-xs" data-position={label}>
      <span className="font-medium">{label}</span> held by
      {holderIds.length === 0 ? (
        <span>the speaker’s country ({props.speakerCountryName ?? "not set"})</span>
      ) : (
        holderIds.map((countryId) => (
          <button
            key={countryId}
            type="button"
            onClick={() => onHolders(holderIds.filter((id) => id !== countryId))}
            className="rounded-full border border-slate-400 bg-white px-2"
            aria-label={`Remove ${name(countryId)} as a holder of ${label}`}
          >
            {name(countryId)} ×
          </button>
        ))
      )}
      <label>
        <span className="sr-only">Add a holder of {label}</span>
        <select
          value=""
          aria-label={`Add a holder of ${label}`}
          onChange={(event) => {
            const countryId = Number(event.target.value);
            // The first holder added joins the speaker's country, which held it by default.
            const current = holderIds.length || props.speakerCountryId === null ? holderIds : [props.speakerCountryId];
            if (countryId && !current.includes(countryId)) onHolders([...current, countryId]);
          }}
          className="rounded border border-slate-300 px-1 py-0.5"
        >
          <option value="">+ holder…</option>
          {countries.map((country) => (
            <option key={country.id} value={country.id}>
              {country.shortName}
            </option>
          ))}
        </select>
      </label>
      <label className="ml-2 inline-flex items-center gap-1">
        <input
          type="checkbox"
          checked={props.strength === "implied"}
          onChange={(event) => props.onStrength(event.target.checked ? "implied" : "explicit")}
        />
        implied
      </label>
    </div>
  );
}
