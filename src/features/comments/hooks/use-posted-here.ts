import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';

interface PostedHereState {
  /** Ids of the comments posted from this tab since it opened; not persisted. */
  ids: Readonly<Record<string, true>>;
}

const usePostedHere = create<PostedHereState>()(() => ({ ids: {} }));

/** A comment posted from this tab: a long thread shows it wherever it sorts. */
export function markPosted(id: string) {
  usePostedHere.setState((state) => ({ ids: { ...state.ids, [id]: true } }));
}

/** As when the tab opened: nothing posted from it (for tests). */
export function resetPostedHere() {
  usePostedHere.setState({ ids: {} }, true);
}

/**
 * Of `ids`, those before `limit`, any posted from this tab and any of `always`. The same array
 * while that is the same, so a post re-renders only the lists it joins.
 */
export function useShownOrPosted(
  ids: readonly string[],
  limit: number,
  always: readonly string[] = [],
): readonly string[] {
  return usePostedHere(
    useShallow((state) =>
      ids.filter((id, index) => index < limit || state.ids[id] === true || always.includes(id)),
    ),
  );
}
