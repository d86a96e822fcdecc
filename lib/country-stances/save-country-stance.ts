// Creating and editing a country stance record with the quotes it cites: one transaction with its audit event.
// Edits are optimistic: the update applies only to the version the editor started from, else CONFLICT. The
// record's warnings (lib/country-stances/checks.ts) are computed in the same transaction and returned; they
// never block the save. Review (submit, return, approve) goes through lib/review/*.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { withContributor } from "@/lib/revisions/contributors";
import { proposeRevision } from "@/lib/revisions/propose";
import { parseInput } from "@/lib/validation";
import { computeWarnings, type CountryStanceWarnings } from "./checks";
import { evidenceProblems } from "./evidence-rule";
import { countryStanceInputSchema, type CountryStanceInput, type CountryStanceValues } from "./schemas";
import { toIsoDay, fromIsoDay } from "@/lib/dates";

type Tx = Prisma.TransactionClient;

const auditedSelect = {
  id: true,
  countryId: true,
  dimensionId: true,
  positionId: true,
  validFrom: true,
  validTo: true,
  summary: true,
  status: true,
  contributorIds: true,
  version: true,
  deletedAt: true,
  evidence: { orderBy: { quoteId: "asc" }, select: { quoteId: true } },
} satisfies Prisma.CountryStanceSelect;

async function snapshot(tx: Tx, id: number) {
  const row = await tx.countryStance.findUnique({ where: { id }, select: auditedSelect });
  return row && { ...row, evidence: undefined, quoteIds: row.evidence.map((link) => link.quoteId) };
}
type Snapshot = NonNullable<Awaited<ReturnType<typeof snapshot>>>;

export interface SavedCountryStance {
  id: number;
  version: number;
  warnings: CountryStanceWarnings;
  /** Set when the save became (or continued) a correction of a published record, waiting for a second editor. */
  revision: { id: number; status: string; version: number } | null;
}

export async function saveCountryStance(
  user: SessionUser | null,
  raw: CountryStanceInput,
): Promise<SavedCountryStance> {
  assertCan(user, "countryStance.edit");
  const input = parseInput(countryStanceInputSchema, raw);
  return db.$transaction(async (tx) => {
    const live = input.id === undefined ? null : await snapshot(tx, input.id);
    // A published record is corrected through a revision, approved by a second editor (lib/revisions/).
    if (live && !live.deletedAt && live.status === "published") {
      await checkReferences(tx, input, [...new Set(input.quoteIds)], live);
      const { id: _id, version: seenVersion, ...payload } = input;
      const revision = await proposeRevision(tx, user, {
        entityType: "CountryStance",
        entityId: live.id,
        label: "country stance record",
        liveVersion: live.version,
        seenVersion,
        original: countryStanceContent(live),
        payload,
      });
      const warnings = await computeWarnings(tx, { ...input, id: live.id, quoteIds: [...new Set(input.quoteIds)] });
      return {
        id: live.id,
        version: live.version,
        warnings,
        revision: { id: revision.id, status: revision.status, version: revision.version },
      };
    }
    return writeCountryStance(tx, user, input, { addContributor: user.id });
  });
}

/** A record's editable content, in the save schema's shape without id and version: a revision's two sides. */
export function countryStanceContent(record: Snapshot): Omit<CountryStanceValues, "id" | "version"> {
  return {
    countryId: record.countryId,
    dimensionId: record.dimensionId,
    positionId: record.positionId,
    validFrom: toIsoDay(record.validFrom),
    validTo: record.validTo ? toIsoDay(record.validTo) : null,
    summary: record.summary,
    quoteIds: record.quoteIds,
  };
}

/**
 * Writes the record and its evidence inside the caller's transaction, with its audit event: the save action's
 * path for drafts, and a revision's approval for published records (then with the revision's contributors).
 */
