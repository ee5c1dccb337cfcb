import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useCommentStore } from '../../src/features/comments/store/comment-store';
import { threadKey } from '../../src/features/comments/store/thread-key';
import type { Comment } from '../../src/features/comments/types';
import { linkify } from '../../src/features/comments/utils/linkify';
import { validateText } from '../../src/features/comments/utils/validate';
import { mainForm, post, renderThread, reply } from '../comments/helpers';
import { FEED, resetComments } from '../comments/reset';

beforeEach(resetComments);
afterEach(resetComments);

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('a comment that shows nothing', () => {
  it.each([
    '\u200B\u200D\u200C\uFEFF',
    '\u00AD',
    '\u2060\u180E',
    '\u202E\u2066',
    '\u3164\u2800',
    ' \u200B \n\t',
  ])('%j is refused as empty', (text) => {
    expect(validateText(text)).toMatch(/empty/);
  });

  it('is refused in the form, and nothing is posted', async () => {
    const { user } = renderThread();
    const form = within(mainForm());
    await user.click(form.getByLabelText('Comment'));
    await user.paste('\u200B\u200D\u200C\uFEFF');
    await user.click(form.getByRole('button', { name: 'Post comment' }));
    expect(form.getByLabelText('Comment')).toHaveAccessibleDescription(/empty/);
    expect(Object.keys(useCommentStore.getState().comments)).toHaveLength(0);
  });

  it('text with a visible character around zero-width ones is fine', () => {
    expect(validateText('\u200Bok\u200B')).toBeUndefined();
    expect(validateText('👍🏽')).toBeUndefined();
  });
});

describe('links in comment text', () => {
  it('a link’s text holds no bidi control, so it shows its real target', async () => {
    const { user } = renderThread();
    await post(user, 'see https://example.org/\u202Egnp.exe now');
    const link = screen.getByRole('link', { name: 'https://example.org/' });
    expect(link).toHaveAttribute('href', 'https://example.org/');
    expect(link.textContent).not.toMatch(BIDI);
    expect(link).toHaveAttribute('dir', 'ltr');
  });

  it('never puts a bidi control inside any link', () => {
    for (const control of ['\u202E', '\u202D', '\u2066', '\u2067', '\u2068', '\u200F', '\u061C']) {
      const parts = linkify(`a https://example.org/x${control}y.exe b`);
      const links = parts.filter((part) => part.kind === 'link');
      expect(links).toEqual([
        { kind: 'link', text: 'https://example.org/x', href: 'https://example.org/x' },
      ]);
      expect(parts.map((part) => part.text).join('')).toBe(
        `a https://example.org/x${control}y.exe b`,
      );
    }
  });
});

describe('a reply below the deepest level shown', () => {
  /** A chain s0 → … → s5: s5 sits at the deepest indented level. */
  function seedChain() {
    const comments: Record<string, Comment> = {};
    for (let i = 0; i < 6; i++) {
      const at = new Date(Date.UTC(2024, 0, 1, 12, i)).toISOString();
      comments[`s${i}`] = {
        id: `s${i}`,
        threadKey: threadKey(FEED, 'a1'),
        parentId: i ? `s${i - 1}` : null,
        author: `Person ${i}`,
        text: `Text ${i}`,
        createdAt: at,
        updatedAt: at,
      };
    }
    useCommentStore.setState({ comments });
  }

  it('is shown right after posting, with the way on to the rest of the thread', async () => {
    seedChain();
    const { user } = renderThread();
    const deepest = screen.getByRole('article', { name: /Person 5/ });
    await reply(user, deepest, 'My deep reply', 'Ana');
    const mine = within(deepest).getByRole('article', { name: /Ana/ });
    expect(mine).toHaveTextContent('My deep reply');
    expect(within(deepest).getByRole('link', { name: 'Continue this thread' })).toBeVisible();
  });
});
