import { apiRoute } from "@/lib/api/route";
import { parseQuery } from "@/lib/query-params";
import { describeAgreementUnits, exportAgreementUnits } from "@/lib/agreement/export";
import { agreementExportQuerySchema } from "@/lib/agreement/schemas";

// GET /api/v1/agreement/units – the double-coded units with both codings, coders pseudonymized (token or researcher)
export const GET = apiRoute(async (request, { caller }) => {
  const { format } = parseQuery(agreementExportQuerySchema, request.url);
  const file = await exportAgreementUnits(caller.user, format);
  return new Response(file.body, { headers: fileHeaders(file) });
});

// HEAD – the same checks and headers without building the file (Next would otherwise run the whole GET)
export const HEAD = apiRoute(async (request, { caller }) => {
  const { format } = parseQuery(agreementExportQuerySchema, request.url);
  return new Response(null, { headers: fileHeaders(await describeAgreementUnits(caller.user, format)) });
});

function fileHeaders(file: { contentType: string; filename: string }): Record<string, string> {
  return { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"` };
}
