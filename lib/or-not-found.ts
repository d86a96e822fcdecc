// The pages' one way from a lib read's NOT_FOUND to Next's 404 page; every other error goes on to the error page.
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
