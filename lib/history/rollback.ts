// Rolling a country stance record back to an earlier version (#16): the version an audit event recorded is saved
// again as the record's content, through the ordinary save. A published record therefore gets a correction (a
// revision) that a second editor reviews like any other; a draft is edited in place. Nothing is rewritten in
// the history: the rollback is a new event.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { idField } from "@/lib/form-fields";
import { parseInput } from "@/lib/validation";
import { saveCountryStance, type SavedCountryStance } from "@/lib/country-stances/save-country-stance";

export const rollBackSchema = z.object({
  recordId: idField(),
  /** The audit event whose `after` is the version to return to. */
  eventId: z.string().regex(/^\d{1,18}$/, "No such version."),
});
export type RollBackInput = z.input<typeof rollBackSchema>;

const versionSchema = z.object({
  countryId: z.number().int(),
  dimensionId: z.number().int(),
  positionId: z.number().int(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  summary: z.string(),
  quoteIds: z.array(z.number().int()),
});

/** Whether an audit event's `after` holds a whole version of a record (its creation or an edit of its content). */
export const isFullCountryStanceVersion = (after: unknown): boolean => versionSchema.safeParse(after).success;

export async function rollBackCountryStance(
  actor: SessionUser | null,
  raw: RollBackInput,
): Promise<SavedCountryStance> {
  assertCan(actor, "countryStance.edit");
  const { recordId, eventId } = parseInput(rollBackSchema, raw);
  const event = await db.auditEvent.findUnique({ where: { id: BigInt(eventId) } });
  if (!event || event.entityType !== "CountryStance" || event.entityId !== String(recordId))
    throw new AppError("NOT_FOUND", "No such version of this record.");
  const version = versionSchema.safeParse(event.after);
  if (!version.success) throw new AppError("CONFLICT", "This event did not record a whole version to return to.");
  const live = await db.countryStance.findUnique({
    where: { id: recordId },
    select: { version: true, deletedAt: true },
  });
  if (!live || live.deletedAt) throw new AppError("NOT_FOUND", "This record no longer exists; restore it first.");
  const day = (iso: string) => iso.slice(0, 10);
  const { validFrom, validTo, ...content } = version.data;
  return saveCountryStance(actor, {
    ...content,
    validFrom: day(validFrom),
    validTo: validTo ? day(validTo) : "",
    id: recordId,
    version: live.version,
  });
}
