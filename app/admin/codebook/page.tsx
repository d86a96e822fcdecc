import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCodebook } from "@/lib/codebook/public";
import { NotAllowed } from "../_components/not-allowed";
import { DimensionSection } from "./_components/dimension-section";
import { NewDimensionForm } from "./_components/new-dimension-form";

export const metadata: Metadata = { title: "Codebook" };

export default async function CodebookPage() {
  const user = await getCurrentUser();
  if (!can(user, "codebook.edit")) return <NotAllowed what="editing the codebook" />;
  const codebook = await getCodebook();
  return (
    <main className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">Codebook</h1>
        <p className="mt-1 text-sm text-slate-600">
          Keys never change once added. Retired entries are closed to new coding; records coded under them keep them.
        </p>
      </header>
      {codebook.map((dimension, index) => (
        <DimensionSection
          key={dimension.id}
          dimension={dimension}
          first={index === 0}
          last={index === codebook.length - 1}
        />
      ))}
      <NewDimensionForm />
    </main>
  );
}
