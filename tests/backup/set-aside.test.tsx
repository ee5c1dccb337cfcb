import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { COMMENTS_KEY } from '../../src/features/comments/store/comment-counts';
import { captureDownloads } from '../comments/comment-storage-quota';
import { must } from '../comments/must';
import { reloadStores, resetComments } from '../comments/reset';
import { serveDemo } from '../helpers/demo-feed';
import { renderApp } from '../helpers/render-app';
import '../helpers/blob-text';

const asideKeys = () => Object.keys(localStorage).filter((key) => key.includes(':unreadable:'));

beforeEach(resetComments);
afterEach(() => {
  resetComments();
  localStorage.clear();
});

async function openSettings() {
  serveDemo();
  const app = renderApp('/settings');
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return app;
}

describe('data set aside, on the settings page', () => {
  it('lists each copy of unreadable data, to download and then delete', async () => {
    localStorage.setItem(COMMENTS_KEY, 'not JSON at all');
    await reloadStores();
    expect(asideKeys()).toHaveLength(1);
    const { user } = await openSettings();

    const panel = within(screen.getByRole('region', { name: 'Data set aside' }));
    expect(panel.getByRole('listitem')).toHaveTextContent(
      /^Comments set aside on .+ \(1 KB\) Download Delete$/,
    );
    const { blobs } = captureDownloads();
    await user.click(panel.getByRole('button', { name: /^Download Comments set aside on / }));
    expect(await must(blobs[0]).text()).toBe('not JSON at all');

    await user.click(panel.getByRole('button', { name: /^Delete Comments set aside on / }));
    expect(asideKeys()).toEqual([]);
    expect(panel.getByRole('status')).toHaveTextContent(/^Deleted: Comments set aside on /);
    expect(screen.getByRole('heading', { name: 'Data set aside' })).toHaveFocus();
  });

  it('is not there where nothing was set aside', async () => {
    await openSettings();
    expect(screen.getByRole('region', { name: 'Your data' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Data set aside' })).not.toBeInTheDocument();
  });

  it('leaves the settings page whole where storage is switched off', async () => {
    localStorage.setItem(`${COMMENTS_KEY}:unreadable:1`, 'x');
    const denied = vi.spyOn(Storage.prototype, 'key').mockImplementation(() => {
      throw new DOMException('Access denied', 'SecurityError');
    });
    onTestFinished(() => denied.mockRestore());
    await openSettings();
    expect(screen.getByRole('region', { name: 'Your data' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Data set aside' })).not.toBeInTheDocument();
  });
});
