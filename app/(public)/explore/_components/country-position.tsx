// Who held which position when, for the current view: "Over time", a chart of statements per country (a column per
// month or year, its segments coloured by position, named in the legend) with the same data as a table, shown
// above the results table; and the country × position matrix of counts, one table per dimension, each count a
// link to its stances.
import Link from "next/link";
import {
  PositionColumnsTimeline,
  type TimelineCategory,
  type TimelineRow,
} from "@/components/position-columns-timeline";
import type { CountryPositionMonth } from "@/lib/stances/explorer";
import { formatPeriod, periodMiddle } from "@/lib/dates";

export interface PositionInfo {
  dimension: string;
  dimensionLabel: string;
  key: string;
  label: string;
  color: string;
}

/** The most country rows the chart draws: the countries with the most statements (the table lists them all). */
const MAX_ROWS = 12;
/** Beyond this many rows the timeline's table is not written into the page (the matrix below sums them). */
const TABLE_ROWS = 300;
const plural = (count: number) => `${count} ${count === 1 ? "stance" : "stances"}`;

interface Props {
  counts: CountryPositionMonth[];
  granularity: "month" | "year";
  countryName: (code: string) => string;
  /** Every position of the codebook in display order, by "dimension:position". */
  positions: Map<string, PositionInfo>;
}

