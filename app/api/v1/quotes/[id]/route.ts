import { apiRoute } from "@/lib/api/route";
import { parseId } from "@/lib/api/params";
import { getQuote } from "@/lib/api/reads/quotes";

// GET /api/v1/quotes/{id} – one quote with its stances
export const GET = apiRoute<{ id: string }>(async (_request, { caller, params }) =>
  Response.json(await getQuote(caller.visibility, parseId(params.id))),
);
