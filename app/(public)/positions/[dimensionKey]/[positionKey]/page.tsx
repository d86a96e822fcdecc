import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getPosition } from "@/lib/codebook/public";
import { pageMetadata } from "@/lib/public-metadata";
import { paths } from "@/lib/public-routes";
import { PositionHeading } from "./_components/position-heading";
import { PositionHolders } from "./_components/position-holders";
import { PositionStatements } from "./_components/position-statements";

// None at build (no database then): each page renders on first request, then is cached (app/(public)/layout.tsx).
export async function generateStaticParams() {
  return [];
}

const KEY = /^[a-z0-9_]{1,60}$/;
const findPosition = cache(async (dimensionKey: string, positionKey: string) =>
  KEY.test(dimensionKey) && KEY.test(positionKey) ? getPosition(dimensionKey, positionKey) : null,
);

export async function generateMetadata({
  params,
}: PageProps<"/positions/[dimensionKey]/[positionKey]">): Promise<Metadata> {
  const { dimensionKey, positionKey } = await params;
  const position = await findPosition(dimensionKey, positionKey);
  if (!position) return { title: "Not found" };
  return pageMetadata({
    title: `${position.dimension.label}: ${position.label}`,
    description: `Who held the position “${position.label}” on ending the Korean War, and when. ${position.definition}`,
    path: paths.position(position.dimension.key, position.key),
  });
}

export default async function PositionPage({ params }: PageProps<"/positions/[dimensionKey]/[positionKey]">) {
  const { dimensionKey, positionKey } = await params;
  const position = await findPosition(dimensionKey, positionKey);
  if (!position) notFound();
  return (
    <div className="space-y-10">
      <PositionHeading position={position} />
      <PositionHolders positionId={position.id} />
      <PositionStatements position={position} />
    </div>
  );
}
