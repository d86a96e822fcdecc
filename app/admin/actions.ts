"use server";
import { signOutAndRedirect } from "@/lib/auth/sign-in";

export async function signOutAction(): Promise<void> {
  await signOutAndRedirect();
}
