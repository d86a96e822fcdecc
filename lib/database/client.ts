// Builds a Prisma client for a connection string. The app uses the one in lib/db.ts; scripts, the seed and
// the tests build their own with this, because they run outside Next.js and choose their database.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

export type { PrismaClient };
