// GET /shifts.xml – Atom feed of confirmed shifts of position, every country
import { shiftsAtom } from "@/lib/feed/shifts-atom";
import { listPublishedShifts } from "@/lib/shifts/public";

export const dynamic = "force-dynamic";

export async function GET() {
  return new Response(shiftsAtom(await listPublishedShifts(null), null), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}
