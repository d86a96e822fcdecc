"use client";
// The statement's date with its precision (coding rule 8): a day, a month ("in September") or a year ("last
// year"), and "reported on" when the text gives no date and the article's date stands in. Changing the precision
// keeps what can be kept of the date typed.
import { useId } from "react";
import { DATE_PRECISION_LABELS } from "@/lib/quotes/labels";
import { DATE_PRECISIONS, type DatePrecision } from "@/lib/quotes/schemas";

interface Props {
  statedOn: string;
  precision: DatePrecision;
  reported: boolean;
  onChange: (change: { statedOn?: string; statedOnPrecision?: DatePrecision; statedOnReported?: boolean }) => void;
  errors: string[];
}

function convert(value: string, to: DatePrecision): string {
  if (to === "year") return value.slice(0, 4);
  if (to === "month") return value.length >= 7 ? value.slice(0, 7) : value ? `${value.slice(0, 4)}-01` : "";
  return value.length === 10 ? value : value.length === 7 ? `${value}-01` : value ? `${value.slice(0, 4)}-01-01` : "";
}

export function StatementDate({ statedOn, precision, reported, onChange, errors }: Props) {
  const id = useId();
  const input =
    "mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 text-sm focus:outline-2 focus:outline-blue-600";
  return (
    <div>
      <div className="grid grid-cols-[1fr_auto] gap-2">
        <div>
          <label htmlFor={`${id}-date`} className="block text-sm font-medium">
            Stated on
          </label>
          <input
            id={`${id}-date`}
            type={precision === "day" ? "date" : precision === "month" ? "month" : "text"}
            inputMode={precision === "year" ? "numeric" : undefined}
            placeholder={precision === "month" ? "YYYY-MM" : precision === "year" ? "YYYY" : undefined}
            value={statedOn}
            onChange={(event) => onChange({ statedOn: event.target.value })}
            aria-describedby={errors.length ? `${id}-error` : undefined}
            className={input}
          />
        </div>
        <div>
          <label htmlFor={`${id}-precision`} className="block text-sm font-medium">
            Precision
          </label>
          <select
            id={`${id}-precision`}
            value={precision}
            onChange={(event) => {
              const next = event.target.value as DatePrecision;
              onChange({ statedOnPrecision: next, statedOn: convert(statedOn, next) });
            }}
            className={input}
          >
            {DATE_PRECISIONS.map((value) => (
              <option key={value} value={value}>
                {DATE_PRECISION_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label className="mt-1 inline-flex items-center gap-1 text-sm">
        <input
          type="checkbox"
          checked={reported}
          onChange={(event) => onChange({ statedOnReported: event.target.checked })}
        />
        Reported on: the text gives no date, the article’s date stands
      </label>
      {errors.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
