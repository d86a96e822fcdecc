// The published-only conditions of the public site (lib/*/public.ts), and their widening for callers who may see
// records in review (API tokens). Every Prisma read of the API filters through one of these.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLISHED_ARTICLE } from "@/lib/articles/public";
import { PUBLISHED_QUOTE } from "@/lib/quotes/public";
import { PUBLIC_PERSON } from "@/lib/people/public";
import { PUBLISHED_COUNTRY_STANCE } from "@/lib/country-stances/public";
import type { Visibility } from "@/lib/auth/permissions";

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
