// "Statements over time, by country": a dot per month with published statements in the speaker's country's row,
// and the same as a table for screen readers and for reading exact figures.
import Link from "next/link";
import { DotTimeline } from "@/components/timeline-chart";
import { formatMonth } from "@/lib/dates";
import { paths } from "@/lib/public-routes";
import { countStatementsByCountryMonth } from "@/lib/quotes/timeline";

interface CountrySeries {
  name: string;
  code: string;
  points: { date: Date; count: number }[];
  total: number;
}

async function statementSeries(): Promise<CountrySeries[]> {
  const byCountry = new Map<string, CountrySeries>();
  for (const { country, month, count } of await countStatementsByCountryMonth()) {
    const entry = byCountry.get(country.code) ?? { name: country.shortName, code: country.code, points: [], total: 0 };
    entry.points.push({ date: month, count });
    entry.total += count;
    byCountry.set(country.code, entry);
  }
  return [...byCountry.values()];
}

export async function StatementsTimeline() {
  const series = await statementSeries();
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="text-xl font-semibold">
        Statements over time, by country
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        A dot per month with published statements, in the row of the speaker&apos;s country; a number counts the
        statements of that month.
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
            <td className="py-1 pr-3">{formatMonth(entry.points[0].date)}</td>
            <td className="py-1">{formatMonth(entry.points[entry.points.length - 1].date)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
