import { apiRoute } from "@/lib/api/route";
import { parseQuery } from "@/lib/query-params";
import { listRemovedRecords } from "@/lib/api/reads/removals";
import { removalQuerySchema } from "@/lib/stances/schemas";

// GET /api/v1/country-stances/removed – country stance records once published that left the caller's view since `updatedSince`
export const GET = apiRoute(async (request, { caller }) =>
  Response.json(
    await listRemovedRecords("CountryStance", caller.visibility, parseQuery(removalQuerySchema, request.url)),
  ),
);
