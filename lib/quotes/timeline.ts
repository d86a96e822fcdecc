// The home page's timeline: published statements per speaker country and month, counted in SQL. A dot per month
// (its size the count) keeps the chart readable and its data small at any volume; the page used to load every
// published quote (882,000 rows at a million) to draw a dot per day.
import "server-only";
import { cachedPublicRead } from "@/lib/public-cache";
import { countPublishedStatementsByCountryMonth } from "@/lib/quotes/statement-counts";

export interface CountryMonthCount {
  country: { code: string; name: string; shortName: string };
  /** The first day of the month, UTC. */
  month: Date;
  /** Statements (coding rule 9: one statement reported by several articles counts once), analysts' excluded. */
  count: number;
}

async function uncachedCountStatementsByCountryMonth(): Promise<CountryMonthCount[]> {
  // From the count table the triggers keep (lib/quotes/statement-counts.ts): a few thousand rows at any volume,
  // where counting over the published quotes took 4.8 s at a million.
  const rows = await countPublishedStatementsByCountryMonth();
  return rows.map(({ code, name, shortName, month, count }) => ({ country: { code, name, shortName }, month, count }));
}

// Cached across requests and refreshed when the record changes (lib/public-cache.ts).
export const countStatementsByCountryMonth = cachedPublicRead(
  "quotes.countStatementsByCountryMonth",
  uncachedCountStatementsByCountryMonth,
);
