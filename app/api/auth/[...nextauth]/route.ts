// GET, POST /api/auth/* – Auth.js's own routes (OAuth callbacks, CSRF token, session), protected by its CSRF check.
export { GET, POST } from "@/lib/auth/route-handlers";
