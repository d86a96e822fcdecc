import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

// GET /api/health – is the app up, its database reachable and fully migrated?
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
