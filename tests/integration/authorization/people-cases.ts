// A person's admin page: name and description, aliases, roles, merging two records of one person, and its reads.
// Every change is optimistic on Person.version, so each `prepare` makes a fresh person and reads their version.
import { db } from "@/lib/db";
import {
  addPersonAlias,
  removePersonAlias,
  removePersonRole,
  savePersonRole,
  updatePerson,
} from "@/lib/people/save-person";
import { mergePeople } from "@/lib/people/merge-people";
import { getAdminPerson, listPeopleAdmin } from "@/lib/people/queries";
import { getPersonPage } from "@/lib/people/person-page";
import { seedPerson } from "@/prisma/seed/people";
import { seedCountry } from "@/prisma/seed/countries";
import { caseWith, live, unique, type Case } from "./case";

/** A fresh person with one alias and one role (for South Korea), as their admin page shows them. */
const person = async () => {
  const suffix = unique();
  const country = await seedCountry(db, { code: "KR", name: "Republic of Korea", shortName: "South Korea" });
  const seeded = await seedPerson(db, {
    name: `Person ${suffix}`,
    aliases: [{ name: `Alias ${suffix}`, language: "en" }],
    roles: [{ country: "KR", title: "Foreign Minister", startsOn: "2021-01-01" }],
  });
  const row = await db.person.findUniqueOrThrow({
    where: { id: seeded.id },
    select: { id: true, version: true, aliases: { select: { id: true } }, roles: { select: { id: true } } },
  });
  return {
    personId: row.id,
    version: row.version,
    aliasId: row.aliases[0]!.id,
    roleId: row.roles[0]!.id,
    countryId: country.id,
  };
};
type Person = Awaited<ReturnType<typeof person>>;

const twoPeople = async () => ({ survivor: await person(), merged: await person() });

const role = (t: Person) => ({
  personId: t.personId,
  version: t.version,
  countryId: t.countryId,
  title: "Unification Minister",
  organization: "",
  startsOn: "2022-05-10",
  endsOn: "",
});

export const PEOPLE_CASES: Case[] = [
  caseWith({
    action: "person.edit",
    fn: "updatePerson",
    prepare: person,
    run: (a, t) =>
      updatePerson(a, { personId: t.personId, version: t.version, name: "Renamed Person", description: "A diplomat." }),
  }),
  caseWith({
    action: "person.edit",
    fn: "addPersonAlias",
    prepare: person,
    run: (a, t) => addPersonAlias(a, { personId: t.personId, version: t.version, name: "김 테스트", language: "ko" }),
  }),
  caseWith({
    action: "person.edit",
    fn: "removePersonAlias",
    prepare: person,
    run: (a, t) => removePersonAlias(a, { personId: t.personId, version: t.version, aliasId: t.aliasId }),
  }),
  caseWith({
    action: "person.edit",
    fn: "savePersonRole",
    variant: "new role",
    prepare: person,
    run: (a, t) => savePersonRole(a, role(t)),
  }),
  caseWith({
    action: "person.edit",
    fn: "savePersonRole",
    variant: "edit role",
    prepare: person,
    run: (a, t) => savePersonRole(a, { ...role(t), roleId: t.roleId }),
  }),
  caseWith({
    action: "person.edit",
    fn: "removePersonRole",
    prepare: person,
    run: (a, t) => removePersonRole(a, { personId: t.personId, version: t.version, roleId: t.roleId }),
  }),
  caseWith({
    action: "person.edit",
    fn: "mergePeople",
    prepare: twoPeople,
    run: (a, t) =>
      mergePeople(a, {
        survivorId: t.survivor.personId,
        survivorVersion: t.survivor.version,
        mergedId: t.merged.personId,
        mergedVersion: t.merged.version,
      }),
  }),
  { action: "person.edit", fn: "listPeopleAdmin", prepare: live, run: (a) => listPeopleAdmin(a, { q: "Person" }) },
  { action: "person.edit", fn: "getAdminPerson", prepare: live, run: (a, t) => getAdminPerson(a, t.personId) },
  caseWith({
    action: "person.edit",
    fn: "getPersonPage",
    variant: "with a duplicate to merge",
    prepare: twoPeople,
    run: (a, t) => getPersonPage(a, { id: t.survivor.personId, mergeId: t.merged.personId }),
  }),
];
