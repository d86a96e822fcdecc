import { apiRoute } from "@/lib/api/route";
import { parseQuery } from "@/lib/query-params";
import { listPeople } from "@/lib/api/reads/people";
import { personListQuerySchema } from "@/lib/stances/schemas";

// GET /api/v1/people – list speakers with their aliases and dated roles, keyset-paginated
export const GET = apiRoute(async (request, { caller }) =>
  Response.json(await listPeople(caller.visibility, parseQuery(personListQuerySchema, request.url))),
);
