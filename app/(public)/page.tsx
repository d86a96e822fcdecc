import Link from "next/link";
import { QuoteCard } from "@/components/quote-card";
import { PositionStripsSection } from "@/components/position-strips-section";
import { CurrentPositions } from "./_components/current-positions";
import { DotTimeline } from "@/components/timeline-chart";
import { getCodebook } from "@/lib/codebook/public";
import { listPublishedArticles } from "@/lib/articles/public";
import { listCountries } from "@/lib/countries/public";
import { currentPositions, stripRecords } from "@/lib/country-stances/public";
import { formatDate, formatMonth } from "@/lib/dates";
import { pageMetadata } from "@/lib/public-metadata";
import { paths } from "@/lib/public-routes";
import { listLatestQuotes } from "@/lib/quotes/public";
import { countStatementsByCountryMonth } from "@/lib/quotes/timeline";
import { prerenderingBuild } from "@/lib/env";

const DESCRIPTION =
  "Who said what about formally ending the 1950–53 Korean War: an end-of-war declaration or a peace treaty, in what order relative to denuclearization, and with which parties.";

export const metadata = {
  ...pageMetadata({ title: "Ending the Korean War: who says what", description: DESCRIPTION, path: paths.home() }),
  title: { absolute: "Ending the Korean War: who says what" },
};

export default async function HomePage() {
  if (prerenderingBuild()) return null; // no database during `next build` (app/(public)/layout.tsx)
  const [dimensions, countries, current, latest, statements, { articles }, strips] = await Promise.all([
    getCodebook(),
    listCountries(),
    currentPositions(),
    listLatestQuotes(6),
    countStatementsByCountryMonth(),
    listPublishedArticles(10),
    stripRecords(),
  ]);
  const activeDimensions = dimensions.filter((dimension) => !dimension.retired);
  const matrixCountries = countries.filter((country) =>
    activeDimensions.some((d) => current.has(`${country.code}:${d.key}`)),
  );
  const byCountry = new Map<string, { name: string; code: string; points: { date: Date; count: number }[] }>();
  for (const { country, month, count } of statements) {
    const entry = byCountry.get(country.code) ?? { name: country.shortName, code: country.code, points: [] };
    entry.points.push({ date: month, count });
    byCountry.set(country.code, entry);
  }
  const series = [...byCountry.values()].map((entry) => ({
    ...entry,
    total: entry.points.reduce((sum, point) => sum + point.count, 0),
  }));

  return (
    <div className="space-y-12">
      <section>
        <h1 className="text-2xl font-semibold sm:text-3xl">Ending the Korean War: who says what</h1>
        <p className="mt-3 max-w-prose text-slate-700">
          The 1950–53 war ended in an armistice, not a peace. This site records what governments and their officials
          have said about ending it formally — by an end-of-war declaration or a peace treaty, in what order relative to
          North Korea&apos;s denuclearization, and with which parties — each statement linked to its source.
        </p>
      </section>

      <section aria-labelledby="matrix-heading">
        <h2 id="matrix-heading" className="text-xl font-semibold">
          Where each government stands
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Each cell is the editors&apos; latest published judgement of the country&apos;s position, the date it applies
          from, and the statements it rests on.
        </p>
        {matrixCountries.length === 0 ? (
          <p className="mt-3 text-slate-700">No country position has been published yet.</p>
        ) : (
          <CurrentPositions countries={matrixCountries} dimensions={activeDimensions} current={current} />
        )}
      </section>

      <PositionStripsSection records={strips} dimensions={activeDimensions} countries={countries} now={new Date()} />

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="text-xl font-semibold">
          Latest statements
        </h2>
        {latest.length === 0 ? (
          <p className="mt-3 text-slate-700">No statement has been published yet.</p>
        ) : (
          <ul className="mt-4 grid gap-4 md:grid-cols-2">
            {latest.map((quote) => (
              <li key={quote.id}>
                <QuoteCard quote={quote} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="text-xl font-semibold">
          Latest sources
        </h2>
        {articles.length === 0 ? (
          <p className="mt-3 text-slate-700">No article has been published yet.</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200">
            {articles.map((article) => (
              <li key={article.id} className="py-3">
                <Link href={paths.article(article.id)} className="font-medium underline">
                  {article.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {[article.outlet, formatDate(article.publishedOn)].filter(Boolean).join(" · ")} · {article.quoteCount}{" "}
                  {article.quoteCount === 1 ? "quote" : "quotes"}
                </p>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-sm">
          <Link href={paths.articles()} className="underline">
            All articles
          </Link>
        </p>
      </section>

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
        {series.length > 0 ? (
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
        ) : null}
      </section>
    </div>
  );
}
