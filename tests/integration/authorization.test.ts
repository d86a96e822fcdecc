// The authorization matrix: every lib function that acts for a user (its first parameter is `SessionUser | null`)
// and every action of the permissions table (lib/auth/permissions.ts) has cases that call it as each role.
// Allowed roles succeed; the others get UNAUTHENTICATED (no user) or FORBIDDEN, and the database is unchanged.
// A new function or action needs a case (in ./authorization/<concept>-cases.ts), or an entry below saying why
// not, or the first two tests fail.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ACTIONS, PERMISSIONS, type Action } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getOwnAccount } from "@/lib/users/queries";
import { createUser } from "../support/users";
import { snapshot } from "./support/records";
import { functionsActingForAUser } from "./authorization/acting-functions";
import type { Actor, Case } from "./authorization/case";
import { ARTICLE_CASES } from "./authorization/articles-cases";
import { QUOTE_CASES } from "./authorization/quotes-cases";
import { RECORD_CASES } from "./authorization/records-cases";
import { REVIEW_CASES } from "./authorization/review-cases";
import { USER_CASES } from "./authorization/users-cases";
import { COUNTRY_STANCE_CASES } from "./authorization/country-stances-cases";
import { PEOPLE_CASES } from "./authorization/people-cases";
import { CODEBOOK_CASES } from "./authorization/codebook-cases";
import { REFERENCE_DATA_CASES } from "./authorization/reference-data-cases";
import { API_CASES } from "./authorization/api-cases";
import { REVISION_CASES, TAKEDOWN_CASES } from "./authorization/revisions-cases";
import { SUGGESTION_CASES } from "./authorization/suggestions-cases";
import { DOUBLE_CODING_CASES } from "./authorization/double-coding-cases";
import { ADMIN_HOME_CASES } from "./authorization/admin-home-cases";
import { SHIFT_CASES } from "./authorization/shifts-cases";

const CASES: Case[] = [
  ...ARTICLE_CASES,
  ...QUOTE_CASES,
  ...REVIEW_CASES,
  ...RECORD_CASES,
  ...USER_CASES,
  ...COUNTRY_STANCE_CASES,
  ...PEOPLE_CASES,
  ...CODEBOOK_CASES,
  ...REFERENCE_DATA_CASES,
  ...API_CASES,
  ...SUGGESTION_CASES,
  ...DOUBLE_CODING_CASES,
  ...REVISION_CASES,
  ...TAKEDOWN_CASES,
  ...ADMIN_HOME_CASES,
  ...SHIFT_CASES,
];

/** Actions without a case yet, and why. */
const PENDING: Partial<Record<Action, string>> = {};

/** Lib functions that act for a user but need no case here, and why. */
const EXEMPT: Record<string, string> = {
  assertCan: "the check itself: every case runs through it",
  getOwnAccount: "any signed-in role reads its own account: its own test below",
};

/** Lib functions whose cases their author is writing. */
const AWAITING_CASES: Record<string, string> = {};

const ROLES = ["researcher", "editor", "admin"] as const;
const actors: Record<string, Actor> = { anonymous: null };

beforeAll(async () => {
  for (const role of ROLES) actors[role] = await createUser(db, { role });
});

it("has a case for every action of the permissions table, or says why not", () => {
  const covered = new Set([...CASES.map((c) => c.action), ...Object.keys(PENDING)]);
  expect(
    ACTIONS.filter((action) => !covered.has(action)),
    "actions without a case or a PENDING entry",
  ).toEqual([]);
  expect(
    CASES.filter((c) => c.action in PENDING).map((c) => c.action),
    "PENDING actions that have cases now",
  ).toEqual([]);
});

it("has a case for every lib function that acts for a user, or says why not", () => {
  const found = functionsActingForAUser(path.resolve(import.meta.dirname, "../.."));
  const names = new Set(found.map((f) => f.name));
  const tested = new Set(CASES.map((c) => c.fn));
  const excused = { ...EXEMPT, ...AWAITING_CASES };
  const uncovered = found
    .filter((f) => !tested.has(f.name) && !(f.name in excused))
    .map((f) => `${f.name} (${f.file})`);
  expect(uncovered, "lib functions taking `SessionUser | null` without a case, EXEMPT or AWAITING_CASES entry").toEqual(
    [],
  );
  expect(
    [...tested].filter((name) => !names.has(name)),
    "cases naming a function lib no longer has",
  ).toEqual([]);
  const stale = Object.keys(excused).filter((name) => !names.has(name) || tested.has(name));
  expect(stale, "EXEMPT or AWAITING_CASES entries for functions that are gone or have cases now").toEqual([]);
});

describe.each(CASES.map((c) => [`${c.action} – ${c.fn}${c.variant ? ` (${c.variant})` : ""}`, c] as const))(
  "%s",
  (_title, testCase) => {
    const allowed: readonly string[] = testCase.allowed ?? PERMISSIONS[testCase.action].roles;
    it.each(["anonymous", ...ROLES])("as %s", async (who) => {
      const actor = actors[who]!;
      const target = testCase.prepare ? await testCase.prepare(actor) : undefined;
      const before = await snapshot(db);
      const call = testCase.run(actor, target!);
      if (actor && allowed.includes(actor.role)) {
        await expect(call).resolves.not.toThrow();
        return;
      }
      await expect(call).rejects.toBeInstanceOf(AppError);
      await expect(call).rejects.toMatchObject({ code: actor ? "FORBIDDEN" : "UNAUTHENTICATED" });
      expect(await snapshot(db)).toBe(before);
    });
  },
);

it("getOwnAccount needs a signed-in user, and shows any role its own account", async () => {
  await expect(getOwnAccount(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  for (const role of ROLES) await expect(getOwnAccount(actors[role]!)).resolves.toMatchObject({ role });
});
