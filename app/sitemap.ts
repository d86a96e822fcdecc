// GET /sitemap.xml – every public page: the fixed pages and each published article, quote, person, country
// and position. Read per request so a withdrawn record leaves it at once.
import type { MetadataRoute } from "next";
import { listPublishedArticleIds } from "@/lib/articles/public";
import { getCodebook } from "@/lib/codebook/public";
import { listCountries } from "@/lib/countries/public";
import { listPublicPersonSlugs } from "@/lib/people/public";
import { absoluteUrl, paths } from "@/lib/public-routes";
import { listPublishedQuoteIds } from "@/lib/quotes/public";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [articles, quotes, people, countries, codebook] = await Promise.all([
    listPublishedArticleIds(),
    listPublishedQuoteIds(),
    listPublicPersonSlugs(),
    listCountries(),
    getCodebook(),
  ]);
  const page = (path: string, lastModified?: Date) => ({
    url: absoluteUrl(path),
    ...(lastModified ? { lastModified } : {}),
  });
  return [
    page(paths.home()),
    page(paths.explore()),
    page(paths.countries()),
    page(paths.people()),
    page(paths.articles()),
    page(paths.codebook()),
    page(paths.reliability()),
    page(paths.search()),
    ...countries.map((country) => page(paths.country(country.code))),
    ...codebook.flatMap((dimension) =>
      dimension.positions.map((position) => page(paths.position(dimension.key, position.key))),
    ),
    ...people.map((person) => page(paths.person(person.slug), person.updatedAt)),
    ...articles.map((article) => page(paths.article(article.id), article.updatedAt)),
    ...quotes.map((quote) => page(paths.quote(quote.id), quote.updatedAt)),
  ];
}
