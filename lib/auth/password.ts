// Password hashing: argon2id with the library's defaults (OWASP's recommended parameters).
// Hashes embed their own parameters, so raising the cost later keeps old hashes verifiable.
import { hash, verify } from "@node-rs/argon2";

export const PASSWORD_MIN_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}
