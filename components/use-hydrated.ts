// True once a client component renders in the browser, false on the server and while hydrating, with no effect
// and no second render of its own: for the parts that only make sense with JavaScript (they render nothing before).
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
