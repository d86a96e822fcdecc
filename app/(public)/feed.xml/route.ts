// GET /feed.xml – Atom feed of newly published quotes
import { atomFeed } from "@/lib/feed/atom";
import { listRecentlyPublishedQuotes } from "@/lib/quotes/public";

export const dynamic = "force-dynamic";

export async function GET() {
  const xml = atomFeed(await listRecentlyPublishedQuotes(50));
  return new Response(xml, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}
