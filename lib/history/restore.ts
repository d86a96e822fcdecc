// "Restore" on the history page: the record kind comes from the URL, so this maps it to that concept's restore
// function (each of which checks its own permission and writes its own audit event).
import "server-only";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/permissions";
import { restoreArticle } from "@/lib/articles/mutations";
import { restoreQuote } from "@/lib/quotes/mutations";
import { restorePerson } from "@/lib/people/mutations";
import { restoreCountryStance } from "@/lib/country-stances/mutations";

const restorers: Record<string, (actor: SessionUser | null, id: number) => Promise<void>> = {
  Article: restoreArticle,
  Quote: restoreQuote,
  Person: restorePerson,
  CountryStance: restoreCountryStance,
};

/** The kinds of record that can be restored from their history. */
export const isRestorable = (entityType: string): boolean => entityType in restorers;

export async function restoreEntity(actor: SessionUser | null, entityType: string, entityId: string): Promise<void> {
  const restoreOne = restorers[entityType];
  if (!restoreOne || !/^\d+$/.test(entityId)) throw new AppError("NOT_FOUND", "This record cannot be restored.");
  await restoreOne(actor, Number(entityId));
}
