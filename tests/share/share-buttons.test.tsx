import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch } from '../helpers/fake-fetch';
import { demoPage } from '../helpers/fixtures';
import { DEMO_FEED, ORIGIN, renderApp } from '../helpers/render-app';

const SEED_ID =
  'https://broadsheet.example/2019/06/30/putin-reiterates-north-korea-security-guarantees';
const SEED_TITLE = 'Putin Reiterates That North Korea Requires Security Guarantees';
const SEED_PATH = `/articles/${encodeURIComponent(SEED_ID)}`;

/** The article page, with a clipboard whose writeText does what `write` says. */
async function openArticle(path: string, write?: (text: string) => Promise<void>) {
  const app = renderApp(path);
  // user-event installs its own clipboard on setup; this one replaces it for the test.
  const writeText = vi.fn(write ?? (async () => undefined));
  vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
  await screen.findByRole('heading', { level: 1, name: SEED_TITLE });
  const actions = screen.getByRole('button', { name: 'Copy link' }).closest('.article-actions');
  return { ...app, writeText, actions: actions as HTMLElement };
}

function stubShare(share: (data: ShareData) => Promise<void>) {
  const fn = vi.fn(share);
  Object.defineProperty(navigator, 'share', { value: fn, configurable: true, writable: true });
  return fn;
}

beforeEach(() => {
  fakeFetch({ [DEMO_FEED]: demoPage('feed.json') });
});

afterEach(() => {
  delete (navigator as { share?: unknown }).share;
});

describe('Copy link', () => {
  it('sits next to "Save for offline" and copies the absolute address of the article', async () => {
    const { user, writeText, actions } = await openArticle(SEED_PATH);
    expect(within(actions).getByRole('button', { name: 'Save for offline' })).toBeInTheDocument();
    await user.click(within(actions).getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${ORIGIN}${SEED_PATH}`);
    expect(await within(actions).findByText('Link copied')).toHaveAttribute('role', 'status');
  });

  it('keeps ?feed= in the address when reading another feed', async () => {
    const { user, writeText } = await openArticle(`${SEED_PATH}?feed=%2Fdata%2Ffeed.json`);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${ORIGIN}${SEED_PATH}?feed=%2Fdata%2Ffeed.json`);
  });

  it('offers the address selected in a field to copy by hand when the clipboard refuses', async () => {
    const { user } = await openArticle(SEED_PATH, () =>
      Promise.reject(new DOMException('Not allowed', 'NotAllowedError')),
    );
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Link' });
    expect(field).toHaveValue(`${ORIGIN}${SEED_PATH}`);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect(screen.getByText('Press Ctrl+C to copy')).toHaveAttribute('role', 'status');
    expect(screen.queryByText('Link copied')).not.toBeInTheDocument();
  });

  it('falls back the same way when there is no clipboard at all', async () => {
    const { user } = await openArticle(SEED_PATH);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('textbox', { name: 'Link' })).toHaveValue(
      `${ORIGIN}${SEED_PATH}`,
    );
  });
});

describe('Share', () => {
  it('is not offered where the browser cannot share', async () => {
    await openArticle(SEED_PATH);
    expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();
  });

  it('opens the share sheet with the title and address', async () => {
    const share = stubShare(async () => undefined);
    const { user } = await openArticle(SEED_PATH);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledWith({ title: SEED_TITLE, url: `${ORIGIN}${SEED_PATH}` });
  });

  it('says nothing when the reader closes the share sheet, and says so when sharing fails', async () => {
    let failure = new DOMException('Share canceled', 'AbortError');
    stubShare(() => Promise.reject(failure));
    const { user } = await openArticle(SEED_PATH);
    const button = screen.getByRole('button', { name: 'Share' });
    const status = within(button.parentElement as HTMLElement).getByRole('status');
    await user.click(button);
    expect(status).toBeEmptyDOMElement();

    failure = new DOMException('Permission denied', 'NotAllowedError');
    await user.click(button);
    expect(status).toHaveTextContent('Could not open sharing; copy the link instead.');
  });
});
