import { apiRoute } from "@/lib/api/route";
import { getPerson } from "@/lib/api/reads/people";

// GET /api/v1/people/{slug} – one speaker, by the slug of their person page
export const GET = apiRoute<{ id: string }>(async (_request, { caller, params }) =>
  Response.json(await getPerson(caller.visibility, params.id)),
);
