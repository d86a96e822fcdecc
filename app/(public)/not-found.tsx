import Link from "next/link";

export default function PublicNotFound() {
  return (
    <div className="max-w-prose">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-700">
        There is no published record at this address. It may never have existed, or it may have been withdrawn.
      </p>
      <p className="mt-4">
        <Link href="/" className="underline">
          Back to the overview
        </Link>
      </p>
    </div>
  );
}
