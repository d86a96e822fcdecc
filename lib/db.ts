// The one Prisma client of the app process, created on first use: `next build` imports every route to collect
// its configuration, with no database around, so nothing may connect (or demand DATABASE_URL) at import time.
// Next.js dev reloads modules, so the client is kept on globalThis to avoid a new connection pool per edit.
import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { env } from "@/lib/env";
import { noteDatabaseError } from "@/lib/database/availability";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(env().databaseUrl, { onConnectionLost: noteDatabaseError });
  return globalForPrisma.prisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_, property) {
    const real = client();
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
