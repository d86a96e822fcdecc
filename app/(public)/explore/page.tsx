// /explore – every coded stance under the read API's filters (StanceFilter), for everyone: anonymous visitors see
// published records, researchers and up also those in review (marked). The view lives in the address; a bad
// parameter is named on the page, not a crash. Rendered per request, private; an anonymous visit without filters
// is served from the cache instead (proxy.ts rewrites it to ./unfiltered).
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { withoutEmptyParams } from "@/lib/stances/explorer-params";
import { EXPLORE_METADATA, ExploreView } from "./_components/explore-view";

export async function generateMetadata({ searchParams }: PageProps<"/explore">): Promise<Metadata> {
  const filtered = Object.keys(await searchParams).length > 0;
  // One filtered view is not worth indexing; the explorer itself is.
  return { ...EXPLORE_METADATA, robots: filtered ? { index: false, follow: true } : undefined };
}

export default async function ExplorePage({ searchParams }: PageProps<"/explore">) {
  const params = await searchParams;
  const shorter = withoutEmptyParams(params);
  if (shorter) redirect(shorter);
  return <ExploreView user={await getCurrentUser()} params={params} />;
}
