// The one wrapper for server actions: resolve the session (once per request), parse the form with the action's
// schema, run the lib call, and turn an AppError into a form message with field errors. Next.js already refuses
// server action calls whose Origin is not this host (CSRF). Permission checks stay in lib, not here.
import "server-only";
import type { z } from "zod";
import { isAppError } from "@/lib/errors";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/validation";

/** What a form shows after its action ran: a message, and messages beside the fields named in `fields`. */
export type FormState = { ok: boolean; message?: string; fields?: Record<string, string[]> } | null;

export function formAction<S extends z.ZodType>(
  schema: S,
  handler: (input: z.output<S>, user: SessionUser | null) => Promise<FormState | void>,
): (previous: FormState, formData: FormData) => Promise<FormState> {
  return async (_previous, formData) => {
    try {
      const user = await getCurrentUser();
      const input = parseInput(schema, Object.fromEntries(formData));
      return (await handler(input, user)) ?? { ok: true };
    } catch (error) {
      // redirect() and notFound() throw their own errors: those pass through to Next.js.
      if (isAppError(error)) return { ok: false, message: error.message, fields: error.details.fields };
      throw error;
    }
  };
}
