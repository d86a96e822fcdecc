// "Statements coded with it": oldest first, with a link to all of them in the explorer.
import { QuoteCardSection } from "@/components/quote-card-section";
import type { PositionWithDimension } from "@/lib/codebook/public";
import { paths } from "@/lib/public-routes";
import { countPositionStatements, listQuotesWithPosition } from "@/lib/quotes/public";

export async function PositionStatements({ position }: { position: PositionWithDimension }) {
  const [quotes, total] = await Promise.all([
    listQuotesWithPosition(position.id),
    countPositionStatements(position.id),
  ]);
  return (
    <QuoteCardSection
      id="quotes-heading"
      title="Statements coded with it"
      description="Oldest first, one entry per statement however many articles report it."
      quotes={quotes}
      total={total}
      moreHref={`${paths.explore()}?dimension=${position.dimension.key}&position=${position.key}&sort=asc`}
    />
  );
}
