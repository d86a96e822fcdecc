// Audit events as people read them (#16): each changed field under its label, ids replaced by what they name (the
// person's name, "Instrument: Peace treaty", the article's title, a quote's opening words), dates as dates and
// statuses in words; never raw ids or JSON. Names are looked up in one query per kind for a whole page of events.
import "server-only";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/dates";

export interface ReadableChange {
  label: string;
  before: string | null;
  after: string | null;
}

type Kind = "country" | "dimension" | "position" | "person" | "article" | "outlet" | "organization" | "user" | "quote";

/** Which fields hold an id (or ids) of which kind. */
const REFERENCES: Record<string, Kind> = {
  countryId: "country",
  speakerCountryId: "country",
  holderCountryId: "country",
  dimensionId: "dimension",
  positionId: "position",
  positionIds: "position",
  speakerId: "person",
  personId: "person",
  survivorId: "person",
  mergedId: "person",
  mergedIntoId: "person",
  articleId: "article",
  outletId: "outlet",
  speakerOrganizationId: "organization",
  organizationId: "organization",
  authorId: "user",
  reviewerId: "user",
  createdById: "user",
  decidedById: "user",
  takenDownById: "user",
  contributorIds: "user",
  coderAId: "user",
  coderBId: "user",
  quoteId: "quote",
  quoteIds: "quote",
};

/** Bookkeeping that says nothing to a reader. */
const HIDDEN = new Set(["id", "version", "statementReports", "revision", "createdAt", "updatedAt", "bodyHash"]);

const LABELS: Record<string, string> = {
  countryId: "Country",
  speakerCountryId: "Speaker's country",
  holderCountryId: "Holder",
  speakerId: "Speaker",
  speakerOrganizationId: "Speaker (organization)",
  speakerLabel: "Speaker described as",
  speakerName: "Speaker",
  speakerKind: "Kind of speaker",
  quoteIds: "Evidence",
  quoteId: "Quote",
  positionIds: "Positions",
  statedOn: "Said on",
  statedOnPrecision: "Date precision",
  statedOnReported: "Date is the report's",
  validFrom: "Valid from",
  validTo: "Valid to",
  deletedAt: "Deleted",
  publishedAt: "Published",
  publishedOn: "Article date",
  contributorIds: "Contributors",
  resultRecordId: "Record made",
  currentRecordId: "Record it disagreed with",
};

const WORDS: Record<string, string> = {
  draft: "Draft",
  in_review: "In review",
  returned: "Returned",
  published: "Published",
  approved: "Approved",
  open: "Open",
  confirmed: "Confirmed",
  dismissed: "Dismissed",
  on_record: "On the record",
  official_statement: "Official statement",
  anonymous_source: "Anonymous source",
  reported: "Reported position",
  analyst: "Analyst",
  explicit: "Explicit",
  implied: "Implied",
};

const label = (key: string) =>
  LABELS[key] ??
  key
    .replace(/Id$/, "")
    .replace(/([A-Z])/g, " $1")
    .replace(/^./, (c) => c.toUpperCase())
    .trim();

type Names = Record<Kind, Map<string, string>>;

function collect(value: unknown, key: string, wanted: Record<Kind, Set<string>>) {
  const kind = REFERENCES[key];
  if (kind) for (const id of [value].flat()) if (id !== null && id !== undefined) wanted[kind].add(String(id));
  if (Array.isArray(value)) {
    for (const item of value) if (item && typeof item === "object") collectAll(item as Record<string, unknown>, wanted);
  } else if (value && typeof value === "object") collectAll(value as Record<string, unknown>, wanted);
}

function collectAll(record: Record<string, unknown>, wanted: Record<Kind, Set<string>>) {
  for (const [key, value] of Object.entries(record)) collect(value, key, wanted);
}

const ints = (ids: Set<string>) => [...ids].filter((id) => /^\d{1,9}$/.test(id)).map(Number);

