// Creating a person from the annotation workspace, confirmed with the role they held (title, country, dates), so
// that their country fills in on their next quote (coding rule 7). Person, role and audit event are one
// transaction. A name that folds to an existing person's name or alias ("Chung Eui yong") is refused, naming them:
// the editor picks them instead of creating a namesake. Aliases and more roles are added on the person's page.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { parseInput } from "@/lib/validation";
import { slugify } from "./slug";
import { nameKey, nameKeySql } from "./name-key";
import { personCreateSchema, type PersonCreateInput } from "./schemas";
import { personSnapshot } from "./person-lock";
import { fromIsoDay } from "@/lib/dates";

const day = (value: string | null) => (value ? fromIsoDay(value) : null);

export async function createPerson(
  user: SessionUser | null,
  raw: PersonCreateInput,
): Promise<{ id: number; name: string; slug: string }> {
  assertCan(user, "person.edit");
  const { name, ...role } = parseInput(personCreateSchema, raw);
  return db.$transaction(async (tx) => {
    const [namesake] = await tx.$queryRaw<{ name: string }[]>`
      SELECT p.name FROM "Person" p
       WHERE p."deletedAt" IS NULL AND p."mergedIntoId" IS NULL
         AND (${nameKeySql(Prisma.sql`p.name`)} = ${nameKey(name)}
              OR EXISTS (SELECT 1 FROM "PersonAlias" a
                          WHERE a."personId" = p.id AND ${nameKeySql(Prisma.sql`a.name`)} = ${nameKey(name)}))
       LIMIT 1`;
    if (namesake)
      throw new AppError("DUPLICATE", `${namesake.name} exists already: choose them in the Speaker list.`, {
        fields: { name: [`${namesake.name} exists already: choose them in the Speaker list.`] },
      });
    if (!(await tx.country.findUnique({ where: { id: role.countryId }, select: { id: true } })))
      throw new AppError("INVALID_INPUT", "Some fields need attention.", {
        fields: { countryId: ["Choose a country from the list."] },
      });
    // Names in Hangul or Hanzi give an empty ASCII slug; "person" plus a number keeps the URL valid.
    const base = slugify(name) || "person";
    const taken = new Set(
      (await tx.person.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
        (row) => row.slug,
      ),
    );
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    const person = await tx.person.create({
      data: {
        name,
        slug,
        roles: {
          create: {
            countryId: role.countryId,
            title: role.title,
            organization: role.organization,
            startsOn: day(role.startsOn),
            endsOn: day(role.endsOn),
          },
        },
      },
      select: { id: true, name: true, slug: true },
    });
    const after = await personSnapshot(tx, person.id);
    await recordAudit(tx, { actor: user, action: "create", entityType: "Person", entityId: person.id, after });
    return person;
  });
}
