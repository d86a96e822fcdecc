// The one Prisma client of the app process. Next.js dev reloads modules, so the client is kept on globalThis
// to avoid opening a new connection pool on every edit.
import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { env } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(env().databaseUrl);
if (env().NODE_ENV !== "production") globalForPrisma.prisma = db;
