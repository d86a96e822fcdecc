import { apiRoute } from "@/lib/api/route";
import { parseQuery } from "@/lib/query-params";
import { listCountries } from "@/lib/api/reads/reference";
import { noQuerySchema } from "@/lib/stances/schemas";

// GET /api/v1/countries – list every country and organization (reference data, one page)
export const GET = apiRoute(async (request) => {
  parseQuery(noQuerySchema, request.url);
  return Response.json({ data: await listCountries(), next: null });
});
