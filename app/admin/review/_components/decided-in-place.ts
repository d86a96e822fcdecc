// How a review card looks when the queue's keys (review-keys.tsx) act on it: a visible focus ring, and once decided
// by key (data-done) faded with what happened said under it; its actions are hidden by `group-data-[done]:hidden`.
export const DECIDED_IN_PLACE =
  "group focus:outline-2 focus:outline-blue-600 data-[done]:opacity-70 data-[done]:after:mt-2 data-[done]:after:block data-[done]:after:text-sm data-[done]:after:font-medium data-[done]:after:text-green-800 data-[done]:after:content-[attr(data-done)]";
