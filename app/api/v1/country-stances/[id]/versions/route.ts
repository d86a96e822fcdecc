import { apiRoute } from "@/lib/api/route";
import { parseId } from "@/lib/api/params";
import { listVersions } from "@/lib/api/reads/versions";

// GET /api/v1/country-stances/{id}/versions – the published versions of one record, each with its permalink
export const GET = apiRoute<{ id: string }>(async (_request, { params }) =>
  Response.json(await listVersions("CountryStance", parseId(params.id))),
);
