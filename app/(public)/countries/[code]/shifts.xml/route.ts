// GET /countries/[code]/shifts.xml – Atom feed of one country's confirmed shifts of position
import { getCountry } from "@/lib/countries/public";
import { shiftsAtom } from "@/lib/feed/shifts-atom";
import { listPublishedShifts } from "@/lib/shifts/public";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/countries/[code]/shifts.xml">) {
  const { code } = await params;
  const country = /^[A-Za-z]{2,8}$/.test(code) ? await getCountry(code) : null;
  if (!country) return new Response("No such country.", { status: 404, headers: { "Content-Type": "text/plain" } });
  return new Response(shiftsAtom(await listPublishedShifts(country.code), country), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}
