// Builds a Prisma client for a connection string. The app uses the one in lib/db.ts; scripts, the seed and
// the tests build their own with this, because they run outside Next.js and choose their database.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** `onConnectionLost`: a pooled connection failed outside any query (the server shut down or was killed). */
export function createPrismaClient(
  connectionString: string,
  options: { onConnectionLost?: (error: Error) => void } = {},
): PrismaClient {
  const onError = options.onConnectionLost;
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString }, onError ? { onPoolError: onError, onConnectionError: onError } : {}),
  });
}

export type { PrismaClient };
