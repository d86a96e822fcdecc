// Input shapes for people: as the annotation workspace creates and finds them, and as their admin page edits them.
import { z } from "zod";
import { idField, optionalDay, optionalText } from "@/lib/form-fields";

export const personNameSchema = z.object({
  name: z.string().trim().min(2, "Enter the person's name.").max(200, "Keep the name under 200 characters."),
});

// Type-ahead input: a few characters are enough; 100 is far beyond any name.
export const peopleSearchSchema = z.object({ q: z.string().trim().max(100, "Search with fewer characters.") });

// ── The person's admin page: each form names the person and the version the editor saw (optimistic locking). ──

const personVersion = { personId: idField(), version: idField() };

export const personEditSchema = z.object({
  ...personVersion,
  name: personNameSchema.shape.name,
  description: optionalText(2_000, "Keep the description under 2,000 characters."),
});
export type PersonEditInput = z.input<typeof personEditSchema>;

export const aliasAddSchema = z.object({
  ...personVersion,
  name: z.string().trim().min(1, "Enter the spelling.").max(200, "Keep the alias under 200 characters."),
  // BCP 47 tags are short ("ko", "zh-Hans"); the pattern refuses free text that is not a tag.
  language: optionalText(35, "Use a language tag such as ko, zh-Hans or en.").refine(
    (value) => value === null || /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value),
    "Use a language tag such as ko, zh-Hans or en.",
  ),
});
export type AliasAddInput = z.input<typeof aliasAddSchema>;

export const aliasRemoveSchema = z.object({ ...personVersion, aliasId: idField() });
export type AliasRemoveInput = z.input<typeof aliasRemoveSchema>;

// A role's fields, as the role form sends them and as a correction of a person's roles stores them.
const roleFields = {
  countryId: idField("Choose a country."),
  title: z.string().trim().min(1, "Enter the title.").max(200, "Keep the title under 200 characters."),
  organization: optionalText(200, "Keep the organization under 200 characters."),
  startsOn: optionalDay,
  endsOn: optionalDay,
};
const endsAfterStart: [
  (role: { startsOn: string | null; endsOn: string | null }) => boolean,
  { path: string[]; message: string },
] = [
  (role) => !role.startsOn || !role.endsOn || role.startsOn <= role.endsOn,
  { path: ["endsOn"], message: "The role cannot end before it starts." },
];

/** "" (a form's empty hidden field) → absent. */
const absentWhenEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema);

/**
 * Where a role form points while the person's roles are under correction: the role's place in the proposed list
 * (0-based) and the correction's version the editor saw, so two editors cannot overwrite each other's change.
 */
const correctionTarget = {
  slot: absentWhenEmpty(z.coerce.number().int().min(0).max(99).optional()),
  revisionVersion: absentWhenEmpty(idField().optional()),
};

/**
 * "Create person" in the annotation workspace, confirmed with the person's role (coding rule 7: the speaker's
 * country comes from the role held on the statement date), so that their country fills in the next time.
 */
export const personCreateSchema = z
  .object({ name: personNameSchema.shape.name, ...roleFields })
  .refine(...endsAfterStart);
export type PersonCreateInput = z.input<typeof personCreateSchema>;

export const roleSaveSchema = z
  .object({
    ...personVersion,
    /** Absent to add a role. */
    roleId: absentWhenEmpty(idField().optional()),
    ...correctionTarget,
    ...roleFields,
  })
  .refine(...endsAfterStart);
export type RoleSaveInput = z.input<typeof roleSaveSchema>;

export const roleRemoveSchema = z
  .object({
    ...personVersion,
    roleId: absentWhenEmpty(idField().optional()),
    ...correctionTarget,
  })
  .refine((input) => input.roleId !== undefined || input.slot !== undefined, {
    path: ["roleId"],
    message: "Choose the role to remove.",
  });
export type RoleRemoveInput = z.input<typeof roleRemoveSchema>;

/**
 * A person's roles as a correction holds them (lib/people/role-correction.ts): the save schema of a revision of
 * type "Person". Roles that exist keep their id; new ones have none.
 */
export const personRolesSchema = z.object({
  roles: z
    .array(z.object({ roleId: idField().nullable(), ...roleFields }).refine(...endsAfterStart))
    .max(50, "A person has at most 50 roles."),
});
export type PersonRoles = z.output<typeof personRolesSchema>;
export type RoleContent = PersonRoles["roles"][number];

export const mergePeopleSchema = z
  .object({
    /** The person who stays. */
    survivorId: idField(),
    survivorVersion: idField(),
    /** The person merged into the survivor: their quotes and names move, and they are gone. */
    mergedId: idField("Choose the person to merge."),
    mergedVersion: idField(),
  })
  .refine((input) => input.survivorId !== input.mergedId, {
    path: ["mergedId"],
    message: "A person cannot be merged into themselves.",
  });
export type MergePeopleInput = z.input<typeof mergePeopleSchema>;

export const peopleListSchema = z.object({
  q: z.preprocess((value) => value ?? "", peopleSearchSchema.shape.q),
  after: z.preprocess((value) => (value === "" ? undefined : value), idField().optional()),
});
