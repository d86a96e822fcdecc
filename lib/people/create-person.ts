// Creating a person from the annotation workspace: only a name, so an editor can attribute a quote without
// leaving the text. Aliases and roles are added on the person's own page.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { parseInput } from "@/lib/validation";
import { slugify } from "./slug";
import { personNameSchema } from "./schemas";

export async function createPerson(
  user: SessionUser | null,
  input: { name: string },
): Promise<{ id: number; name: string; slug: string }> {
  assertCan(user, "person.edit");
  const { name } = parseInput(personNameSchema, input);
  return db.$transaction(async (tx) => {
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
      data: { name, slug },
      select: { id: true, name: true, slug: true, version: true },
    });
    await recordAudit(tx, { actor: user, action: "create", entityType: "Person", entityId: person.id, after: person });
    return { id: person.id, name: person.name, slug: person.slug };
  });
}
