import { apiRoute } from "@/lib/api/route";
import { parseQuery } from "@/lib/query-params";
import { env } from "@/lib/env";
import { requestOrigin } from "@/lib/request-origin";
import { describeStanceExport, exportStances, type ExportFile } from "@/lib/stances/export";
import { stanceExportQuerySchema } from "@/lib/stances/schemas";

// GET /api/v1/stances/export – stream every stance matching the filters as CSV, JSON Lines, Parquet or GraphML, or
// the CSV's Data Package descriptor (token or researcher)
export const GET = apiRoute(async (request, { caller }) => {
  const { format, bom, ...criteria } = parseQuery(stanceExportQuerySchema, request.url);
  const site = requestOrigin(request.headers, env().SITE_URL);
  const file = await exportStances(caller.user, criteria, format, { bom, site });
  return new Response(file.stream, { headers: fileHeaders(file) });
});

// HEAD – the same checks and headers without the file (Next would otherwise answer HEAD by running the whole GET)
export const HEAD = apiRoute(async (request, { caller }) => {
  const { format, bom: _bom, ...criteria } = parseQuery(stanceExportQuerySchema, request.url);
  return new Response(null, { headers: fileHeaders(await describeStanceExport(caller.user, criteria, format)) });
});

function fileHeaders(file: Omit<ExportFile, "stream">): Record<string, string> {
  return {
    "Content-Type": file.contentType,
    "Content-Disposition": `attachment; filename="${file.filename}"`,
    "X-Codebook-Version": file.meta.codebookVersion,
    "X-Export-Filter": file.meta.filter,
  };
}
