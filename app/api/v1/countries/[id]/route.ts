import { apiRoute } from "@/lib/api/route";
import { getCountry } from "@/lib/api/reads/reference";

// GET /api/v1/countries/{code} – one country or organization, by its code (KR, KP, CN, US, UN)
export const GET = apiRoute<{ id: string }>(async (_request, { params }) => Response.json(await getCountry(params.id)));