async function lookUp(wanted: Record<Kind, Set<string>>): Promise<Names> {
  const [countries, dimensions, positions, people, articles, outlets, organizations, users, quotes] = await Promise.all(
    [
      db.country.findMany({ where: { id: { in: ints(wanted.country) } }, select: { id: true, name: true } }),
      db.dimension.findMany({ where: { id: { in: ints(wanted.dimension) } }, select: { id: true, label: true } }),
      db.position.findMany({
        where: { id: { in: ints(wanted.position) } },
        select: { id: true, label: true, dimension: { select: { label: true } } },
      }),
      db.person.findMany({ where: { id: { in: ints(wanted.person) } }, select: { id: true, name: true } }),
      db.article.findMany({ where: { id: { in: ints(wanted.article) } }, select: { id: true, title: true } }),
      db.outlet.findMany({ where: { id: { in: ints(wanted.outlet) } }, select: { id: true, name: true } }),
      db.organization.findMany({ where: { id: { in: ints(wanted.organization) } }, select: { id: true, name: true } }),
      db.user.findMany({ where: { id: { in: [...wanted.user] } }, select: { id: true, name: true, email: true } }),
      db.quote.findMany({ where: { id: { in: ints(wanted.quote) } }, select: { id: true, text: true } }),
    ],
  );
  const map = <T extends { id: number | string }>(rows: T[], name: (row: T) => string) =>
    new Map(rows.map((row) => [String(row.id), name(row)]));
  const snippet = (text: string) => `“${text.length > 60 ? `${text.slice(0, 60).trimEnd()}…` : text}”`;
  return {
    country: map(countries, (row) => row.name),
    dimension: map(dimensions, (row) => row.label),
    position: map(positions, (row) => `${row.dimension.label}: ${row.label}`),
    person: map(people, (row) => row.name),
    article: map(articles, (row) => row.title),
    outlet: map(outlets, (row) => row.name),
    organization: map(organizations, (row) => row.name),
    user: map(users, (row) => row.name ?? row.email),
    quote: map(quotes, (row) => snippet(row.text)),
  };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}(T00:00:00(\.000)?Z)?$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function show(value: unknown, key: string, names: Names): string | null {
  if (value === null || value === undefined || value === "") return null;
  const kind = REFERENCES[key];
  if (kind) {
    const ids = [value].flat().map(String);
    return ids.map((id) => names[kind].get(id) ?? `(${kind} no longer there)`).join(", ") || null;
  }
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (ISO_DAY.test(value)) return formatDate(new Date(value.slice(0, 10)));
    if (ISO_TIME.test(value)) return `${formatDate(new Date(value))}, ${value.slice(11, 16)} UTC`;
    return WORDS[value] ?? value;
  }
  if (Array.isArray(value)) {
    const shown = value.map((item) => show(item, "", names)).filter((item) => item !== null);
    return shown.length ? shown.join("; ") : null;
  }
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    // A stance: "Instrument: Peace treaty (China), explicit".
    if ("positionId" in record && "holderCountryId" in record) {
      const strength = typeof record.strength === "string" ? `, ${WORDS[record.strength] ?? record.strength}` : "";
      return `${show(record.positionId, "positionId", names)} (${show(record.holderCountryId, "holderCountryId", names)})${strength.toLowerCase()}`;
    }
    return (
      Object.entries(record)
        .filter(([field]) => !HIDDEN.has(field))
        .map(([field, item]) => [label(field), show(item, field, names)] as const)
        .filter(([, item]) => item !== null)
        .map(([field, item]) => `${field}: ${item}`)
        .join("; ") || null
    );
  }
  return String(value);
}

/** The changed fields of each event (every field of a creation), readable, in the events' order. */
export async function readableChanges(events: { before: unknown; after: unknown }[]): Promise<ReadableChange[][]> {
  const wanted = Object.fromEntries(
    (["country", "dimension", "position", "person", "article", "outlet", "organization", "user", "quote"] as const).map(
      (kind) => [kind, new Set<string>()],
    ),
  ) as Record<Kind, Set<string>>;
  const sides = events.map(({ before, after }) => ({
    before: (before ?? {}) as Record<string, unknown>,
    after: (after ?? {}) as Record<string, unknown>,
  }));
  for (const { before, after } of sides) {
    collectAll(before, wanted);
    collectAll(after, wanted);
  }
  const names = await lookUp(wanted);
  return sides.map(({ before, after }) =>
    [...new Set([...Object.keys(before), ...Object.keys(after)])]
      .filter((key) => !HIDDEN.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      .map((key) => ({ label: label(key), before: show(before[key], key, names), after: show(after[key], key, names) }))
      .filter((change) => change.before !== change.after),
  );
}
