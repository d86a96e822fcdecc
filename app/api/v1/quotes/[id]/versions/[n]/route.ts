import { apiRoute } from "@/lib/api/route";
import { parseId, parseVersionNumber } from "@/lib/api/params";
import { getQuoteVersionDto } from "@/lib/api/reads/versions";

// GET /api/v1/quotes/{id}/versions/{n} – version n of a published quote, with its content as it read then
export const GET = apiRoute<{ id: string; n: string }>(async (_request, { params }) =>
  Response.json(await getQuoteVersionDto(parseId(params.id), parseVersionNumber(params.n))),
);
