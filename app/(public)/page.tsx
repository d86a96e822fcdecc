import { prerenderingBuild } from "@/lib/env";
import { pageMetadata } from "@/lib/public-metadata";
import { paths } from "@/lib/public-routes";
import { HomePositions } from "./_components/home-positions";
import { LatestSources } from "./_components/latest-sources";
import { LatestStatements } from "./_components/latest-statements";
import { StatementsTimeline } from "./_components/statements-timeline";

const DESCRIPTION =
  "Who said what about formally ending the 1950–53 Korean War: an end-of-war declaration or a peace treaty, in what order relative to denuclearization, and with which parties.";

export const metadata = {
  ...pageMetadata({ title: "Ending the Korean War: who says what", description: DESCRIPTION, path: paths.home() }),
  title: { absolute: "Ending the Korean War: who says what" },
};

// Each section loads its own (cached) public reads; React renders them side by side.
export default async function HomePage() {
  if (prerenderingBuild()) return null; // no database during `next build` (app/(public)/layout.tsx)
  return (
    <div className="space-y-12">
      <section>
        <h1 className="text-2xl font-semibold sm:text-3xl">Ending the Korean War: who says what</h1>
        <p className="mt-3 max-w-prose text-slate-700">
          The 1950–53 war ended in an armistice, not a peace. This site records what governments and their officials
          have said about ending it formally — by an end-of-war declaration or a peace treaty, in what order relative to
          North Korea&apos;s denuclearization, and with which parties — each statement linked to its source.
        </p>
      </section>
      <HomePositions />
      <LatestStatements />
      <LatestSources />
      <StatementsTimeline />
    </div>
  );
}
