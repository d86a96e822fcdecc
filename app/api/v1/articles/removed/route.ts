import { apiRoute } from "@/lib/api/route";
import { parseQuery } from "@/lib/query-params";
import { listRemovedRecords } from "@/lib/api/reads/removals";
import { removalQuerySchema } from "@/lib/stances/schemas";

// GET /api/v1/articles/removed – articles once published that left the caller's view since `updatedSince`
export const GET = apiRoute(async (request, { caller }) =>
  Response.json(await listRemovedRecords("Article", caller.visibility, parseQuery(removalQuerySchema, request.url))),
);
