import { buildOpenApiDocument } from "@/lib/api/openapi";
import { requestOrigin } from "@/lib/request-origin";
import { CORS_HEADERS } from "@/lib/api/cors";

// GET /api/v1/openapi.json – the OpenAPI 3.1 document of this API, generated from its zod schemas; its server is
// the address the document was fetched from
export function GET(request: Request) {
  return Response.json(buildOpenApiDocument(requestOrigin(request.headers, new URL(request.url).origin)), {
    headers: { "Cache-Control": "public, max-age=300", Vary: "Host, X-Forwarded-Host", ...CORS_HEADERS },
  });
}
