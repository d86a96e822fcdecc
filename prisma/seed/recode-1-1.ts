// `npm run db:recode`: the demo-data corrections of coding rules 1.1 (issue #12) for a database seeded before them.
// The migrations moved such a database to the new model with nothing lost, but its demo quotes and records still
// say what the old coding said; a fresh seed has the corrections (prisma/seed/demo/*.ts name each one and its
// rule). This applies the same corrections to the rows already there, one transaction, each change with its audit
// event (actor: the system) and a version bump, so an editor with a quote open gets a conflict, not a silent
// overwrite.
//
// Each correction says what the row held before and what it holds after. It is applied only where the row still
// holds the old value; a row that already holds the new one counts as done (so running it again changes nothing),
// and a row an editor has changed since, or that is gone, is left alone and reported for an editor to look at.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AttributionKind, DatePrecision, SpeakerKind } from "@/lib/generated/prisma/enums";
import { bodyHash } from "@/lib/articles/body";
import { findSpan } from "@/lib/anchoring/text-span";
import { recordAudit } from "@/lib/audit/record";
import { toWorkspaceQuotes, workspaceQuoteSelect } from "@/lib/quotes/queries";
import { type Db, inTransaction } from "./db";
import { fromIsoDay, toIsoDay } from "@/lib/dates";
import { readDemoArticles } from "./demo/articles";
import { DEMO_QUOTES, type DemoQuote } from "./demo/quotes";
import { seedQuote } from "./quotes";
import { seedReferenceCountries } from "./reference-countries";

type Tx = Prisma.TransactionClient;

export type Outcome = "applied" | "already" | "missing" | { changed: string };

export interface Correction {
  rule: string;
  what: string;
  run: (tx: Tx, demo: DemoRows) => Promise<Outcome>;
}

export interface RecodeReport {
  applied: string[];
  already: string[];
  /** Rows changed since seeding (or otherwise not as the seed left them): left alone, for an editor to look at. */
  changed: string[];
  /** Corrections of demo rows this database does not hold (not seeded with the demo, or deleted since). */
  missing: string[];
  /** ISO countries and organizations added (reference data a fresh seed has). */
  countriesAdded: number;
}

/** Applies every correction in one transaction and says what each did. */
export function recodeDemo(db: Db): Promise<RecodeReport> {
  return inTransaction(
    db,
    async (tx) => {
      const before = await tx.country.count();
      await seedReferenceCountries(tx);
      const report: RecodeReport = {
        applied: [],
        already: [],
        changed: [],
        missing: [],
        countriesAdded: (await tx.country.count()) - before,
      };
      const demo = new DemoRows(tx);
      for (const correction of CORRECTIONS) {
        const outcome = await correction.run(tx, demo);
        const line = `${correction.rule}: ${correction.what}`;
        if (outcome === "applied") report.applied.push(line);
        else if (outcome === "already") report.already.push(line);
        else if (outcome === "missing") report.missing.push(line);
        else report.changed.push(`${line} (${outcome.changed})`);
      }
      return report;
    },
    { timeout: 120_000 },
  );
}

// ───────────────────────────── finding the demo's rows ─────────────────────────────

/** The demo's articles and quotes as this database holds them, found by the corpus text. */
class DemoRows {
  private articles = new Map<string, { id: number; body: string; publishedOn: Date } | null>();
  constructor(private tx: Tx) {}

  async article(file: string) {
    if (!this.articles.has(file)) {
      const corpus = readDemoArticles().find((article) => article.file === file);
      if (!corpus) throw new Error(`No corpus article ${file}.`);
      const found = await this.tx.article.findFirst({
        where: {
          deletedAt: null,
          OR: [
            { bodyHash: bodyHash(corpus.body) },
            { title: corpus.title ?? "", publishedOn: fromIsoDay(corpus.publishedOn ?? "") },
          ],
        },
        orderBy: { id: "asc" },
        select: { id: true, body: true, publishedOn: true },
      });
      this.articles.set(file, found);
    }
    return this.articles.get(file) ?? null;
  }

