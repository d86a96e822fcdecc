// The sibling of lib/actions.ts's formAction for client components that call a server action with an object
// and need data back (the annotation workspace: the saved quote, or the other editor's version on a conflict).
// Same steps: the session user once per request, the input parsed with its schema, an AppError turned into a
// result with its code, message, field messages and data; anything else is a bug and propagates.
import "server-only";
import type { z } from "zod";
import { isAppError, type ErrorCode } from "@/lib/errors";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/validation";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fields?: Record<string, string[]>; data?: unknown };

export function typedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, user: SessionUser | null) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    try {
      const user = await getCurrentUser();
      return { ok: true, data: await handler(parseInput(schema, raw), user) };
    } catch (error) {
      if (isAppError(error)) return { ok: false, code: error.code, message: error.message, fields: error.details.fields, data: error.details.data };
      throw error;
    }
  };
}
