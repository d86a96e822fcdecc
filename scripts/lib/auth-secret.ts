// The secret that signs session cookies. A deployment sets AUTH_SECRET; a local run (development, or `npm start`
// on the embedded database) gets one generated once and kept in the git-ignored .data/auth-secret, so sessions
// survive restarts and nobody has to configure anything to try the app.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

const SECRET_FILE = path.join(".data", "auth-secret");

export class MissingAuthSecretError extends Error {
  name = "UserFacingError";
}

export function resolveAuthSecret(context: { production: boolean; localDatabase: boolean }): string {
  const { AUTH_SECRET } = env();
  if (AUTH_SECRET) return AUTH_SECRET;
  if (context.production && !context.localDatabase) {
    throw new MissingAuthSecretError(
      "AUTH_SECRET is not set. A production server needs a secret of at least 32 characters to sign sessions: " +
        "set AUTH_SECRET (for example to the output of `openssl rand -base64 32`) and start again.",
    );
  }
  if (fs.existsSync(SECRET_FILE)) return fs.readFileSync(SECRET_FILE, "utf8").trim();
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  fs.writeFileSync(SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  return secret;
}
