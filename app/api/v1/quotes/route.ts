import { apiRoute } from "@/lib/api/route";
import { parseQuery } from "@/lib/query-params";
import { listQuotes } from "@/lib/api/reads/quotes";
import { quoteListQuerySchema } from "@/lib/stances/schemas";
import { assertMaySeeStatus } from "@/lib/api/visibility";

// GET /api/v1/quotes – list quotes with their stances, filtered and keyset-paginated
export const GET = apiRoute(async (request, { caller }) => {
  const query = parseQuery(quoteListQuerySchema, request.url);
  assertMaySeeStatus(caller.user, query.status);
  return Response.json(await listQuotes(caller.visibility, query));
});
