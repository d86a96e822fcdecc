import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors";

// Any other path under /api/v1: a JSON 404 (not the site's HTML page), so scripts read the same error shape.
const notFound = apiRoute<{ path: string[] }>(async (request) => {
  throw new AppError("NOT_FOUND", `No endpoint ${new URL(request.url).pathname}; see /api/v1/openapi.json.`);
});

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
