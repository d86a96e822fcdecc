// What a revision changes, as a reviewer reads it: field by field with names instead of ids ("Speaker: Wang Yi →
// Yang Jiechi"), and for a body correction a word diff of the text and what re-anchoring does to each quote.
// The same field labels make the public correction note ("Corrected on …: speaker").
import "server-only";
import { diffWordsWithSpace } from "diff";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ATTRIBUTION_LABELS } from "@/lib/quotes/labels";
import type { QuoteContent } from "@/lib/quotes/revision-overlay";
import type { CountryStanceValues } from "@/lib/country-stances/schemas";
import type { BodyAnchoring, PlannedQuote } from "@/lib/articles/reanchor-plan";
import type { RoleContent } from "@/lib/people/schemas";

type Tx = Prisma.TransactionClient;

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** A stretch of the body: unchanged, removed or added. */
export interface TextSegment {
  kind: "same" | "removed" | "added";
  text: string;
}

export interface RevisionDiff {
  fields: FieldChange[];
  /** Body corrections only. */
  text: TextSegment[] | null;
  quotes: PlannedQuote[] | null;
}

interface RevisionSides {
  entityType: string;
  original: unknown;
  payload: unknown;
  anchoring?: unknown;
}

export async function describeRevision(tx: Tx, revision: RevisionSides): Promise<RevisionDiff> {
  if (revision.entityType === "Article") {
    const before = (revision.original as { body: string }).body;
    const after = (revision.payload as { body: string }).body;
    return {
      fields: before === after ? [] : [{ field: "body", label: "Text", before: "", after: "" }],
      text: textDiff(before, after),
      quotes: (revision.anchoring as BodyAnchoring | null)?.quotes ?? [],
    };
  }
  const describe = DESCRIBE[revision.entityType] ?? describeCountryStance;
  const [before, after] = await Promise.all([
    describe(tx, revision.original as never),
    describe(tx, revision.payload as never),
  ]);
  // Both sides' fields: a person's removed role is only on the left.
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((field) => before[field]?.value !== after[field]?.value)
    .map((field) => ({
      field,
      label: (after[field] ?? before[field]).label,
      before: before[field]?.value ?? "",
      after: after[field]?.value ?? "",
    }));
  return { fields, text: null, quotes: null };
}

/** Word-level, keeping whitespace, so a reviewer sees exactly which characters a correction touches. */
export function textDiff(before: string, after: string): TextSegment[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    kind: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
}

type Described = Record<string, { label: string; value: string }>;

async function describeQuote(tx: Tx, quote: QuoteContent): Promise<Described> {
  const names = await namesFor(tx, {
    people: [quote.speakerId],
    organizations: [quote.speakerOrganizationId],
    countries: [quote.speakerCountryId, ...quote.stances.map((stance) => stance.holderCountryId)],
    positions: quote.stances.map((stance) => stance.positionId),
  });
  const speaker =
    quote.speakerId != null
      ? (names.people.get(quote.speakerId) ?? `person ${quote.speakerId}`)
      : quote.speakerOrganizationId != null
        ? (names.organizations.get(quote.speakerOrganizationId) ?? `organization ${quote.speakerOrganizationId}`)
        : (quote.speakerLabel ?? "the outlet");
  return {
    text: { label: "Quote text", value: quote.text },
    position: { label: "Place in the article", value: `${quote.startOffset}–${quote.endOffset}` },
    speaker: { label: "Speaker", value: speaker },
    speakerCountry: {
      label: "Speaker's country",
      value: quote.speakerCountryId === null ? "—" : (names.countries.get(quote.speakerCountryId) ?? "?"),
    },
    attribution: { label: "Attribution", value: ATTRIBUTION_LABELS[quote.attribution] },
    statedOn: {
      label: "Date",
      value: `${quote.statedOn} (${quote.statedOnPrecision}${quote.statedOnReported ? ", as reported" : ""})`,
    },
    statement: { label: "Statement", value: quote.statementId == null ? "its own" : `statement ${quote.statementId}` },
    stances: {
      label: "Stances",
      value:
        quote.stances
          .map(
            (stance) =>
              `${names.positions.get(stance.positionId) ?? stance.positionId} — ${names.countries.get(stance.holderCountryId) ?? "?"} (${stance.strength})`,
          )
          .sort()
          .join("; ") || "none (context)",
    },
  };
}

type CountryStanceContent = Omit<CountryStanceValues, "id" | "version">;

async function describeCountryStance(tx: Tx, record: CountryStanceContent): Promise<Described> {
  const names = await namesFor(tx, { countries: [record.countryId], positions: [record.positionId] });
  return {
    country: { label: "Country", value: names.countries.get(record.countryId) ?? "?" },
    position: { label: "Position", value: names.positions.get(record.positionId) ?? "?" },
    period: { label: "Period", value: `${record.validFrom} – ${record.validTo ?? "now"}` },
    summary: { label: "Summary", value: record.summary },
    evidence: {
      label: "Evidence",
      value:
        [...record.quoteIds]
          .sort((a, b) => a - b)
          .map((id) => `quote ${id}`)
          .join(", ") || "none",
    },
  };
}

/**
 * A person's roles, one field per role (existing roles by id, new ones in order), each read as
 * "Foreign Minister, Ministry of Foreign Affairs — China, 2013-03-16 – now".
 */
async function describePersonRoles(tx: Tx, content: { roles: RoleContent[] }): Promise<Described> {
  const names = await namesFor(tx, { countries: content.roles.map((role) => role.countryId) });
  let added = 0;
  return Object.fromEntries(
    content.roles.map((role) => [
      role.roleId === null ? `role-new-${++added}` : `role-${role.roleId}`,
      {
        label: role.roleId === null ? `New role: ${role.title}` : `Role: ${role.title}`,
        value: `${[role.title, role.organization].filter(Boolean).join(", ")} — ${names.countries.get(role.countryId) ?? "?"}, ${role.startsOn ?? "…"} – ${role.endsOn ?? "now"}`,
      },
    ]),
  );
}

const DESCRIBE: Record<string, (tx: Tx, content: never) => Promise<Described>> = {
  Quote: describeQuote,
  CountryStance: describeCountryStance,
  Person: describePersonRoles,
};

async function namesFor(
  tx: Tx,
  ids: {
    people?: (number | null | undefined)[];
    organizations?: (number | null | undefined)[];
    countries?: (number | null | undefined)[];
    positions?: (number | null | undefined)[];
  },
) {
  const present = (list: (number | null | undefined)[] = []) =>
    list.filter((id): id is number => typeof id === "number");
  const [people, organizations, countries, positions] = await Promise.all([
    tx.person.findMany({ where: { id: { in: present(ids.people) } }, select: { id: true, name: true } }),
    tx.organization.findMany({ where: { id: { in: present(ids.organizations) } }, select: { id: true, name: true } }),
    tx.country.findMany({ where: { id: { in: present(ids.countries) } }, select: { id: true, shortName: true } }),
    tx.position.findMany({
      where: { id: { in: present(ids.positions) } },
      select: { id: true, label: true, dimension: { select: { label: true } } },
    }),
  ]);
  return {
    people: new Map(people.map((p) => [p.id, p.name])),
    organizations: new Map(organizations.map((o) => [o.id, o.name])),
    countries: new Map(countries.map((c) => [c.id, c.shortName])),
    positions: new Map(positions.map((p) => [p.id, `${p.dimension.label}: ${p.label}`])),
  };
}
