import { apiRoute } from "@/lib/api/route";
import { parseQuery } from "@/lib/query-params";
import { listCountryStances } from "@/lib/api/reads/country-stances";
import { countryStanceListQuerySchema } from "@/lib/stances/schemas";

// GET /api/v1/country-stances – list country stance records (an editor's judgement over a period)
export const GET = apiRoute(async (request, { caller }) =>
  Response.json(await listCountryStances(caller.visibility, parseQuery(countryStanceListQuerySchema, request.url))),
);
