import { apiRoute } from "@/lib/api/route";
import { parseId } from "@/lib/api/params";
import { getStance } from "@/lib/stances/queries";

// GET /api/v1/stances/{id} – one coded stance
export const GET = apiRoute<{ id: string }>(async (_request, { caller, params }) =>
  Response.json(await getStance(caller.visibility, parseId(params.id))),
);
