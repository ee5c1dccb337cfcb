import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCommentStore } from '../../src/features/comments/store/comment-store';
import { threadKey } from '../../src/features/comments/store/thread-key';
import type { Comment } from '../../src/features/comments/types';
import {
  heading,
  mainForm,
  ownButtons,
  post,
  renderThread,
  reply,
  topLevelArticles,
} from './helpers';
import { FEED, resetComments } from './reset';
import { must } from './must';

beforeEach(resetComments);
afterEach(resetComments);

function seed(comments: Partial<Comment>[]) {
  const record: Record<string, Comment> = {};
  comments.forEach((partial, i) => {
    const at = new Date(Date.UTC(2024, 0, 1, 12, i)).toISOString();
    const comment: Comment = {
      id: `s${i}`,
      threadKey: threadKey(FEED, 'a1'),
      parentId: null,
      author: `Person ${i}`,
      text: `Text ${i}`,
      createdAt: at,
      updatedAt: at,
      ...partial,
    };
    record[comment.id] = comment;
  });
  useCommentStore.setState({ comments: record });
}

describe('comment thread', () => {
  it('is a section named by its count heading', () => {
    renderThread();
    expect(screen.getByRole('region', { name: 'No comments' })).toBeInTheDocument();
    expect(heading()).toHaveTextContent('No comments');
  });

  it('posts a comment, announces it and remembers the name', async () => {
    const { user, unmount } = renderThread();
    await post(user, 'Hello there', 'Ana');

    const article = screen.getByRole('article', { name: /Ana/ });
    expect(within(article).getByText('Hello there')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '1 comment' })).toBeInTheDocument();
    expect(screen.getByText('Comment posted')).toBeInTheDocument();
    expect(within(mainForm()).getByLabelText('Comment')).toHaveValue('');

    const time = within(article).getByText('now');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime');
    expect(time).toHaveAttribute('title');
    const permalink = within(article).getByRole('link', { name: 'Permalink' });
    expect(permalink.getAttribute('href')).toBe(`#${article.id}`);

    unmount();
    renderThread();
    expect(within(mainForm()).getByLabelText('Name')).toHaveValue('Ana');
  });

  it('shows an empty name as Anonymous and keeps line breaks', async () => {
    const { user } = renderThread();
    await post(user, 'one{Enter}two');
    const article = screen.getByRole('article', { name: /Anonymous/ });
    expect(article.querySelector('.comment-text')?.textContent).toBe('one\ntwo');
  });

  it('shows the lines between two lines of three backticks as a block of code', async () => {
    const { user } = renderThread();
    await post(
      user,
      'Try this:{Enter}```js{Enter}if (a) {{{Enter}  run();{Enter}}{Enter}```{Enter}Then https://example.org/ again.{Enter}```{Enter}never closed',
    );
    const article = screen.getByRole('article', { name: /Anonymous/ });
    const code = within(article).getByRole('code');
    expect(code.textContent).toBe('if (a) {\n  run();\n}');
    expect(code.parentElement?.tagName).toBe('PRE');
    // The prose around it as typed, its address a link; a block never closed is prose.
    const prose = within(code.closest('.comment-text') as HTMLElement).getAllByRole('paragraph');
    expect(prose.map((paragraph) => paragraph.textContent)).toEqual([
      'Try this:',
      'Then https://example.org/ again.\n```\nnever closed',
    ]);
    expect(within(article).getByRole('link', { name: 'https://example.org/' })).toBeInTheDocument();
  });

  it('shows lines that open with "> " as a quote, and the rest as typed', async () => {
    const { user } = renderThread();
    await post(
      user,
      'Ana wrote:{Enter}> The 8:10 runs.{Enter}>{Enter}> Every day.{Enter}It does. >_<',
    );
    const article = screen.getByRole('article', { name: /Anonymous/ });
    const quote = within(article).getByRole('blockquote');
    expect(quote.textContent).toBe('The 8:10 runs.\n\nEvery day.');
    const prose = within(quote.closest('.comment-text') as HTMLElement)
      .getAllByRole('paragraph')
      .filter((paragraph) => !quote.contains(paragraph));
    expect(prose.map((paragraph) => paragraph.textContent)).toEqual(['Ana wrote:', 'It does. >_<']);
  });

  it('refuses empty text, a long name and a long comment, keeping what was typed', async () => {
    const { user } = renderThread();
    const form = within(mainForm());
    await user.click(form.getByRole('button', { name: 'Post comment' }));
    const text = form.getByLabelText('Comment');
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveAccessibleDescription(/empty/);
    expect(text).toHaveFocus();

    const name = form.getByLabelText('Name');
    await user.type(name, 'n'.repeat(61));
    await user.type(text, 'fine');
    await user.click(form.getByRole('button', { name: 'Post comment' }));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/up to 60 characters/);
    expect(name).toHaveValue('n'.repeat(61));
    expect(text).toHaveValue('fine');
    expect(heading()).toHaveTextContent('No comments');

    await user.clear(name);
    await user.clear(text);
    await user.click(text);
    await user.paste('x'.repeat(9_880));
    expect(form.getByText('120 characters left')).toBeInTheDocument();
    await user.paste('x'.repeat(130));
    expect(form.getByText('10 characters too many')).toBeInTheDocument();
    await user.click(form.getByRole('button', { name: 'Post comment' }));
    expect(text).toHaveAccessibleDescription(/10,000 characters; this one is 10 over/);
    expect(text).toHaveValue('x'.repeat(10_010));
    expect(heading()).toHaveTextContent('No comments');
  });

  it('counts what is left in the edit form too, near the limit', async () => {
    const { user } = renderThread();
    await post(user, 'Short', 'Ana');
    const mine = screen.getByRole('article', { name: /Ana/ });
    await user.click(within(mine).getByRole('button', { name: 'Edit' }));
    const text = within(mine).getByLabelText('Edit comment');
    expect(within(mine).queryByText(/characters left/)).not.toBeInTheDocument();
    await user.click(text);
    await user.paste('x'.repeat(10_005));
    expect(text).toHaveAccessibleDescription('10 characters too many');
  });

  it('nests a reply inside its parent and can cancel a reply', async () => {
    const { user } = renderThread();
    await post(user, 'Parent', 'Ana');
    const parent = screen.getByRole('article', { name: /Ana/ });

    await user.click(within(parent).getByRole('button', { name: 'Reply' }));
    expect(within(parent).getByLabelText('Comment')).toHaveFocus();
    await user.click(within(parent).getByRole('button', { name: 'Cancel' }));
    expect(within(parent).queryByRole('button', { name: 'Post reply' })).not.toBeInTheDocument();
    expect(within(parent).getByRole('button', { name: 'Reply' })).toHaveFocus();
    // Escape is Cancel too, and what was typed waits as a draft.
    await user.keyboard('{Enter}');
    await user.type(within(parent).getByLabelText('Comment'), 'Half a thought');
    await user.keyboard('{Escape}');
    expect(within(parent).queryByRole('button', { name: 'Post reply' })).not.toBeInTheDocument();
    expect(within(parent).getByRole('button', { name: 'Reply' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(parent).getByLabelText('Comment')).toHaveValue('Half a thought');
    await user.clear(within(parent).getByLabelText('Comment'));
    await user.click(within(parent).getByRole('button', { name: 'Cancel' }));

    await reply(user, parent, 'Child', 'Bo');
    const child = within(parent).getByRole('article', { name: /Bo/ });
    expect(child).toHaveTextContent('Child');
    expect(heading()).toHaveTextContent('2 comments');

    await reply(user, child, 'Grandchild', 'Cy');
    expect(within(child).getByRole('article', { name: /Cy/ })).toBeInTheDocument();
    expect(heading()).toHaveTextContent('3 comments');
  });

  it('edits own comments, which then say "edited"', async () => {
    const { user } = renderThread();
    await post(user, 'First version', 'Ana');
    const article = screen.getByRole('article', { name: /Ana/ });
    await user.click(within(article).getByRole('button', { name: 'Edit' }));
    const box = within(article).getByLabelText('Edit comment');
    expect(box).toHaveValue('First version');
    await user.clear(box);
    await user.click(within(article).getByRole('button', { name: 'Save' }));
    expect(box).toHaveAccessibleDescription(/empty/);
    await user.type(box, 'Second version');
    await user.click(within(article).getByRole('button', { name: 'Save' }));
    expect(article).toHaveTextContent('Second version');
    expect(screen.getByRole('article', { name: /edited/ })).toBe(article);
    expect(within(article).getByRole('button', { name: 'Edit' })).toHaveFocus();
    // Said aloud as the post was, not left saying "Comment posted".
    expect(screen.getByText('Comment saved')).toBeInTheDocument();
    expect(screen.queryByText('Comment posted')).not.toBeInTheDocument();

    // Escape is Cancel.
    await user.keyboard('{Enter}');
    await user.type(within(article).getByLabelText('Edit comment'), ' and more{Escape}');
    expect(within(article).queryByLabelText('Edit comment')).not.toBeInTheDocument();
    expect(article).toHaveTextContent('Second version');
    expect(article).not.toHaveTextContent('and more');
    expect(within(article).getByRole('button', { name: 'Edit' })).toHaveFocus();
  });

  it('deletes a comment with Undo, and leaves a placeholder when it has replies', async () => {
    const { user } = renderThread();
    await post(user, 'Lonely', 'Ana');
    await post(user, 'Parent', 'Bo');
    await reply(user, screen.getByRole('article', { name: /^Bo/ }), 'Child', 'Cy');
    expect(heading()).toHaveTextContent('3 comments');

    await user.click(
      within(screen.getByRole('article', { name: /Ana/ })).getByRole('button', { name: 'Delete' }),
    );
    expect(screen.queryByRole('article', { name: /Ana/ })).not.toBeInTheDocument();
    expect(heading()).toHaveTextContent('2 comments');
    // The status says what happened; the button beside it is not part of what is announced.
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(
      'Comment deleted',
    );
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('article', { name: /Ana/ })).toHaveTextContent('Lonely');
    expect(heading()).toHaveTextContent('3 comments');

    const parent = screen.getByRole('article', { name: /^Bo/ });
    await user.click(must(within(parent).getAllByRole('button', { name: 'Delete' })[0]));
    const placeholder = screen.getByRole('article', { name: '[deleted]' });
    expect(within(placeholder).getByRole('article', { name: /Cy/ })).toHaveTextContent('Child');
    expect(ownButtons(placeholder)).toEqual(['Collapse thread']);
    expect(heading()).toHaveTextContent('2 comments');
  });

  it('says "Comment deleted" again for a second deletion while the first is still said', async () => {
    const { user } = renderThread();
    await post(user, 'First', 'Ana');
    await post(user, 'Second', 'Bo');
    const deleteOf = (name: RegExp) =>
      within(screen.getByRole('article', { name })).getByRole('button', { name: 'Delete' });
    await user.click(deleteOf(/Ana/));
    const said = screen.getByText('Comment deleted');
    await user.click(deleteOf(/Bo/));
    expect(screen.getByText('Comment deleted')).not.toBe(said);
  });

  it('removes the Undo offer after a few seconds once focus has left it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { user } = renderThread();
      await post(user, 'Going', 'Ana');
      await user.click(screen.getByRole('button', { name: 'Delete' }));
      expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
      act(() => vi.advanceTimersByTime(9000));
      expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
      act(() => screen.getByRole('button', { name: 'Undo' }).blur());
      expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('has Edit and Delete only on the reader’s own comments', () => {
    seed([{}, { deleted: true, text: '', author: '' }, { parentId: 's1' }]);
    renderThread();
    const own = screen.getByRole('article', { name: /Person 0/ });
    expect(within(own).getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    // Each names whose comment it acts on, as a screen reader lists buttons apart from the text.
    for (const name of ['Reply', 'Edit', 'Delete']) {
      expect(within(own).getByRole('button', { name })).toHaveAccessibleDescription(/^Person 0 · /);
    }
    const placeholder = screen.getByRole('article', { name: '[deleted]' });
    expect(ownButtons(placeholder)).toEqual(['Collapse thread']);
  });

  it('collapses and expands a sub-thread', async () => {
    seed([{}, { parentId: 's0' }, { parentId: 's1' }, { parentId: 's0' }]);
    const { user } = renderThread();
    const root = screen.getByRole('article', { name: /Person 0/ });
    const toggle = must(within(root).getAllByRole('button', { name: 'Collapse thread' })[0]);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAccessibleName('Expand thread');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(root).getByText('3 replies hidden')).toBeInTheDocument();
    expect(within(root).queryByRole('article')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(within(root).getAllByRole('article')).toHaveLength(3);
  });

  it("sets a commenter's name apart in its own direction, a Hebrew one from the time after it", () => {
    seed([{ author: 'יואב קרני' }]);
    renderThread();
    expect(screen.getByText('יואב קרני')).toHaveAttribute('dir', 'auto');
  });

  it('writes a comment, a reply and an edit in the direction of what is typed (Arabic right to left)', async () => {
    const { user } = renderThread();
    const form = mainForm();
    expect(within(form).getByLabelText('Name')).toHaveAttribute('dir', 'auto');
    expect(within(form).getByLabelText('Comment')).toHaveAttribute('dir', 'auto');
    await post(user, 'مرحبا بالعالم!', 'نور');
    const comment = screen.getByRole('article', { name: /نور/ });
    await user.click(within(comment).getByRole('button', { name: 'Reply' }));
    expect(within(comment).getByLabelText('Comment')).toHaveAttribute('dir', 'auto');
    await user.click(within(comment).getByRole('button', { name: 'Cancel' }));
    await user.click(within(comment).getByRole('button', { name: 'Edit' }));
    expect(within(comment).getByLabelText('Edit comment')).toHaveAttribute('dir', 'auto');
  });

  it('sorts top-level comments; replies stay oldest first', async () => {
    seed([{}, {}, { parentId: 's1' }, { parentId: 's1' }, {}, { parentId: 's4' }]);
    const { user } = renderThread();
    const names = () =>
      topLevelArticles().map((a) => a.querySelector('.comment-author')?.textContent);
    const select = screen.getByLabelText('Sort comments');
    expect(select).toHaveDisplayValue('Oldest first');
    expect(names()).toEqual(['Person 0', 'Person 1', 'Person 4']);
    await user.selectOptions(select, 'Newest first');
    expect(names()).toEqual(['Person 4', 'Person 1', 'Person 0']);
    await user.selectOptions(select, 'Most replies');
    expect(names()).toEqual(['Person 1', 'Person 4', 'Person 0']);
    const replies = within(must(topLevelArticles()[0])).getAllByRole('article');
    expect(replies.map((a) => a.querySelector('.comment-author')?.textContent)).toEqual([
      'Person 2',
      'Person 3',
    ]);
  });

  it('keeps drafts of comments and replies across unmount and remount', async () => {
    seed([{}]);
    const first = renderThread();
    await first.user.type(within(mainForm()).getByLabelText('Comment'), 'half a thought');
    const parent = screen.getByRole('article', { name: /Person 0/ });
    await first.user.click(within(parent).getByRole('button', { name: 'Reply' }));
    await first.user.type(within(parent).getByLabelText('Comment'), 'half a reply');
    first.unmount();

    const second = renderThread();
    expect(within(mainForm()).getByLabelText('Comment')).toHaveValue('half a thought');
    const again = screen.getByRole('article', { name: /Person 0/ });
    expect(within(again).getByLabelText('Comment')).toHaveValue('half a reply');
    await second.user.click(within(again).getByRole('button', { name: 'Post reply' }));
    await second.user.click(screen.getByRole('button', { name: 'Post comment' }));
    second.unmount();

    renderThread();
    expect(within(mainForm()).getByLabelText('Comment')).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Post reply' })).not.toBeInTheDocument();
  });

  it('shows hostile text as text and links only http(s) URLs', async () => {
    const { user, container } = renderThread();
    const form = within(mainForm());
    await user.click(form.getByLabelText('Comment'));
    await user.paste(
      '<img src=x onerror=alert(1)> <b>bold</b> javascript:alert(1) https://example.com/ok',
    );
    await user.click(form.getByRole('button', { name: 'Post comment' }));
    const article = screen.getByRole('article', { name: /Anonymous/ });
    expect(article).toHaveTextContent(
      '<img src=x onerror=alert(1)> <b>bold</b> javascript:alert(1)',
    );
    expect(container.querySelector('img, b')).toBeNull();
    const links = within(article)
      .getAllByRole('link')
      .filter((link) => link.textContent !== 'Permalink');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://example.com/ok');
    expect(links[0]).toHaveAttribute('rel', 'nofollow ugc noopener noreferrer');
  });
});
