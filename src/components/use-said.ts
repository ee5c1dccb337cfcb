import { useReducer } from 'react';

/** What a status region says, with how many times anything was said into it. */
interface Said<T> {
  value: T;
  /** A key for the words: the same words said again are written anew, and so read out again. */
  n: number;
}

const say = <T>(last: Said<T>, value: T): Said<T> => ({ value, n: last.n + 1 });

/**
 * State for what a form or list says in its status region. A screen reader reads a live region
 * when its content changes: rendered under the key `n`, words said twice in a row (a second
 * "You already follow …") are new content, and read again.
 */
export function useSaid<T>(initial: T) {
  return useReducer(say<T>, { value: initial, n: 0 });
}
