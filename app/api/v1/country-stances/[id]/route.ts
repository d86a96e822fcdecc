import { apiRoute } from "@/lib/api/route";
import { parseId } from "@/lib/api/params";
import { getCountryStance } from "@/lib/api/reads/country-stances";

// GET /api/v1/country-stances/{id} – one country stance record with its visible evidence
export const GET = apiRoute<{ id: string }>(async (_request, { caller, params }) =>
  Response.json(await getCountryStance(caller.visibility, parseId(params.id))),
);
