import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { CommentThread } from '../../src/features/comments/components/comment-thread';
import { FEED } from './reset';
import { renderWithProviders } from './render';
import { must } from './must';

export function renderThread(
  props: { commentsUrl?: string; articleId?: string; publishedCount?: number } = {},
  route?: string,
) {
  return renderWithProviders(
    <CommentThread
      feedUrl={FEED}
      articleId={props.articleId ?? 'a1'}
      commentsUrl={props.commentsUrl}
      publishedCount={props.publishedCount}
    />,
    { route },
  );
}

/** The top-level form: the one whose button says "Post comment". */
export function mainForm(): HTMLFormElement {
  return must(screen.getByRole('button', { name: 'Post comment' }).closest('form'));
}

export async function post(user: UserEvent, text: string, name?: string) {
  const form = within(mainForm());
  if (name !== undefined) {
    await user.clear(form.getByLabelText('Name'));
    if (name) await user.type(form.getByLabelText('Name'), name);
  }
  await user.type(form.getByLabelText('Comment'), text);
  await user.click(form.getByRole('button', { name: 'Post comment' }));
}

export async function reply(user: UserEvent, parent: HTMLElement, text: string, name = '') {
  await user.click(must(within(parent).getAllByRole('button', { name: 'Reply' })[0]));
  const form = within(
    must(within(parent).getByRole('button', { name: 'Post reply' }).closest('form')),
  );
  await user.clear(form.getByLabelText('Name'));
  if (name) await user.type(form.getByLabelText('Name'), name);
  await user.type(form.getByLabelText('Comment'), text);
  await user.click(form.getByRole('button', { name: 'Post reply' }));
}

export function heading() {
  return screen.getByRole('heading', { level: 2 });
}

/** Top-level comment articles in order (replies are nested inside them). */
export function topLevelArticles(): HTMLElement[] {
  return screen
    .getAllByRole('article')
    .filter((article) => article.parentElement?.classList.contains('comment-list'));
}

/** Names of the buttons that belong to this comment, not to replies nested in it. */
export function ownButtons(article: HTMLElement): string[] {
  return within(article)
    .getAllByRole('button')
    .filter((button) => button.closest('article') === article)
    .map((button) => button.textContent ?? '');
}
