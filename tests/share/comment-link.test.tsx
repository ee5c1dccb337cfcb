import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ORIGIN } from '../helpers/render-app';
import { articlePath, renderReader, resetReading, ROASTERY, serveDemo } from '../reading/helpers';

beforeEach(() => {
  resetReading();
  serveDemo();
});
afterEach(resetReading);

async function openThread(query = '') {
  const app = renderReader(articlePath(ROASTERY.id, query));
  const writeText = vi.fn(async () => undefined);
  // user-event installs its own clipboard on setup; this one replaces it for the test.
  vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
  await screen.findByRole('heading', { level: 2, name: '4 comments' });
  return { ...app, writeText };
}

describe('Copy link on a comment', () => {
  it('names whose comment it links to and copies its absolute address', async () => {
    const { user, writeText } = await openThread();
    const olu = screen.getByRole('article', { name: /^Olu/ });
    const button = within(olu).getByRole('button', { name: 'Copy link to Olu’s comment' });
    expect(button).toHaveTextContent('Copy link');
    await user.click(button);
    expect(writeText).toHaveBeenCalledWith(`${ORIGIN}${articlePath(ROASTERY.id)}#comment-c1`);
    await waitFor(() => expect(within(olu).getByText('Link copied')).toBeInTheDocument());
    expect(screen.getAllByRole('button', { name: /^Copy link to .*’s comment$/ })).toHaveLength(4);
  });

  it('keeps ?feed= in the address', async () => {
    const { user, writeText } = await openThread('?feed=%2Fdata%2Ffeed.json');
    await user.click(
      screen.getByRole('button', { name: 'Copy link to Harbour Roasters’s comment' }),
    );
    expect(writeText).toHaveBeenCalledWith(
      `${ORIGIN}${articlePath(ROASTERY.id)}?feed=%2Fdata%2Ffeed.json#comment-c3`,
    );
  });
});
