import { apiRoute } from "@/lib/api/route";
import { parseQuery } from "@/lib/query-params";
import { listArticles } from "@/lib/api/reads/articles";
import { articleListQuerySchema } from "@/lib/stances/schemas";

// GET /api/v1/articles – list articles, newest first, keyset-paginated
export const GET = apiRoute(async (request, { caller }) =>
  Response.json(await listArticles(caller.visibility, parseQuery(articleListQuerySchema, request.url))),
);
