// The country page's title, description and feeds: readers subscribe to its confirmed shifts of position from it.
import type { Metadata } from "next";
import type { CountryDto } from "@/lib/countries/public";
import { pageMetadata, SITE_FEEDS } from "@/lib/public-metadata";
import { absoluteUrl, paths } from "@/lib/public-routes";

export function countryMetadata(country: CountryDto): Metadata {
  const metadata = pageMetadata({
    title: country.name,
    description: `${country.name}'s positions on ending the Korean War over time, its officials' statements, and what others say of its position.`,
    path: paths.country(country.code),
  });
  const atom = [
    { url: absoluteUrl(paths.countryShiftsFeed(country.code)), title: `${country.name}: shifts of position` },
    ...SITE_FEEDS(),
  ];
  return { ...metadata, alternates: { ...metadata.alternates, types: { "application/atom+xml": atom } } };
}
