import { apiRoute } from "@/lib/api/route";
import { parseQuery } from "@/lib/query-params";
import { listDimensions } from "@/lib/api/reads/reference";
import { noQuerySchema } from "@/lib/stances/schemas";

// GET /api/v1/dimensions – the codebook: every dimension with its positions (one page)
export const GET = apiRoute(async (request) => {
  parseQuery(noQuerySchema, request.url);
  return Response.json({ data: await listDimensions(), next: null });
});
