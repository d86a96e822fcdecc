import { apiRoute } from "@/lib/api/route";
import { parseQuery } from "@/lib/query-params";
import { listQuotes } from "@/lib/api/reads/quotes";
import { quoteListQuerySchema } from "@/lib/stances/schemas";

// GET /api/v1/quotes – list quotes with their stances, filtered and keyset-paginated
export const GET = apiRoute(async (request, { caller }) =>
  Response.json(await listQuotes(caller.visibility, parseQuery(quoteListQuerySchema, request.url))),
);
