import { apiRoute } from "@/lib/api/route";
import { getDimension } from "@/lib/api/reads/reference";

// GET /api/v1/dimensions/{key} – one dimension with its positions, by key (instrument, sequencing, parties)
export const GET = apiRoute<{ id: string }>(async (_request, { params }) =>
  Response.json(await getDimension(params.id)),
);