export async function writeCountryStance(
  tx: Tx,
  user: SessionUser,
  input: CountryStanceValues,
  contributors: { addContributor: string } | { contributorIds: string[] },
): Promise<SavedCountryStance> {
  const quoteIds = [...new Set(input.quoteIds)];
  const before = input.id === undefined ? null : await snapshot(tx, input.id);
  if (input.id !== undefined && (!before || before.deletedAt))
    throw new AppError("NOT_FOUND", "This record no longer exists; it may have been deleted.");
  if (before && before.version !== input.version) throw conflict(before);
  await checkReferences(tx, input, quoteIds, before);

  const fields = {
    countryId: input.countryId,
    dimensionId: input.dimensionId,
    positionId: input.positionId,
    validFrom: fromIsoDay(input.validFrom),
    validTo: input.validTo ? fromIsoDay(input.validTo) : null,
    summary: input.summary,
  };
  let id: number;
  if (before) {
    const updated = await tx.countryStance.updateMany({
      where: { id: before.id, version: input.version, deletedAt: null },
      data: {
        ...fields,
        contributorIds:
          "addContributor" in contributors
            ? withContributor(before.contributorIds, contributors.addContributor)
            : contributors.contributorIds,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw conflict(before);
    id = before.id;
    await tx.countryStanceEvidence.deleteMany({ where: { countryStanceId: id, quoteId: { notIn: quoteIds } } });
  } else {
    id = (
      await tx.countryStance.create({
        data: {
          ...fields,
          authorId: user.id,
          contributorIds:
            "addContributor" in contributors ? [contributors.addContributor] : contributors.contributorIds,
        },
        select: { id: true },
      })
    ).id;
  }
  await tx.countryStanceEvidence.createMany({
    data: quoteIds.map((quoteId) => ({ countryStanceId: id, quoteId })),
    skipDuplicates: true,
  });
  const after = await snapshot(tx, id);
  if (!after) throw new AppError("NOT_FOUND", "No such country stance record.");
  await recordAudit(tx, {
    actor: user,
    action: before ? "update" : "create",
    entityType: "CountryStance",
    entityId: id,
    before,
    after,
  });
  const warnings = await computeWarnings(tx, { ...input, id, validTo: input.validTo, quoteIds });
  return { id, version: after.version, warnings, revision: null };
}

function conflict(current: Snapshot): AppError {
  return new AppError(
    "CONFLICT",
    "Another editor saved this record while you were editing it. Reload to see their version.",
    {
      data: { version: current.version },
    },
  );
}

/**
 * Country, dimension, position and quotes must exist; the position belongs to the dimension; retired dimensions
 * and positions are closed to new records, but a record that already had one keeps it. Coding rule 10: the
 * evidence holds a non-analyst stance of the country on the dimension, and the period covers the evidence.
 */
async function checkReferences(tx: Tx, input: CountryStanceValues, quoteIds: number[], before: Snapshot | null) {
  const fields: Record<string, string[]> = {};
  if (!(await tx.country.findUnique({ where: { id: input.countryId }, select: { id: true } })))
    fields.countryId = ["Choose a country from the list."];
  const position = await tx.position.findUnique({
    where: { id: input.positionId },
    select: { dimensionId: true, retired: true, dimension: { select: { retired: true } } },
  });
  if (!position || position.dimensionId !== input.dimensionId)
    fields.positionId = ["Choose a position of the chosen dimension."];
  else if (position.dimension.retired && before?.dimensionId !== input.dimensionId)
    fields.dimensionId = ["This dimension is retired; it takes no new records."];
  else if (position.retired && before?.positionId !== input.positionId)
    fields.positionId = ["This position is retired; choose a current one."];
  const found = await tx.quote.findMany({
    where: { id: { in: quoteIds }, deletedAt: null, codingId: null },
    select: {
      id: true,
      attribution: true,
      statedOn: true,
      statedOnPrecision: true,
      stances: { where: { deletedAt: null }, select: { dimensionId: true, holderCountryId: true } },
    },
  });
  const missing = quoteIds.filter((id) => !found.some((quote) => quote.id === id));
  if (missing.length)
    fields.quoteIds = [
      `These quotes no longer exist (deleted?): ${missing.join(", ")}. Remove them from the evidence.`,
    ];
  else {
    const problems = evidenceProblems(
      {
        countryId: input.countryId,
        dimensionId: input.dimensionId,
        validFrom: fromIsoDay(input.validFrom),
        validTo: input.validTo ? fromIsoDay(input.validTo) : null,
      },
      found,
    );
    for (const [field, messages] of Object.entries(problems)) fields[field] = [...(fields[field] ?? []), ...messages];
  }
  if (Object.keys(fields).length) throw new AppError("INVALID_INPUT", "Some fields need attention.", { fields });
}
