// Managing users, and one's own password.
import { changeOwnPassword, changeUserRole, createUser, setUserActive } from "@/lib/users/mutations";
import { listUsers } from "@/lib/users/queries";
import { getEntityHistory } from "@/lib/history/queries";
import { TEST_PASSWORD } from "../../support/users";
import { aResearcher, live, type Case } from "./case";

export const USER_CASES: Case[] = [
  {
    action: "account.changePassword",
    fn: "changeOwnPassword",
    run: (a) =>
      changeOwnPassword(a, {
        currentPassword: TEST_PASSWORD,
        newPassword: TEST_PASSWORD,
        confirmPassword: TEST_PASSWORD,
      }),
  },
  { action: "user.manage", fn: "listUsers", run: (a) => listUsers(a) },
  {
    action: "user.manage",
    fn: "getEntityHistory",
    variant: "User",
    prepare: live,
    run: (a, t) => getEntityHistory(a, { entityType: "User", entityId: t.userId }),
  },
  {
    action: "user.manage",
    fn: "createUser",
    run: (a) =>
      createUser(a, { email: `new-${crypto.randomUUID()}@example.org`, role: "editor", password: TEST_PASSWORD }),
  },
  {
    action: "user.manage",
    fn: "changeUserRole",
    prepare: aResearcher,
    run: (a, t) => changeUserRole(a, { userId: t.userId, role: "editor" }),
  },
  {
    action: "user.manage",
    fn: "setUserActive",
    prepare: aResearcher,
    run: (a, t) => setUserActive(a, { userId: t.userId, active: false }),
  },
];
