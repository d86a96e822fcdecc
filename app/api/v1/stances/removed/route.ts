import { apiRoute } from "@/lib/api/route";
import { parseQuery } from "@/lib/query-params";
import { listStanceRemovals } from "@/lib/stances/removals";
import { removalQuerySchema } from "@/lib/stances/schemas";

// GET /api/v1/stances/removed – stances that left the caller's view since `updatedSince` (for an incremental sync)
export const GET = apiRoute(async (request, { caller }) => {
  return Response.json(await listStanceRemovals(caller.visibility, parseQuery(removalQuerySchema, request.url)));
});
