// Contributors of a version: everyone who authored or edited its content. The second-editor rule compares the
// approver with all of them, not only with the first author, so an editor who rewrites another's draft cannot
// then approve it (lib/auth/permissions.ts, assertMayPublish).

/** The list with `userId` added once; order kept, so the first entry stays the original author. */
export function withContributor(contributorIds: readonly string[], userId: string): string[] {
  return contributorIds.includes(userId) ? [...contributorIds] : [...contributorIds, userId];
}

/** Contributors plus the record's author (older rows and seeded ones may have an author but no list). */
export function contributorsOf(record: { contributorIds: readonly string[]; authorId?: string | null }): string[] {
  return record.authorId ? withContributor(record.contributorIds, record.authorId) : [...record.contributorIds];
}
