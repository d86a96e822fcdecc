import { buildOpenApiDocument } from "@/lib/api/openapi";
import { env } from "@/lib/env";

// GET /api/v1/openapi.json – the OpenAPI 3.1 document of this API, generated from its zod schemas
export function GET() {
  return Response.json(buildOpenApiDocument(env().SITE_URL), { headers: { "Cache-Control": "public, max-age=300" } });
}
