// Everything a person's admin page shows, in one read: the person, the duplicate chosen to merge into them (if it
// is live and not themself), the countries their roles may name, and whether the editor may delete them.
import "server-only";
import { assertCan, can, type SessionUser } from "@/lib/auth/permissions";
import { listCountries, type CountryDto } from "@/lib/countries/public";
import { isAppError } from "@/lib/errors";
import { getAdminPerson, type AdminPerson } from "./queries";

export interface PersonPage {
  person: AdminPerson;
  /** The merge candidate; null when none was asked for, or the one asked for is gone (said beside the form). */
  other: AdminPerson | null;
  countries: CountryDto[];
  mayDelete: boolean;
}

/** NOT_FOUND when the person is deleted or merged; a missing merge candidate is `other: null`, not an error. */
export async function getPersonPage(
  user: SessionUser | null,
  input: { id: number; mergeId: number | null },
): Promise<PersonPage> {
  assertCan(user, "person.edit");
  const [person, countries] = await Promise.all([getAdminPerson(user, input.id), listCountries()]);
  const other =
    input.mergeId && input.mergeId !== person.id
      ? await getAdminPerson(user, input.mergeId).catch((error: unknown) => {
          if (isAppError(error) && error.code === "NOT_FOUND") return null;
          throw error;
        })
      : null;
  return { person, other, countries, mayDelete: can(user, "person.delete") };
}