/** The positions present in the counts (codebook order), and the countries, most statements first. */
function summarize({ counts, positions }: Pick<Props, "counts" | "positions">) {
  const present = [...positions.entries()].filter(([id]) =>
    counts.some((row) => `${row.dimension}:${row.position}` === id),
  );
  const totals = new Map<string, number>();
  for (const row of counts) totals.set(row.holderCountry, (totals.get(row.holderCountry) ?? 0) + row.count);
  const countries = [...totals.keys()].sort(
    (a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || a.localeCompare(b),
  );
  return { present, totals, countries };
}

export function OverTime({ counts, granularity, countryName, positions }: Props) {
  const positionOf = (row: CountryPositionMonth) => positions.get(`${row.dimension}:${row.position}`);
  const { present, totals, countries } = summarize({ counts, positions });
  const charted = countries.slice(0, MAX_ROWS);
  // The chart's props are the counts in compact form (they travel in the RSC payload): each position once, and
  // per country and period the counts by the position's index.
  const categories: TimelineCategory[] = present.map(([, info]) => ({
    color: info.color,
    group: info.dimensionLabel,
    name: info.label,
  }));
  const index = new Map(present.map(([id], at) => [id, at]));
  for (const row of counts) {
    const id = `${row.dimension}:${row.position}`;
    if (index.has(id)) continue;
    index.set(id, categories.length);
    categories.push({ color: "#64748b", group: row.dimension, name: row.position });
  }
  const rows: TimelineRow[] = charted.map((code) => {
    const periods = new Map<string, number[]>();
    for (const row of counts.filter((count) => count.holderCountry === code)) {
      const counted = periods.get(row.month) ?? Array<number>(categories.length).fill(0);
      counted[index.get(`${row.dimension}:${row.position}`) ?? 0] += row.count;
      periods.set(row.month, counted);
    }
    return {
      label: countryName(code),
      columns: [...periods].map(([month, counted]) => [periodMiddle(month).getTime(), formatPeriod(month), counted]),
    };
  });
  const description = charted
    .map((code) => {
      const own = counts.filter((row) => row.holderCountry === code);
      const byPosition = new Map<string, number>();
      for (const row of own)
        byPosition.set(
          positionOf(row)?.label ?? row.position,
          (byPosition.get(positionOf(row)?.label ?? row.position) ?? 0) + row.count,
        );
      return `${countryName(code)}: ${plural(totals.get(code) ?? 0)} from ${formatPeriod(own[0].month)} to ${formatPeriod(own[own.length - 1].month)} (${[...byPosition].map(([label, n]) => `${label} ${n}`).join(", ")})`;
    })
    .join(". ");

  return (
    <>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="text-xl font-semibold">
          Over time
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          A column per {granularity}: its height counts the statements, its colours the positions taken.
          {charted.length < countries.length
            ? ` The ${charted.length} countries with the most statements; choose a country to see another.`
            : ""}
        </p>
        <figure className="mt-3">
          <PositionColumnsTimeline
            id="explore-timeline"
            rows={rows}
            categories={categories}
            granularity={granularity}
            title="Stances per country over time, by position"
            description={description}
          />
          <figcaption className="mt-2">
            <h3 className="sr-only">Legend</h3>
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="timeline-legend">
              {present.map(([id, info]) => (
                <li key={id} className="flex items-center gap-1.5">
                  <span
                    aria-hidden="true"
                    className="inline-block size-3.5 rounded-sm border border-slate-900"
                    style={{ backgroundColor: info.color }}
                  />
                  {info.dimensionLabel}: {info.label}
                </li>
              ))}
            </ul>
          </figcaption>
        </figure>
        {counts.length > TABLE_ROWS ? (
          <p className="mt-3 text-sm text-slate-600">
            The timeline holds {counts.length.toLocaleString("en")} country, position and {granularity} counts: too many
            to list here. The matrix below sums them; narrow the view (a country, a dimension, a period) to list them.
          </p>
        ) : (
          <details className="mt-3 text-sm">
            <summary className="cursor-pointer underline">The timeline as a table</summary>
            <div className="mt-2 overflow-x-auto" role="region" aria-label="The timeline as a table" tabIndex={0}>
              <table className="w-full border-collapse text-left [&_td]:py-1 [&_td:not(:last-child)]:pr-3">
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="py-1 pr-3">
                      Country
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      {granularity === "year" ? "Year" : "Month"}
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Position
                    </th>
                    <th scope="col" className="py-1">
                      Stances
                    </th>
                  </tr>
                </thead>
                <tbody className="[&>tr]:border-b [&>tr]:border-slate-100">
                  {counts.map((row) => (
                    <tr key={`${row.holderCountry}-${row.month}-${row.dimension}-${row.position}`}>
                      <td>{countryName(row.holderCountry)}</td>
                      <td>{formatPeriod(row.month)}</td>
                      <td>
                        {positionOf(row)?.dimensionLabel}: {positionOf(row)?.label ?? row.position}
                      </td>
                      <td className="tabular-nums">{row.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        )}
      </section>
    </>
  );
}

export function CountryMatrix({
  counts,
  countryName,
  positions,
  cellHref,
}: Omit<Props, "granularity"> & { cellHref: (country: string, dimension: string, position: string) => string }) {
  const { present, countries } = summarize({ counts, positions });
  const dimensions = [...new Set(present.map(([, info]) => info.dimension))];
  // Each cell's sum, summed once: a country × position × month count per row, thousands of them at a million.
  const sums = new Map<string, number>();
  for (const row of counts) {
    const key = `${row.holderCountry}\n${row.dimension}\n${row.position}`;
    sums.set(key, (sums.get(key) ?? 0) + row.count);
  }
  return (
    <>
      <section aria-labelledby="matrix-heading">
        <h2 id="matrix-heading" className="text-xl font-semibold">
          Countries × positions
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Matching stances per country and position; each count opens those stances.
        </p>
        {dimensions.map((dimension) => {
          const columns = present.filter(([, info]) => info.dimension === dimension);
          const rows = countries.filter((code) =>
            counts.some((row) => row.holderCountry === code && row.dimension === dimension),
          );
          const cell = (code: string, position: string) => sums.get(`${code}\n${dimension}\n${position}`) ?? 0;
          return (
            <div
              key={dimension}
              className="mt-4 overflow-x-auto"
              role="region"
              aria-label={`Countries × positions: ${columns[0][1].dimensionLabel}`}
              tabIndex={0}
            >
              <table className="w-full border-collapse text-left text-sm [&_a]:underline [&_td]:py-1 [&_td]:pr-3 [&_td]:tabular-nums [&_td>span]:text-slate-500">
                <caption className="text-left font-semibold">{columns[0][1].dimensionLabel}</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="py-1 pr-3">
                      Country
                    </th>
                    {columns.map(([id, info]) => (
                      <th key={id} scope="col" className="py-1 pr-3 font-medium">
                        <span
                          aria-hidden="true"
                          className="mr-1 inline-block size-2.5 rounded-full"
                          style={{ backgroundColor: info.color }}
                        />
                        {info.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="[&>tr]:border-b [&>tr]:border-slate-100">
                  {rows.map((code) => (
                    <tr key={code}>
                      <th scope="row" className="py-1 pr-3 font-normal">
                        {countryName(code)}
                      </th>
                      {columns.map(([id, info]) => {
                        const n = cell(code, info.key);
                        return (
                          <td key={id}>
                            {n === 0 ? (
                              <span>0</span>
                            ) : (
                              <Link
                                href={cellHref(code, dimension, info.key)}
                                aria-label={`${n}: ${countryName(code)}, ${info.label}`}
                              >
                                {n}
                              </Link>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        })}
      </section>
    </>
  );
}
