import { apiRoute } from "@/lib/api/route";
import { parseQuery } from "@/lib/query-params";
import { exportAgreementUnits } from "@/lib/agreement/export";
import { agreementExportQuerySchema } from "@/lib/agreement/schemas";

// GET /api/v1/agreement/units – the double-coded units with both codings, coders pseudonymized (token or researcher)
export const GET = apiRoute(async (request, { caller }) => {
  const { format } = parseQuery(agreementExportQuerySchema, request.url);
  const file = await exportAgreementUnits(caller.user, format);
  return new Response(file.body, {
    headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"` },
  });
});
