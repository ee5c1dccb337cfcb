import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import type { Ref, RefObject } from 'react';
import { firstAfter, lastBefore, reveal } from '../../../components/reveal';
import { useThread } from './thread-context';

/** What a thread offers the keyboard shortcuts (the app wires n, p and r to it). */
export interface CommentThreadHandle {
  /** Focuses the next or previous comment in reading order, replies included. */
  move: (step: 1 | -1) => boolean;
  /** Opens the reply form of the comment holding focus (its Comment field takes focus). */
  reply: () => boolean;
}

/** Each mounted comment's element, with what opens its reply form (false: it has none). */
export type ReplyOpeners = Map<Element, () => boolean>;

/** Comments mark their element `data-comment`; they are focusable. */
const COMMENT = '[data-comment]';

/** The thread's handle, over the comments shown in `section`. */
export function useThreadKeys(
  ref: Ref<CommentThreadHandle> | undefined,
  section: RefObject<HTMLElement | null>,
): ReplyOpeners {
  const [openers] = useState<ReplyOpeners>(() => new Map());
  useImperativeHandle(ref, () => {
    const focused = () => {
      const comment = document.activeElement?.closest(COMMENT);
      return comment && section.current?.contains(comment) ? comment : null;
    };
    return {
      move(step) {
        const comments = [...(section.current?.querySelectorAll<HTMLElement>(COMMENT) ?? [])];
        const current = focused();
        const from = current ?? document.activeElement ?? document.body;
        const next = current
          ? comments[comments.indexOf(current as HTMLElement) + step]
          : step > 0
            ? firstAfter(comments, from)
            : lastBefore(comments, from);
        if (!next) return false;
        reveal(next);
        return true;
      },
      reply() {
        const comment = focused();
        return Boolean(comment && openers.get(comment)?.());
      },
    };
  }, [section, openers]);
  return openers;
}

/** Lets `r` open this comment's reply form while its element holds focus. */
export function useReplyShortcut(element: RefObject<HTMLElement | null>, reply: () => boolean) {
  const { replyOpeners } = useThread();
  const latest = useRef(reply);
  useLayoutEffect(() => {
    latest.current = reply;
  });
  useEffect(() => {
    const node = element.current;
    if (!node) return;
    replyOpeners.set(node, () => latest.current());
    return () => {
      replyOpeners.delete(node);
    };
  }, [element, replyOpeners]);
}
