// The demo database: the five corpus articles annotated as a careful editor would. Runs every builder in
// dependency order; safe to run again (it adds nothing the second time).
import { seedArticle } from "./articles";
import { seedCodebook } from "./codebook";
import { seedCountries } from "./countries";
import { seedCountryStance } from "./country-stances";
import { inTransaction, type Db } from "./db";
import { readDemoArticles, DEMO_OUTLETS } from "./demo/articles";
import { DEMO_COUNTRIES } from "./demo/countries";
import { DEMO_COUNTRY_STANCES } from "./demo/country-stances";
import { DEMO_PEOPLE } from "./demo/people";
import { DEMO_QUOTES } from "./demo/quotes";
import { seedOutlet } from "./outlets";
import { seedPerson } from "./people";
import { seedQuote } from "./quotes";
import { seedReferenceCountries } from "./reference-countries";

export interface DemoCounts {
  dimensions: number;
  positions: number;
  countries: number;
  people: number;
  outlets: number;
  articles: number;
  quotes: number;
  statements: number;
  stances: number;
  countryStances: number;
  evidence: number;
}

/** Loads the whole demo in one transaction: an interrupted seed leaves nothing behind to be mistaken for data. */
export function seedDemo(db: Db): Promise<DemoCounts> {
  return inTransaction(db, loadDemo, { timeout: 120_000 });
}

async function loadDemo(db: Db): Promise<DemoCounts> {
  const dimensions = await seedCodebook(db);
  await seedCountries(db, DEMO_COUNTRIES);
  // Every ISO country and the organizations of the domain, so that any government can be coded (rules 1.1).
  await seedReferenceCountries(db);

  const personIds = new Map<string, number>();
  for (const seed of DEMO_PEOPLE) {
    const person = await seedPerson(db, seed);
    personIds.set(person.slug, person.id);
  }

  const outletIds = new Map<string, number>();
  for (const seed of DEMO_OUTLETS) outletIds.set(seed.name, (await seedOutlet(db, seed)).id);

  const articleIds = new Map<string, number>();
  const articles = readDemoArticles();
  for (const { file, outlet, ...seed } of articles) {
    const article = await seedArticle(db, { ...seed, outletId: lookup(outletIds, outlet, "outlet") });
    articleIds.set(file, article.id);
  }

  const quoteIds = new Map<string, number>();
  // Quotes that name the same `statement` are reports of one statement (coding rule 9).
  const statementIds = new Map<string, number>();
  for (const { key, article, speaker, statement, ...seed } of DEMO_QUOTES) {
    const quote = await seedQuote(db, {
      ...seed,
      articleId: lookup(articleIds, article, "article"),
      speakerId: speaker ? lookup(personIds, speaker, "person") : null,
      statementId: statement ? statementIds.get(statement) : undefined,
    });
    if (quoteIds.has(key)) throw new Error(`Two demo quotes share the key "${key}".`);
    quoteIds.set(key, quote.id);
    if (statement && !statementIds.has(statement)) statementIds.set(statement, quote.statementId);
  }

  for (const { evidence, ...seed } of DEMO_COUNTRY_STANCES) {
    await seedCountryStance(db, {
      ...seed,
      status: seed.status ?? "published",
      evidenceQuoteIds: evidence.map((key) => lookup(quoteIds, key, "quote")),
    });
  }

  return {
    dimensions: dimensions.length,
    positions: dimensions.reduce((sum, dimension) => sum + dimension.positions.length, 0),
    countries: DEMO_COUNTRIES.length,
    people: DEMO_PEOPLE.length,
    outlets: DEMO_OUTLETS.length,
    articles: articles.length,
    quotes: DEMO_QUOTES.length,
    statements: new Set(DEMO_QUOTES.map((quote) => quote.statement ?? quote.key)).size,
    stances: DEMO_QUOTES.reduce((sum, quote) => sum + (quote.stances?.length ?? 0), 0),
    countryStances: DEMO_COUNTRY_STANCES.length,
    evidence: DEMO_COUNTRY_STANCES.reduce((sum, record) => sum + record.evidence.length, 0),
  };
}

/** Data files name things by key; a key that names nothing is a typo to report, not to skip. */
function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`The demo data names an unknown ${what}: "${key}".`);
  return value;
}
