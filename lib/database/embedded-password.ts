// The embedded server's password: random, made once per data folder and kept beside it in `<dataDir>.password`
// (mode 600, inside the git-ignored .data/), so no other local process can sign in with a well-known login.
// Clusters made before this existed were created with postgres:postgres; their first start here moves them to a
// random password (see adoptPassword), so existing data folders keep working.
import crypto from "node:crypto";
import fs from "node:fs";

/** What the clusters of earlier versions were initialised with; accepted only to replace it. */
export const LEGACY_PASSWORD = "postgres";

export function passwordFile(dataDir: string): string {
  return `${dataDir}.password`;
}

/** The folder's password, made (and written before any server learns it) on first use. */
export function readOrCreatePassword(dataDir: string): string {
  const file = passwordFile(dataDir);
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const password = crypto.randomBytes(24).toString("base64url");
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** The password of a server someone else started on this folder; a folder from before random passwords has none. */
export function readPassword(dataDir: string): string {
  const file = passwordFile(dataDir);
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : LEGACY_PASSWORD;
}

/**
 * Makes the running server accept `password`: when it still has the legacy one, sign in with that and change it.
 * The new password is on disk before the change, so a crash in between leaves a folder that the next start fixes.
 */
export async function adoptPassword(url: (password: string) => string, password: string): Promise<void> {
  const { default: pg } = await import("pg");
  const tryConnect = async (candidate: string) => {
    const client = new pg.Client({ connectionString: url(candidate) });
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => {});
      if ((error as { code?: string }).code === "28P01") return null; // password authentication failed
      throw error;
    }
  };
  const current = await tryConnect(password);
  if (current) return void (await current.end());
  const legacy = await tryConnect(LEGACY_PASSWORD);
  if (!legacy) throw new Error("The embedded server accepts neither its stored password nor the legacy one.");
  try {
    await legacy.query(`ALTER ROLE CURRENT_USER PASSWORD ${legacy.escapeLiteral(password)}`);
  } finally {
    await legacy.end();
  }
}
