import { apiRoute } from "@/lib/api/route";
import { parseId, parseVersionNumber } from "@/lib/api/params";
import { getCountryStanceVersionDto } from "@/lib/api/reads/versions";

// GET /api/v1/country-stances/{id}/versions/{n} – version n of a published country stance record, with its content as it read then
export const GET = apiRoute<{ id: string; n: string }>(async (_request, { params }) =>
  Response.json(await getCountryStanceVersionDto(parseId(params.id), parseVersionNumber(params.n))),
);
