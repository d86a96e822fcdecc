// "Statements over time, by country": a dot per month (or per year, when months would be too many to tell apart at
// the chart's width) with published statements in the speaker's country's row, and the totals as a table for
// screen readers and for reading exact figures.
import Link from "next/link";
import { DotTimeline } from "@/components/timeline-chart";
import { formatMonth, periodMiddle } from "@/lib/dates";
import { paths } from "@/lib/public-routes";
import { countStatementsByCountryMonth } from "@/lib/quotes/timeline";

interface CountrySeries {
  name: string;
  code: string;
  points: { date: Date; count: number }[];
  total: number;
  first: Date;
  latest: Date;
}

/** Beyond this many months from first to last, a row's dots overlap at the chart's width: a dot per year instead. */
const MAX_MONTHS = 18;

const monthsBetween = (from: Date, to: Date) =>
  (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;

async function statementSeries(): Promise<{ series: CountrySeries[]; period: "month" | "year" }> {
  const counts = await countStatementsByCountryMonth();
  const times = counts.map(({ month }) => month.getTime());
  const period =
    counts.length > 0 && monthsBetween(new Date(Math.min(...times)), new Date(Math.max(...times))) > MAX_MONTHS
      ? "year"
      : "month";
  const byCountry = new Map<string, CountrySeries>();
  for (const { country, month, count } of counts) {
    const entry = byCountry.get(country.code) ?? {
      name: country.shortName,
      code: country.code,
      points: [],
      total: 0,
      first: month,
      latest: month,
    };
    // A year's dot sits mid-year, where the axis puts the middle of its year.
    const date = period === "year" ? periodMiddle(String(month.getUTCFullYear())) : month;
    const last = entry.points.at(-1);
    if (last && last.date.getTime() === date.getTime()) last.count += count;
    else entry.points.push({ date, count });
    entry.total += count;
    if (month < entry.first) entry.first = month;
    if (month > entry.latest) entry.latest = month;
    byCountry.set(country.code, entry);
  }
  return { series: [...byCountry.values()], period };
}

export async function StatementsTimeline() {
  const { series, period } = await statementSeries();
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="text-xl font-semibold">
        Statements over time, by country
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        A dot per {period} with published statements, in the row of the speaker&apos;s country; a number counts the
        statements of that {period}.
      </p>
      <div className="mt-4">
        <DotTimeline
          series={series.map((entry) => ({ label: entry.name, points: entry.points }))}
          title="Published statements by country over time"
          description={series.map((entry) => `${entry.name}: ${entry.total} statements`).join("; ")}
        />
      </div>
      {series.length > 0 ? <StatementsTable series={series} /> : null}
    </section>
  );
}

function StatementsTable({ series }: { series: CountrySeries[] }) {
  return (
    <table className="mt-4 w-full max-w-2xl border-collapse text-left text-sm">
      <caption className="text-left text-sm text-slate-600">The chart as a table</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-1 pr-3">
            Country
          </th>
          <th scope="col" className="py-1 pr-3">
            Statements
          </th>
          <th scope="col" className="py-1 pr-3">
            First month
          </th>
          <th scope="col" className="py-1">
            Latest month
          </th>
        </tr>
      </thead>
      <tbody>
        {series.map((entry) => (
          <tr key={entry.code} className="border-b border-slate-200">
            <th scope="row" className="py-1 pr-3 font-normal">
              <Link href={paths.country(entry.code)} className="underline">
                {entry.name}
              </Link>
            </th>
            <td className="py-1 pr-3">{entry.total}</td>
            <td className="py-1 pr-3">{formatMonth(entry.first)}</td>
            <td className="py-1">{formatMonth(entry.latest)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
