"use client";
// Inside the admin layout (nav kept), naming what was not found; the path is all a not-found page knows.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { describeMissing } from "@/lib/admin-home/missing";

export default function AdminNotFound() {
  const missing = describeMissing(usePathname() ?? "/admin");
  return (
    <main className="max-w-prose">
      <h1 className="text-2xl font-semibold">Not found: {missing}</h1>
      <p className="mt-2 text-slate-700">
        There is no {missing} here. It may have been deleted, merged into another record, or the address mistyped.
      </p>
      <p className="mt-4">
        <Link href="/admin" className="underline">
          Back to your inbox
        </Link>
      </p>
    </main>
  );
}
