"use client";
// Unexpected failures in a public page: shown inside the public layout.
import { ErrorNotice } from "@/components/error-notice";

export default function PublicError(props: { error: Error & { digest?: string }; retry: () => void }) {
  return <ErrorNotice {...props} audience="public" />;
}
