// The person's published statements, newest first, with a link to all of them in the explorer.
import { QuoteCardSection } from "@/components/quote-card-section";
import type { PersonDetail } from "@/lib/people/public";
import { paths } from "@/lib/public-routes";
import { countSpeakerStatements, listQuotesBySpeaker } from "@/lib/quotes/public";

export async function PersonStatements({ person }: { person: PersonDetail }) {
  const [quotes, total] = await Promise.all([listQuotesBySpeaker(person.id), countSpeakerStatements(person.id)]);
  return (
    <QuoteCardSection
      id="statements-heading"
      title="Statements"
      description="Newest first, one entry per statement however many articles report it."
      quotes={quotes}
      total={total}
      moreHref={`${paths.explore()}?person=${person.slug}`}
    />
  );
}
