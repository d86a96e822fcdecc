// Prisma 7 CLI configuration. The app itself never reads this file: lib/db.ts builds its own client.
// `prisma generate` needs no database; DATABASE_URL is read lazily for the commands that do.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://unused@localhost/unused" },
});
