import { apiRoute } from "@/lib/api/route";
import { parseQuery } from "@/lib/query-params";
import { exportStances } from "@/lib/stances/export";
import { StanceExportQuery } from "@/lib/stances/schemas";

// GET /api/v1/stances/export – stream every stance matching the filters as CSV, JSON Lines or GraphML (token or researcher)
export const GET = apiRoute(async (request, { caller }) => {
  const { format, bom, ...criteria } = parseQuery(StanceExportQuery, request.url);
  const file = await exportStances(caller.user, criteria, format, { bom });
  return new Response(file.stream, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "X-Codebook-Version": file.meta.codebookVersion,
      "X-Export-Filter": file.meta.filter,
    },
  });
});
