// /explore as an anonymous visitor sees it without filters: rendered once and served from the cache to every such
// visitor (proxy.ts rewrites their /explore here; a direct request for this address is sent back to /explore).
import { EXPLORE_METADATA, ExploreView } from "../_components/explore-view";
import { prerenderingBuild } from "@/lib/env";

export const metadata = EXPLORE_METADATA;

export default function UnfilteredExplorePage() {
  if (prerenderingBuild()) return null; // no database during `next build` (app/(public)/layout.tsx)
  return <ExploreView user={null} params={{}} />;
}
