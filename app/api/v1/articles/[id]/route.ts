import { apiRoute } from "@/lib/api/route";
import { parseId } from "@/lib/api/params";
import { getArticle } from "@/lib/api/reads/articles";

// GET /api/v1/articles/{id} – one article with its text
export const GET = apiRoute<{ id: string }>(async (_request, { caller, params }) =>
  Response.json(await getArticle(caller.visibility, parseId(params.id))),
);
