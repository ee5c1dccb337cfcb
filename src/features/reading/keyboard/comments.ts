import { firstAfter, lastBefore, reveal } from '../../../components/reveal';

/** Comment threads mark each comment article `data-comment`; they are focusable. */
function listComments(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-comment]')];
}

function currentComment(): HTMLElement | null {
  return document.activeElement?.closest<HTMLElement>('[data-comment]') ?? null;
}

/** n and p: focus the next or previous comment in reading order, replies included. */
export function moveComment(step: 1 | -1): boolean {
  const comments = listComments();
  const current = currentComment();
  const from = current ?? document.activeElement ?? document.body;
  const next = current
    ? comments[comments.indexOf(current) + step]
    : step > 0
      ? firstAfter(comments, from)
      : lastBefore(comments, from);
  if (!next) return false;
  reveal(next);
  return true;
}

/** r: opens the reply form of the current comment (its Comment field takes focus). */
export function replyToComment(): boolean {
  const comment = currentComment();
  const button = comment?.querySelector<HTMLButtonElement>(
    ':scope > .comment-actions > [data-reply]',
  );
  if (!comment || !button) return false;
  if (button.getAttribute('aria-expanded') === 'true') {
    comment.querySelector<HTMLElement>(':scope > form textarea')?.focus();
  } else {
    button.click();
  }
  return true;
}
