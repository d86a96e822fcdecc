// The country's own statements, what others say of its position, and analysts' commentary: kept apart, because
// only the first are the country speaking (analysts are never counted as its statements).
import { QuoteCardSection } from "@/components/quote-card-section";
import type { CountryDto } from "@/lib/countries/public";
import { paths } from "@/lib/public-routes";
import {
  countCountryStatements,
  listCommentaryAboutCountry,
  listQuotesAboutCountry,
  listQuotesByCountry,
} from "@/lib/quotes/public";

export async function CountryStatements({ country }: { country: CountryDto }) {
  const [own, about, commentary, totals] = await Promise.all([
    listQuotesByCountry(country.id),
    listQuotesAboutCountry(country.id),
    listCommentaryAboutCountry(country.id),
    countCountryStatements(country.id),
  ]);
  return (
    <>
      <QuoteCardSection
        id="own-heading"
        title={`Statements by ${country.name}`}
        description="Its officials, organizations, official statements, sources and reported positions, one entry per statement however many articles report it. Analysts are never counted here."
        quotes={own}
        total={totals.own}
        moreHref={`${paths.explore()}?speakerCountry=${country.code}`}
      />
      <QuoteCardSection
        id="about-heading"
        title={`What others say of ${country.name}'s position`}
        description={`Other governments, the press and unnamed sources describing a position held by ${country.name}.`}
        quotes={about}
        total={totals.about}
        moreHref={`${paths.explore()}?holderCountry=${country.code}`}
      />
      <QuoteCardSection
        id="commentary-heading"
        title={`Commentary about ${country.shortName}`}
        description={`Analysts' readings of ${country.name}'s position. They speak for no government, so they are shown apart and never counted as ${country.name}'s statements.`}
        quotes={commentary}
        total={totals.commentary}
        moreHref={`${paths.explore()}?holderCountry=${country.code}&attribution=analyst`}
      />
    </>
  );
}
