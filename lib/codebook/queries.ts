// The codebook for coding: the dimensions open for new coding, with all their positions (retired ones marked, so
// a quote coded under one still shows it). The same read as the public codebook page, less retired dimensions.
import "server-only";
import { getCodebook, type DimensionDto, type PositionDto } from "@/lib/codebook/public";

export type CodingPosition = PositionDto;
export type CodingDimension = DimensionDto;

export async function getCodingCodebook(): Promise<CodingDimension[]> {
  return (await getCodebook()).filter((dimension) => !dimension.retired);
}
