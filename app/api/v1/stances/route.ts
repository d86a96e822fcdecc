import { apiRoute } from "@/lib/api/route";
import { parseQuery } from "@/lib/query-params";
import { wantsCsv } from "@/lib/api/params";
import { listStances } from "@/lib/stances/queries";
import { stanceListQuerySchema } from "@/lib/stances/schemas";
import { BOM, CSV_CONTENT_TYPE } from "@/lib/csv";
import { stanceCsvRows } from "@/lib/stances/csv";
import { assertMaySeeStatus } from "@/lib/api/visibility";

// GET /api/v1/stances – list coded stances (JSON, or CSV by Accept: text/csv or ?format=csv), filtered and keyset-paginated
export const GET = apiRoute(async (request, { caller }) => {
  const { format, bom, ...filter } = parseQuery(stanceListQuerySchema, request.url);
  assertMaySeeStatus(caller.user, filter.status);
  const page = await listStances(caller.visibility, filter);
  if (!wantsCsv(request, format)) return Response.json(page);
  // The CSV page carries its cursor in a header: the body stays one table.
  const headers: Record<string, string> = { "Content-Type": CSV_CONTENT_TYPE };
  if (page.next) headers["X-Next-Cursor"] = page.next;
  if (page.total !== undefined) headers["X-Total-Count"] = String(page.total);
  if (page.totalIsLowerBound) headers["X-Total-Is-Lower-Bound"] = "true";
  return new Response((bom ? BOM : "") + stanceCsvRows(page.data, { header: true }), { headers });
});
