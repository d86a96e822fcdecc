// Auth.js's route handlers, re-exported for app/api/auth/[...nextauth]/route.ts.
import "server-only";
import { handlers } from "@/lib/auth/config";

export const { GET, POST } = handlers;
