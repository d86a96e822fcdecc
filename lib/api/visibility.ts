// The published-only conditions of the public site (lib/*/public.ts), and their widening for callers who may see
// records in review (API tokens). Every Prisma read of the API filters through one of these.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLISHED_ARTICLE } from "@/lib/articles/public";
import { PUBLISHED_QUOTE } from "@/lib/quotes/public";
import { PUBLIC_PERSON } from "@/lib/people/public";
import { PUBLISHED_COUNTRY_STANCE } from "@/lib/country-stances/public";
import { can, PERMISSIONS, type SessionUser, type Visibility } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

const IN_REVIEW_QUOTE = {
  status: "in_review",
  deletedAt: null,
  article: { deletedAt: null },
} as const satisfies Prisma.QuoteWhereInput;

export function visibleQuote(visibility: Visibility): Prisma.QuoteWhereInput {
  return visibility === "published" ? PUBLISHED_QUOTE : { OR: [PUBLISHED_QUOTE, IN_REVIEW_QUOTE] };
}

/** An article is visible when published, or (for review) when it holds a quote in review. */
export function visibleArticle(visibility: Visibility): Prisma.ArticleWhereInput {
  return visibility === "published"
    ? PUBLISHED_ARTICLE
    : {
        deletedAt: null,
        OR: [{ status: "published" }, { quotes: { some: { status: "in_review", deletedAt: null } } }],
      };
}

export function visiblePerson(visibility: Visibility): Prisma.PersonWhereInput {
  return visibility === "published"
    ? PUBLIC_PERSON
    : { deletedAt: null, mergedIntoId: null, quotes: { some: visibleQuote(visibility) } };
}

export function visibleCountryStance(visibility: Visibility): Prisma.CountryStanceWhereInput {
  return visibility === "published"
    ? PUBLISHED_COUNTRY_STANCE
    : { deletedAt: null, status: { in: ["published", "in_review"] } };
}

/**
 * A list asked for records in review (`status=in_review`) answers them only to callers who may see them: anyone
 * else is refused, 401 without a token and 403 when its owner's role lacks the permission, rather than answered
 * with an empty list that reads as "there are none".
 */
export function assertMaySeeStatus(user: SessionUser | null, status: "published" | "in_review" | undefined): void {
  if (status === undefined || status === "published" || can(user, "review.readInReview")) return;
  const fields = { status: [`${status} lists records in review: they are visible with an API token only`] };
  if (!user)
    throw new AppError("UNAUTHENTICATED", `status=${status} needs an API token (Authorization: Bearer …).`, { fields });
  throw new AppError(
    "FORBIDDEN",
    `Your role (${user.role}) may not: ${PERMISSIONS["review.readInReview"].description.toLowerCase()}.`,
    {
      fields,
      refusal: { userId: user.id, action: "review.readInReview" },
    },
  );
}
