// Who may do what: one table of actions, each with what it allows and the roles that hold it. Library functions
// check it before they read or write (`assertCan`), pages use `can` to hide what a role cannot use, and the
// authorization matrix test (tests/integration/authorization.test.ts) needs a case for every row.
// Roles nest: researcher ⊂ editor ⊂ admin, but each row lists its roles in full so it reads on its own.
import type { UserRole } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

/** The signed-in person as lib functions see them: resolved from the session on every request. */
export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
}

const ALL: readonly UserRole[] = ["researcher", "editor", "admin"];
const EDITORS: readonly UserRole[] = ["editor", "admin"];
const ADMINS: readonly UserRole[] = ["admin"];

export const PERMISSIONS = {
  "account.changePassword": { description: "Change one's own password", roles: ALL },
  "review.readInReview": { description: "See records in review (marked as such) beside published ones", roles: ALL },
  "export.bulk": { description: "Download bulk exports of the record", roles: ALL },
  "apiToken.manage": { description: "Create and revoke one's own API tokens", roles: ALL },
  "article.import": { description: "Import an article", roles: EDITORS },
  "article.edit": { description: "Edit an article's metadata and body", roles: EDITORS },
  "article.delete": { description: "Delete an article, and restore a deleted one", roles: EDITORS },
  "quote.edit": { description: "Create and edit quotes and their stances", roles: EDITORS },
  "quote.delete": { description: "Delete a quote, and restore a deleted one", roles: EDITORS },
  "person.edit": { description: "Create, edit and merge people", roles: EDITORS },
  "person.delete": { description: "Delete a person, and restore a deleted one", roles: EDITORS },
  "countryStance.edit": { description: "Create and edit country stance records", roles: EDITORS },
  "countryStance.delete": { description: "Delete a country stance record, and restore a deleted one", roles: EDITORS },
  "referenceData.edit": { description: "Add and edit countries, organizations and news outlets", roles: EDITORS },
  "review.publish": { description: "Review and publish another editor's work", roles: EDITORS },
  "review.publishOwn": {
    description: "Publish work one contributed to without a second editor, giving a reason (an audited override)",
    roles: ADMINS,
  },
  "doubleCoding.manage": {
    description: "Set the double-coding sampling rate and assign articles to two coders",
    roles: ADMINS,
  },
  "doubleCoding.curate": {
    description: "Curate a double-coded article: make its final quotes from the two codings",
    roles: EDITORS,
  },
  "agreement.read": {
    description: "See inter-coder agreement by coder and the disagreements between two codings",
    roles: EDITORS,
  },
  "history.read": { description: "See the change history of a record", roles: EDITORS },
  "audit.read": { description: "See the audit trail of every change, by anyone", roles: ADMINS },
  "user.manage": { description: "Create users, change roles, deactivate and reactivate accounts", roles: ADMINS },
  "codebook.edit": { description: "Edit the codebook's dimensions and positions", roles: ADMINS },
} as const satisfies Record<string, { description: string; roles: readonly UserRole[] }>;

export type Action = keyof typeof PERMISSIONS;

export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

/** Which records a read may return: published only, or also those in review (marked as such). */
export type Visibility = "published" | "review";

/** Researchers and up also see records in review; everyone else, published records only. */
export function visibilityFor(user: Pick<SessionUser, "role"> | null | undefined): Visibility {
  return can(user, "review.readInReview") ? "review" : "published";
}

export function can(user: Pick<SessionUser, "role"> | null | undefined, action: Action): boolean {
  return user != null && (PERMISSIONS[action].roles as readonly UserRole[]).includes(user.role);
}

/** Throws UNAUTHENTICATED without a user and FORBIDDEN when their role lacks the action; narrows `user` otherwise. */
export function assertCan(user: SessionUser | null | undefined, action: Action): asserts user is SessionUser {
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (!can(user, action))
    throw new AppError(
      "FORBIDDEN",
      `Your role (${user.role}) may not: ${PERMISSIONS[action].description.toLowerCase()}.`,
      { refusal: { userId: user.id, action } },
    );
}

/** How `user` may approve work with these contributors: for pages to offer the right control; lib re-checks. */
export type Approval = "allowed" | "override" | "refused";

export function approvalFor(
  user: Pick<SessionUser, "id" | "role"> | null | undefined,
  contributorIds: readonly (string | null)[],
): Approval {
  if (!user || !can(user, "review.publish")) return "refused";
  if (!contributorIds.includes(user.id)) return "allowed";
  return can(user, "review.publishOwn") ? "override" : "refused";
}

/**
 * Publishing needs a second pair of eyes: nobody who authored or edited any content of a version (its
 * contributors, lib/review/contributors.ts) may approve it. An admin may override, but only with a reason, which
 * the caller records in the audit event (`override`); without one the approval is refused like anyone else's.
 */
export function assertMayPublish(
  user: SessionUser | null | undefined,
  contributorIds: readonly (string | null)[],
  overrideReason?: string | null,
): { override: string | null } {
  assertCan(user, "review.publish");
  if (!contributorIds.includes(user.id)) return { override: null };
  if (!can(user, "review.publishOwn")) {
    throw new AppError("FORBIDDEN", "You wrote or edited this version: a second editor must approve it.", {
      refusal: { userId: user.id, action: "review.publish (a contributor)" },
    });
  }
  const reason = overrideReason?.trim();
  if (!reason) {
    throw new AppError(
      "FORBIDDEN",
      "You wrote or edited this version: approving it yourself is an override and needs a reason.",
      {
        fields: { overrideReason: ["Say why this cannot wait for a second editor."] },
        refusal: { userId: user.id, action: "review.publishOwn (no reason)" },
      },
    );
  }
  return { override: reason };
}
