// A person as the audit trail keeps them (with aliases and roles), and the optimistic lock every change of a person
// takes on Person.version: edits (save-person.ts), role corrections (role-correction.ts) and merges.
import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

const snapshotSelect = {
  id: true,
  name: true,
  slug: true,
  description: true,
  version: true,
  deletedAt: true,
  mergedIntoId: true,
  aliases: { orderBy: { id: "asc" }, select: { id: true, name: true, language: true } },
  roles: {
    orderBy: { id: "asc" },
    select: { id: true, countryId: true, title: true, organization: true, startsOn: true, endsOn: true },
  },
} satisfies Prisma.PersonSelect;

/** The person with aliases and roles, as the audit trail keeps them. */
export function personSnapshot(tx: Tx, id: number) {
  return tx.person.findUnique({ where: { id }, select: snapshotSelect });
}
export type PersonSnapshot = NonNullable<Awaited<ReturnType<typeof personSnapshot>>>;

export function stalePerson(current: { version: number }): AppError {
  return new AppError(
    "CONFLICT",
    "Someone changed this person since you opened the page. Reload to see the current version.",
    {
      data: { version: current.version },
    },
  );
}

/** A live (not deleted, not merged) person, or NOT_FOUND. */
export async function livePerson(tx: Tx, id: number): Promise<PersonSnapshot> {
  const person = await personSnapshot(tx, id);
  if (!person || person.deletedAt || person.mergedIntoId)
    throw new AppError("NOT_FOUND", "No such person (deleted or merged).");
  return person;
}

/** Loads a live person at `version`, bumps the version (guarded), and returns the snapshot before the change. */
export async function lockPerson(tx: Tx, id: number, version: number): Promise<PersonSnapshot> {
  const before = await livePerson(tx, id);
  if (before.version !== version) throw stalePerson(before);
  const bumped = await tx.person.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
  if (bumped.count === 0) throw stalePerson(before);
  return before;
}
