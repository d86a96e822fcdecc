// Merging two records of one person (a duplicate made while annotating, "Tony Blinken" beside "Antony Blinken").
// In one transaction: the merged person's quotes, aliases and roles move to the survivor, their name becomes
// one of the survivor's aliases, and they are marked merged (mergedIntoId) and deleted, so their public address
// redirects (lib/people/public.ts). Both people are version-checked, and each gets a "merge" audit event.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { parseInput } from "@/lib/validation";
import { lockPerson, personSnapshot } from "./person-lock";
import { mergePeopleSchema, type MergePeopleInput } from "./schemas";

export async function mergePeople(
  user: SessionUser | null,
  raw: MergePeopleInput,
): Promise<{ survivorId: number; movedQuoteIds: number[] }> {
  assertCan(user, "person.edit");
  const input = parseInput(mergePeopleSchema, raw);
  return db.$transaction(async (tx) => {
    const survivor = await lockPerson(tx, input.survivorId, input.survivorVersion);
    const merged = await lockPerson(tx, input.mergedId, input.mergedVersion);

    const quotes = await tx.quote.findMany({
      where: { speakerId: merged.id },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    const movedQuoteIds = quotes.map((quote) => quote.id);
    // The version bump makes an editor with one of these quotes open reload before saving over the move.
    await tx.quote.updateMany({
      where: { speakerId: merged.id },
      data: { speakerId: survivor.id, version: { increment: 1 } },
    });

    const names = new Set([survivor.name, ...survivor.aliases.map((alias) => alias.name)]);
    for (const alias of merged.aliases) {
      if (names.has(alias.name)) await tx.personAlias.delete({ where: { id: alias.id } });
      else await tx.personAlias.update({ where: { id: alias.id }, data: { personId: survivor.id } });
      names.add(alias.name);
    }
    if (!names.has(merged.name)) await tx.personAlias.create({ data: { personId: survivor.id, name: merged.name } });

    const sameRole = (a: { countryId: number; title: string; startsOn: Date | null }, b: typeof a) =>
      a.countryId === b.countryId && a.title === b.title && a.startsOn?.getTime() === b.startsOn?.getTime();
    for (const role of merged.roles) {
      if (!survivor.roles.some((kept) => sameRole(kept, role)))
        await tx.personRole.update({ where: { id: role.id }, data: { personId: survivor.id } });
    }

    // Anyone merged into the merged person earlier now points at the survivor: one redirect, never a chain.
    await tx.person.updateMany({ where: { mergedIntoId: merged.id }, data: { mergedIntoId: survivor.id } });
    await tx.person.update({ where: { id: merged.id }, data: { mergedIntoId: survivor.id, deletedAt: new Date() } });

    const [survivorAfter, mergedAfter] = await Promise.all([
      personSnapshot(tx, survivor.id),
      personSnapshot(tx, merged.id),
    ]);
    if (!survivorAfter || !mergedAfter) throw new AppError("NOT_FOUND", "A person vanished during the merge.");
    await recordAudit(tx, {
      actor: user,
      action: "merge",
      entityType: "Person",
      entityId: merged.id,
      before: merged,
      after: { ...mergedAfter, movedQuoteIds },
    });
    await recordAudit(tx, {
      actor: user,
      action: "merge",
      entityType: "Person",
      entityId: survivor.id,
      before: survivor,
      after: { ...survivorAfter, mergedFromId: merged.id, movedQuoteIds },
    });
    return { survivorId: survivor.id, movedQuoteIds };
  });
}
