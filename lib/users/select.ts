// The fields of a user that the audit trail records and the admin pages show (never the password hash).
import type { Prisma } from "@/lib/generated/prisma/client";

export const auditedUserFields = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
} satisfies Prisma.UserSelect;
