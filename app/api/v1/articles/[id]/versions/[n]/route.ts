import { apiRoute } from "@/lib/api/route";
import { parseId, parseVersionNumber } from "@/lib/api/params";
import { getArticleVersionDto } from "@/lib/api/reads/versions";

// GET /api/v1/articles/{id}/versions/{n} – version n of a published article, with its text as it read then
export const GET = apiRoute<{ id: string; n: string }>(async (_request, { params }) =>
  Response.json(await getArticleVersionDto(parseId(params.id), parseVersionNumber(params.n))),
);
