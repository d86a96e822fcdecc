// The wrappers for server actions, one per way a page calls them: `formAction` for <form action>, which gets
// FormData and shows a message beside the fields; `dataAction` for client components that call an action with an
// object and need data back (the annotation workspace: the saved quote, or the other editor's version on a
// conflict). Both resolve the session once per request, parse the input with the action's schema, and turn an
// AppError into a result; anything else is a bug and propagates. Next.js already refuses server action calls whose
// Origin is not this host (CSRF). Permission checks stay in lib, not here. An action that changed the record
// refreshes the cached public pages when it is done (lib/public-cache.ts).
import "server-only";
import type { z } from "zod";
import { isAppError, type AppError, type ErrorCode } from "@/lib/errors";
import { headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { recordRefusal } from "@/lib/audit/security";
import type { SessionUser } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/validation";
import { refreshingPublicPages, type PublicRefresh } from "@/lib/public-cache";
import { appErrorFromDatabase } from "@/lib/database/database-errors";

/** What a form shows after its action ran: a message, messages beside the fields named in `fields`, and any data. */
export type FormState = { ok: boolean; message?: string; fields?: Record<string, string[]>; data?: unknown } | null;

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fields?: Record<string, string[]>; data?: unknown };

export function formAction<S extends z.ZodType>(
  schema: S,
  // Most handlers are lib functions that return nothing: the form then shows plain success.
  handler: (input: z.output<S>, user: SessionUser | null) => Promise<FormState | undefined> | Promise<void>,
): (previous: FormState, formData: FormData) => Promise<FormState> {
  return async (_previous, formData) => {
    const result = await run(
      schema,
      Object.fromEntries(formData),
      async (input, user) => (await handler(input, user)) || undefined,
    );
    return result.ok
      ? (result.data ?? { ok: true })
      : { ok: false, message: result.message, fields: result.fields, data: result.data };
  };
}

/**
 * `options.publicRefresh`: "after-answer" for a caller that updates its page itself (lib/public-cache.ts says why);
 * by default the public pages are refreshed before the answer, which then carries the calling page rendered again
 * whenever the action changed something public.
 */
export function dataAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, user: SessionUser | null) => Promise<T>,
  options: { publicRefresh?: PublicRefresh } = {},
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return (raw) => run(schema, raw, handler, options.publicRefresh);
}

async function run<S extends z.ZodType, T>(
  schema: S,
  raw: unknown,
  handler: (input: z.output<S>, user: SessionUser | null) => Promise<T>,
  publicRefresh?: PublicRefresh,
): Promise<ActionResult<T>> {
  let user: SessionUser | null = null;
  try {
    user = await getCurrentUser();
    const input = parseInput(schema, raw);
    return { ok: true, data: await refreshingPublicPages(() => handler(input, user), publicRefresh) };
  } catch (error) {
    // redirect() and notFound() throw their own errors: those pass through to Next.js.
    const fromDatabase = appErrorFromDatabase(error);
    if (fromDatabase) return failure(fromDatabase);
    if (!isAppError(error)) throw error;
    await recordRefusal(error, user?.id ?? null, `server action from ${(await callingPage()) ?? "an unknown page"}`);
    return failure(error);
  }
}

function failure(error: AppError): ActionResult<never> {
  return {
    ok: false,
    code: error.code,
    message: error.message,
    fields: error.details.fields,
    data: error.details.data,
  };
}

/** The page a server action was called from (its Referer), for the audit row of a refusal. */
async function callingPage(): Promise<string | null> {
  try {
    return (await headers()).get("referer");
  } catch {
    return null; // called outside a request (a script or a test)
  }
}
