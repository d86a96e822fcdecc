// What one row of the authorization matrix is, and the fresh records its `prepare` makes for each role's run.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { Action, SessionUser } from "@/lib/auth/permissions";
import type { ArticleStatus, ReviewStatus, UserRole } from "@/lib/generated/prisma/client";
import { createUser } from "../../support/users";
import { createRecords, type Records } from "../support/records";

export type Actor = SessionUser | null;

/** A fresh hex suffix, for names and keys that must be unique in each role's run. */
export const unique = () => crypto.randomBytes(4).toString("hex");

/** The records a case works on, with their current versions (optimistic locking) and another editor's id. */
export interface Target extends Records {
  /** Another editor: the author of records that a reviewer must not have written themselves. */
  userId: string;
  articleVersion: number;
  quoteVersion: number;
  countryStanceVersion: number;
}

export interface Case {
  action: Action;
  /** The lib function called; the guard test matches it against every lib function that acts for a user. */
  fn: string;
  /** What sets this case apart from the function's other cases. */
  variant?: string;
  /** Creates what the call works on, fresh for each role; gets the actor for records that must be its own. */
  prepare?: (actor: Actor) => Promise<Target>;
  run: (actor: Actor, target: Target) => Promise<unknown>;
  /** Roles that succeed, when narrower than the action's roles (a rule on top of the role). */
  allowed?: readonly UserRole[];
}

/** Who wrote the record; "…, edited by the actor" makes the actor a contributor without being its author. */
type Author = "another editor" | "the actor" | "another editor, edited by the actor";

interface Setup {
  deleted?: boolean;
  quote?: { status: ReviewStatus; author: Author };
  article?: { status: ArticleStatus; author: Author };
}

let anotherEditor: Promise<SessionUser> | undefined;

/** Fresh records (see createRecords), with the quote's review status and the article's status and author set. */
export const records =
  (setup: Setup = {}) =>
  async (actor: Actor): Promise<Target> => {
    const created = await createRecords(db, { deleted: setup.deleted });
    const other = await (anotherEditor ??= createUser(db, { role: "editor" }));
    const authorId = (author: Author) => (author === "the actor" ? (actor?.id ?? null) : other.id);
    const contributorIds = (author: Author) =>
      [authorId(author), author === "another editor, edited by the actor" ? (actor?.id ?? null) : null].filter(
        (id) => id !== null,
      );
    if (setup.quote) {
      const { status, author } = setup.quote;
      await db.quote.update({
        where: { id: created.quoteId },
        data: { status, authorId: authorId(author), contributorIds: contributorIds(author), submittedAt: new Date() },
      });
    }
    if (setup.article) {
      const { status, author } = setup.article;
      const publishedAt = status === "published" ? new Date() : null;
      await db.article.update({
        where: { id: created.articleId },
        data: { status, publishedAt, createdById: authorId(author), contributorIds: contributorIds(author) },
      });
    }
    const version = { select: { version: true } } as const;
    const [article, quote, countryStance] = await Promise.all([
      db.article.findUniqueOrThrow({ where: { id: created.articleId }, ...version }),
      db.quote.findUniqueOrThrow({ where: { id: created.quoteId }, ...version }),
      db.countryStance.findUniqueOrThrow({ where: { id: created.countryStanceId }, ...version }),
    ]);
    return {
      ...created,
      userId: other.id,
      articleVersion: article.version,
      quoteVersion: quote.version,
      countryStanceVersion: countryStance.version,
    };
  };

export const live = records();
export const deleted = records({ deleted: true });

/** A researcher of its own, for the cases that change a user. */
export const aResearcher = async () => ({ userId: (await createUser(db, { role: "researcher" })).id }) as Target;

/**
 * A case whose `prepare` makes records of its own kind (a person's alias, a codebook entry, a token) rather than
 * the shared Target: typed end to end here, stored as a plain Case since the matrix only passes it through.
 */
export function caseWith<T>(
  testCase: Omit<Case, "prepare" | "run"> & {
    prepare: (actor: Actor) => Promise<T>;
    run: (actor: Actor, target: T) => Promise<unknown>;
  },
): Case {
  return testCase as unknown as Case;
}