  /** The live quote of a demo key: at the span the seed gives it, else the article's quote with that text. */
  async quoteId(key: string): Promise<number | null> {
    const seed = demoQuote(key);
    const article = await this.article(seed.article);
    if (!article) return null;
    const span = findSpan(article.body, seed.text, seed.occurrence ?? 0);
    const quote = await this.tx.quote.findFirst({
      where: {
        articleId: article.id,
        deletedAt: null,
        codingId: null,
        ...(span ? { startOffset: span.start, endOffset: span.end } : { text: seed.text }),
      },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    return quote?.id ?? null;
  }
}

function demoQuote(key: string): DemoQuote {
  const seed = DEMO_QUOTES.find((quote) => quote.key === key);
  if (!seed) throw new Error(`No demo quote "${key}".`);
  return seed;
}

// ───────────────────────────── quotes ─────────────────────────────

/** What a correction compares and sets on a quote, by natural keys (codes, slugs, names). */
interface QuoteState {
  speakerKind?: SpeakerKind;
  person?: string | null;
  organization?: { name: string; country: string } | null;
  speakerLabel?: string | null;
  speakerCountry?: string | null;
  attribution?: AttributionKind;
  statedOn?: string;
  statedOnPrecision?: DatePrecision;
  statedOnReported?: boolean;
}

async function currentState(tx: Tx, id: number): Promise<Required<QuoteState>> {
  const quote = await tx.quote.findUniqueOrThrow({
    where: { id },
    select: {
      speakerKind: true,
      speaker: { select: { slug: true } },
      speakerOrganization: { select: { name: true, country: { select: { code: true } } } },
      speakerLabel: true,
      speakerCountry: { select: { code: true } },
      attribution: true,
      statedOn: true,
      statedOnPrecision: true,
      statedOnReported: true,
    },
  });
  return {
    speakerKind: quote.speakerKind,
    person: quote.speaker?.slug ?? null,
    organization: quote.speakerOrganization
      ? { name: quote.speakerOrganization.name, country: quote.speakerOrganization.country?.code ?? "" }
      : null,
    speakerLabel: quote.speakerLabel,
    speakerCountry: quote.speakerCountry?.code ?? null,
    attribution: quote.attribution,
    statedOn: toIsoDay(quote.statedOn),
    statedOnPrecision: quote.statedOnPrecision,
    statedOnReported: quote.statedOnReported,
  };
}

const holds = (current: Required<QuoteState>, wanted: QuoteState) =>
  Object.entries(wanted).every(
    ([field, value]) => JSON.stringify(current[field as keyof QuoteState]) === JSON.stringify(value),
  );

async function quoteColumns(tx: Tx, state: QuoteState): Promise<Prisma.QuoteUncheckedUpdateInput> {
  const data: Prisma.QuoteUncheckedUpdateInput = {};
  if (state.speakerKind !== undefined) data.speakerKind = state.speakerKind;
  if (state.person !== undefined)
    data.speakerId = state.person
      ? (await tx.person.findUniqueOrThrow({ where: { slug: state.person }, select: { id: true } })).id
      : null;
  if (state.organization !== undefined) data.speakerOrganizationId = null;
  if (state.speakerLabel !== undefined) data.speakerLabel = state.speakerLabel;
  if (state.speakerCountry !== undefined)
    data.speakerCountryId = state.speakerCountry ? await countryIdOf(tx, state.speakerCountry) : null;
  if (state.attribution !== undefined) data.attribution = state.attribution;
  if (state.statedOn !== undefined) data.statedOn = fromIsoDay(state.statedOn);
  if (state.statedOnPrecision !== undefined) data.statedOnPrecision = state.statedOnPrecision;
  if (state.statedOnReported !== undefined) data.statedOnReported = state.statedOnReported;
  return data;
}

async function countryIdOf(tx: Tx, code: string): Promise<number> {
  return (await tx.country.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}

/** Changes a quote (and anything `also` does) with one audit event holding the quote before and after. */
async function changeQuote(tx: Tx, id: number, work: () => Promise<void>): Promise<Outcome> {
  const [before] = await toWorkspaceQuotes(tx, [
    await tx.quote.findUniqueOrThrow({ where: { id }, select: workspaceQuoteSelect }),
  ]);
  await work();
  await tx.quote.update({ where: { id }, data: { version: { increment: 1 } } });
  const [after] = await toWorkspaceQuotes(tx, [
    await tx.quote.findUniqueOrThrow({ where: { id }, select: workspaceQuoteSelect }),
  ]);
  await recordAudit(tx, {
    actor: null,
    action: "update",
    entityType: "Quote",
    entityId: id,
    before: { ...before },
    after: { ...after },
  });
  return "applied";
}

const CHANGED = { changed: "changed since it was seeded: left for an editor" };
const MISSING = "missing";

/** A quote that still holds `from` is given `to`. */
function quoteCorrection(rule: string, key: string, what: string, from: QuoteState, to: QuoteState): Correction {
  return {
    rule,
    what: `${what} (${key})`,
    run: async (tx, demo) => {
      const id = await demo.quoteId(key);
      if (id === null) return MISSING;
      const current = await currentState(tx, id);
      if (holds(current, to)) return "already";
      if (!holds(current, from)) return CHANGED;
      return changeQuote(tx, id, async () => {
        await tx.quote.update({ where: { id }, data: await quoteColumns(tx, to) });
      });
    },
  };
}

/** The demo's undated statements: the article's date, now marked "reported on" (rule 8). */
function reportedOnCorrection(key: string): Correction {
  return {
    rule: "rule 8",
    what: `an undated statement is dated by its article, marked "reported on" (${key})`,
    run: async (tx, demo) => {
      const id = await demo.quoteId(key);
      const article = await demo.article(demoQuote(key).article);
      if (id === null || !article) return MISSING;
      const current = await currentState(tx, id);
      const articleDay = { statedOn: toIsoDay(article.publishedOn), statedOnPrecision: "day" as const };
      if (holds(current, { ...articleDay, statedOnReported: true })) return "already";
      if (!holds(current, { ...articleDay, statedOnReported: false })) return CHANGED;
      return changeQuote(tx, id, async () => {
        await tx.quote.update({ where: { id }, data: { statedOnReported: true } });
      });
    },
  };
}

interface StanceKey {
  dimension: string;
  position: string;
  holder: string;
}

const liveStance = async (tx: Tx, quoteId: number, stance: StanceKey) =>
  tx.stance.findFirst({
    where: {
      quoteId,
      deletedAt: null,
      position: { key: stance.position, dimension: { key: stance.dimension } },
      holderCountry: { code: stance.holder },
    },
    select: { id: true, note: true },
  });

/** A stance the rules no longer code is deleted (soft: it stays in the history). */
function stanceRemoval(rule: string, key: string, what: string, stance: StanceKey): Correction {
  return {
    rule,
    what: `${what} (${key})`,
    run: async (tx, demo) => {
      const id = await demo.quoteId(key);
      if (id === null) return MISSING;
      const found = await liveStance(tx, id, stance);
      if (!found) return "already";
      return changeQuote(tx, id, async () => {
        await tx.stance.update({ where: { id: found.id }, data: { deletedAt: new Date() } });
      });
    },
  };
}

/** A note that said what the date precision now says. */
function noteRemoval(rule: string, key: string, stance: StanceKey, note: string): Correction {
  return {
    rule,
    what: `the note "${note}" goes: the date's precision says it (${key}, ${stance.holder})`,
    run: async (tx, demo) => {
      const id = await demo.quoteId(key);
      if (id === null) return MISSING;
      const found = await liveStance(tx, id, stance);
      if (!found) return MISSING;
      if (found.note === null) return "already";
      if (found.note !== note) return CHANGED;
      return changeQuote(tx, id, async () => {
        await tx.stance.update({ where: { id: found.id }, data: { note: null } });
      });
    },
  };
}

/** Reports of one statement (rule 9): the later reports join the first's statement; emptied statements go. */
function sameStatement(what: string, keys: string[]): Correction {
  return {
    rule: "rule 9",
    what,
    run: async (tx, demo) => {
      const ids = await Promise.all(keys.map((key) => demo.quoteId(key)));
      if (ids.some((id) => id === null)) return MISSING;
      const quotes = await tx.quote.findMany({
        where: { id: { in: ids as number[] } },
        select: {
          id: true,
          statementId: true,
          speakerId: true,
          statement: { select: { _count: { select: { quotes: true } } } },
        },
      });
      const first = quotes.find((quote) => quote.id === ids[0]);
      if (!first) return MISSING;
      const others = quotes.filter((quote) => quote.id !== first.id);
      if (others.every((quote) => quote.statementId === first.statementId)) return "already";
      // Only reports of one speaker, each still a statement of its own, are joined.
      if (quotes.some((quote) => quote.speakerId !== first.speakerId)) return CHANGED;
      if (others.some((quote) => quote.statementId !== first.statementId && quote.statement._count.quotes !== 1))
        return CHANGED;
      for (const quote of others) {
        if (quote.statementId === first.statementId) continue;
        await changeQuote(tx, quote.id, async () => {
          await tx.quote.update({ where: { id: quote.id }, data: { statementId: first.statementId } });
        });
        await tx.statement.deleteMany({ where: { id: quote.statementId, quotes: { none: {} } } });
      }
      return "applied";
    },
  };
}

/** A statement rule 1 requires (context from a government actor), coded as the seed codes it. */
function addedQuote(key: string, what: string): Correction {
  return {
    rule: "rule 1",
    what: `${what} (${key})`,
    run: async (tx, demo) => {
      if ((await demo.quoteId(key)) !== null) return "already";
      // A new quote, a statement of its own: none of the added ones is reported twice.
      const { key: _key, article: file, speaker, statement: _statement, ...seed } = demoQuote(key);
      const article = await demo.article(file);
      if (!article) return MISSING;
      if (!findSpan(article.body, seed.text, seed.occurrence ?? 0))
        return { changed: "its text is not in the article" };
      const speakerId = speaker
        ? (await tx.person.findFirst({ where: { slug: speaker, deletedAt: null }, select: { id: true } }))?.id
        : null;
      if (speakerId === undefined) return { changed: `no person ${speaker}` };
      const quote = await seedQuote(tx, { ...seed, articleId: article.id, speakerId });
      const [after] = await toWorkspaceQuotes(tx, [
        await tx.quote.findUniqueOrThrow({ where: { id: quote.id }, select: workspaceQuoteSelect }),
      ]);
      await recordAudit(tx, {
        actor: null,
        action: "create",
        entityType: "Quote",
        entityId: quote.id,
        after: { ...after },
      });
      return "applied";
    },
  };
}

// ───────────────────────────── country stance records ─────────────────────────────

interface RecordKey {
  country: string;
  dimension: string;
  position: string;
  validFrom: string;
}

const recordSelect = {
  id: true,
  countryId: true,
  dimensionId: true,
  positionId: true,
  validFrom: true,
  validTo: true,
  summary: true,
  status: true,
  version: true,
  deletedAt: true,
} satisfies Prisma.CountryStanceSelect;

const findRecord = (tx: Tx, record: RecordKey) =>
  tx.countryStance.findFirst({
    where: {
      deletedAt: null,
      country: { code: record.country },
      position: { key: record.position, dimension: { key: record.dimension } },
      validFrom: fromIsoDay(record.validFrom),
    },
    orderBy: { id: "asc" },
    select: recordSelect,
  });

async function changeRecord(tx: Tx, id: number, data: Prisma.CountryStanceUpdateInput, action: "update" | "delete") {
  const before = await tx.countryStance.findUniqueOrThrow({ where: { id }, select: recordSelect });
  const after = await tx.countryStance.update({
    where: { id },
    data: { ...data, version: { increment: 1 } },
    select: recordSelect,
  });
  await recordAudit(tx, { actor: null, action, entityType: "CountryStance", entityId: id, before, after });
}

/** Rule 10: a record's period ends no earlier than its last evidence. */
function recordEnd(what: string, record: RecordKey, from: string, to: string): Correction {
  return {
    rule: "rule 10",
    what: `${what}: ends ${to} (was ${from})`,
    run: async (tx) => {
      const found = await findRecord(tx, record);
      if (!found) return MISSING;
      const validTo = found.validTo ? toIsoDay(found.validTo) : null;
      if (validTo === to) return "already";
      if (validTo !== from) return CHANGED;
      await changeRecord(tx, found.id, { validTo: fromIsoDay(to) }, "update");
      return "applied";
    },
  };
}

/** Rule 10: a record resting on analysts only goes (soft-deleted, restorable from its history). */
function recordRemoval(what: string, record: RecordKey): Correction {
  return {
    rule: "rule 10",
    what: `${what} goes: its only evidence is analysts'`,
    run: async (tx) => {
      const found = await findRecord(tx, record);
      if (!found) {
        const deleted = await tx.countryStance.count({
          where: {
            deletedAt: { not: null },
            country: { code: record.country },
            position: { key: record.position, dimension: { key: record.dimension } },
            validFrom: fromIsoDay(record.validFrom),
          },
        });
        return deleted > 0 ? "already" : MISSING;
      }
      await changeRecord(tx, found.id, { deletedAt: new Date() }, "delete");
      return "applied";
    },
  };
}

// ───────────────────────────── the corrections ─────────────────────────────

const SULLIVAN = ["yonhap-sullivan-sequence", "hankyoreh-sullivan-productive", "scmp2021-sullivan-perspectives"];

/** The demo's quotes that the text does not date (no `statedOn` in the seed). */
const UNDATED = DEMO_QUOTES.filter((quote) => quote.statedOn === undefined).map((quote) => quote.key);

export const CORRECTIONS: Correction[] = [
  quoteCorrection(
    "rule 7",
    "chosun-source-nk-asked",
    "a source described only by place (“a source in Seoul”) has no country",
    { speakerCountry: "KR" },
    { speakerCountry: null },
  ),
  ...UNDATED.map(reportedOnCorrection),
  quoteCorrection(
    "rule 8",
    "scmp2019-washington-seoul-without-china",
    "“In 2018, Washington and Seoul signalled…” is a 2018 statement, to the year",
    { statedOn: "2019-01-17", statedOnPrecision: "day" },
    { statedOn: "2018-01-01", statedOnPrecision: "year", statedOnReported: false },
  ),
  ...["US", "KR"].map((holder) =>
    noteRemoval(
      "rule 8",
      "scmp2019-washington-seoul-without-china",
      { dimension: "parties", position: "trilateral", holder },
      "Refers to 2018; the article gives no date.",
    ),
  ),
  quoteCorrection(
    "rule 8",
    "scmp2019-moon-trilateral",
    "“Moon Jae-in last year indicated…” in a 2019 article is a 2018 statement, to the year",
    { statedOn: "2019-01-17", statedOnPrecision: "day" },
    { statedOn: "2018-01-01", statedOnPrecision: "year", statedOnReported: false },
  ),
  noteRemoval(
    "rule 8",
    "scmp2019-moon-trilateral",
    { dimension: "parties", position: "trilateral", holder: "KR" },
    'Moon\'s position in 2018 ("last year"); the article gives no date.',
  ),
  stanceRemoval(
    "rule 5",
    "scmp2019-ryo-relevant",
    "being relevant to “the denuclearisation process” is no parties stance (it was four_party for China)",
    { dimension: "parties", position: "four_party", holder: "CN" },
  ),
  ...["hankyoreh-wang-relations", "hankyoreh-wang-all-efforts"].map((key) =>
    quoteCorrection(
      "rule 6",
      key,
      "Wang Yi quoted through the Chinese Foreign Ministry's readout is on record",
      { attribution: "official_statement" },
      { attribution: "on_record" },
    ),
  ),
  quoteCorrection(
    "rules 6 and 9",
    "scmp2021-embassy-backs",
    "Yang Jiechi's message relayed by the South Korean embassy in Beijing is Yang's statement, on record, 2 December",
    {
      speakerKind: "organization",
      organization: { name: "South Korean embassy in Beijing", country: "KR" },
      speakerCountry: "KR",
      attribution: "official_statement",
    },
    {
      speakerKind: "person",
      person: "yang-jiechi",
      organization: null,
      speakerLabel: null,
      speakerCountry: "CN",
      attribution: "on_record",
      statedOn: "2021-12-02",
      statedOnPrecision: "day",
      statedOnReported: false,
    },
  ),
  sameStatement("the three reports of Jake Sullivan's “different perspectives” are one statement", SULLIVAN),
  sameStatement("the two reports of Yang Jiechi's message of 2 December 2021 are one statement", [
    "scmp2021-embassy-backs",
    "scmp2021-yang-supports",
  ]),
  addedQuote("yonhap-state-department-denuclearization", "the State Department's statement on the talks"),
  addedQuote("yonhap-choi-good-results", "Choi Jong-kun expecting “good results” from the talks"),
  addedQuote("hankyoreh-mofa-chung-wang-readout", "MOFA's Saturday readout of Chung and Wang's meeting"),
  recordEnd(
    "China “treaty”",
    { country: "CN", dimension: "instrument", position: "treaty", validFrom: "2018-07-01" },
    "2018-07-30",
    "2018-07-31",
  ),
  recordEnd(
    "North Korea “declaration”",
    { country: "KP", dimension: "instrument", position: "declaration", validFrom: "2018-07-31" },
    "2021-12-02",
    "2018-07-31",
  ),
  recordEnd(
    "United States “denuclearization first”",
    { country: "US", dimension: "sequencing", position: "denuclearization_first", validFrom: "2018-07-31" },
    "2021-10-25",
    "2018-07-31",
  ),
  recordRemoval("China “two Koreas + US + China”", {
    country: "CN",
    dimension: "parties",
    position: "four_party",
    validFrom: "2019-01-17",
  }),
  recordRemoval("China “action for action”", {
    country: "CN",
    dimension: "sequencing",
    position: "action_for_action",
    validFrom: "2019-01-17",
  }),
  recordRemoval("South Korea “two Koreas + US + China”", {
    country: "KR",
    dimension: "parties",
    position: "four_party",
    validFrom: "2019-01-17",
  }),
];
