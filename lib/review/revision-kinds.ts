// The kinds of record a revision can correct, and how each is read and written: the live row's state, and the
// approval's write, which parses the revision's payload with the record's own save schema and writes it with the
// same function the save action uses (so a correction obeys every rule a first version does).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Action, SessionUser } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/validation";
import { quoteInputSchema } from "@/lib/quotes/schemas";
import { writeQuote } from "@/lib/quotes/write-quote";
import { countryStanceInputSchema } from "@/lib/country-stances/schemas";
import { writeCountryStance } from "@/lib/country-stances/save-country-stance";
import { applyBodyCorrection, type BodyAnchoring } from "@/lib/articles/update-body";
import type { AnchorDecision } from "@/lib/revisions/schemas";
import { personRolesSchema } from "@/lib/people/schemas";
import { writePersonRoles } from "@/lib/people/role-correction";

type Tx = Prisma.TransactionClient;

export interface RevisionRow {
  id: number;
  entityId: number;
  payload: unknown;
  anchoring: unknown;
  contributorIds: string[];
}

export interface RevisionKind {
  label: string;
  /** Who may edit (and so submit) such a revision. */
  permission: Action;
  live(tx: Tx, id: number): Promise<{ version: number; deletedAt: Date | null } | null>;
  /** Applies the revision to the live row at `version`; returns the row's new version. */
  apply(
    tx: Tx,
    actor: SessionUser,
    revision: RevisionRow,
    version: number,
    decisions: Record<string, AnchorDecision>,
  ): Promise<number>;
}

const liveSelect = { select: { version: true, deletedAt: true } } as const;

export const REVISION_KINDS: Record<string, RevisionKind> = {
  Quote: {
    label: "quote",
    permission: "quote.edit",
    live: (tx, id) => tx.quote.findUnique({ where: { id }, ...liveSelect }),
    apply: async (tx, actor, revision, version) => {
      const input = parseInput(quoteInputSchema, { ...(revision.payload as object), id: revision.entityId, version });
      return (await writeQuote(tx, actor, input, { contributorIds: revision.contributorIds })).version;
    },
  },
  CountryStance: {
    label: "country stance record",
    permission: "countryStance.edit",
    live: (tx, id) => tx.countryStance.findUnique({ where: { id }, ...liveSelect }),
    apply: async (tx, actor, revision, version) => {
      const input = parseInput(countryStanceInputSchema, {
        ...(revision.payload as object),
        id: revision.entityId,
        version,
      });
      return (await writeCountryStance(tx, actor, input, { contributorIds: revision.contributorIds })).version;
    },
  },
  Article: {
    label: "article",
    permission: "article.edit",
    live: (tx, id) => tx.article.findUnique({ where: { id }, ...liveSelect }),
    apply: async (tx, actor, revision, version, decisions) =>
      (
        await applyBodyCorrection(tx, actor, {
          articleId: revision.entityId,
          version,
          body: (revision.payload as { body: string }).body,
          anchoring: revision.anchoring as BodyAnchoring,
          decisions,
          contributorIds: revision.contributorIds,
        })
      ).version,
  },
  Person: {
    label: "person's roles",
    permission: "person.edit",
    live: async (tx, id) => {
      const person = await tx.person.findUnique({
        where: { id },
        select: { version: true, deletedAt: true, mergedIntoId: true },
      });
      // A merged person is gone from the public pages like a deleted one.
      return person && { version: person.version, deletedAt: person.mergedIntoId ? new Date() : person.deletedAt };
    },
    apply: async (tx, actor, revision, version) =>
      writePersonRoles(tx, actor, revision.entityId, version, parseInput(personRolesSchema, revision.payload).roles),
  },
};
