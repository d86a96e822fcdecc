"use client";
// Unexpected failures in an admin page or a form's action: shown inside the admin layout, so the navigation stays.
import { ErrorNotice } from "@/components/error-notice";

export default function AdminError(props: { error: Error & { digest?: string }; retry: () => void }) {
  return <ErrorNotice {...props} audience="editor" />;
}
