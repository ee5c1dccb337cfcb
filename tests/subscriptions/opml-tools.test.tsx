import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OpmlTools } from '../../src/features/subscriptions/components/opml-tools';
import { subscribe } from '../../src/features/subscriptions/store/subscription-actions';
import { activeSubscriptions } from '../../src/features/subscriptions/store/subscription-data';
import { useSubscriptionStore } from '../../src/features/subscriptions/store/subscription-store';
import { resetStorageProblems } from '../../src/lib/persisted-store-problems';
import { captureDownloads } from '../comments/comment-storage-quota';
import { must } from '../comments/must';
import { byFeedUrl, opmlBytes, readFixture } from './opml-fixtures';
import { findStatus } from '../helpers/status';
import '../helpers/blob-text';
import './blob-bytes';

const GOOGLE_READER = 'opml-google-reader-large-dups__AramZS__subscriptions__subscriptions.opml';
const INOREADER = 'opml-inoreader-genuine__Jackevansevo__django-feedreader__inoreader.xml';
const MALFORMED = 'opml-malformed__GetToSet__Subscriptions__Feeds.opml';
const FEEDLY = 'opml-feedly-folders__cudeso__OPML-Security-Feeds__feedly.opml';
const ENGINEERING_BLOGS =
  'opml-bare-file-xmlurl__DreamOfTheRedChamber__engineering-blogs__mySubscriptions.opml';

const fixtureFile = (name: string) => new File([opmlBytes(name)], name, { type: 'text/xml' });
const following = () => activeSubscriptions(useSubscriptionStore.getState());

function renderTools() {
  const user = userEvent.setup();
  render(<OpmlTools />);
  return { user, input: screen.getByLabelText('Import OPML') };
}

beforeEach(() => {
  localStorage.clear();
  resetStorageProblems();
  useSubscriptionStore.setState({ feeds: {} });
});

describe('OpmlTools', () => {
  it('imports a Feedly export and says what came in', async () => {
    const { user, input } = renderTools();
    await user.upload(input, fixtureFile(FEEDLY));
    expect(await findStatus('Imported 124 feeds in 3 folders.')).toBeVisible();
    expect(following()).toHaveLength(124);
    expect(following()).toContainEqual(
      expect.objectContaining({
        feedUrl: 'http://osxdaily.com/feed/',
        title: 'OS X Daily',
        folder: 'Tech',
        siteUrl: 'https://osxdaily.com/',
      }),
    );
    expect(input).toBeEnabled();
  });

  it("puts a file's folder that another reader wrote in another case into the reader's", async () => {
    const { user, input } = renderTools();
    await user.upload(input, fixtureFile(FEEDLY));
    await screen.findByText('Imported 124 feeds in 3 folders.');
    // Feedly's "Tech" (4 feeds), then the engineering blogs' "tech" (22).
    await user.upload(input, fixtureFile(ENGINEERING_BLOGS));
    await screen.findByText(/^Imported 361 feeds in 12 folders\./);
    const folders = following().map(({ folder }) => folder);
    expect(folders.filter((folder) => folder === 'Tech')).toHaveLength(26);
    expect(folders).not.toContain('tech');
  });

  it("puts a feed already followed in no folder into the file's, and leaves one in the reader's", async () => {
    subscribe([
      // At another spelling of the file's address.
      { feedUrl: 'https://osxdaily.com/feed', title: 'OS X Daily' },
      { feedUrl: 'https://labs.ripe.net/RSS', title: 'RIPE Labs', folder: 'Networks' },
    ]);
    const { user, input } = renderTools();
    await user.upload(input, fixtureFile(FEEDLY));
    expect(
      await findStatus(
        'Imported 122 feeds in 3 folders. 2 already subscribed. 1 feed you follow was put in ' +
          'its folder.',
      ),
    ).toBeVisible();
    expect(following()).toHaveLength(124);
    expect(following()).toContainEqual(
      expect.objectContaining({ feedUrl: 'https://osxdaily.com/feed', folder: 'Tech' }),
    );
    expect(following()).toContainEqual(
      expect.objectContaining({ feedUrl: 'https://labs.ripe.net/RSS', folder: 'Networks' }),
    );
    // Imported again, nothing changes: each is in a folder now.
    await user.upload(input, fixtureFile(FEEDLY));
    expect(await screen.findByText('No new feeds. 124 already subscribed.')).toBeInTheDocument();
  });

  it('tells what was already followed and what the file repeated or lacked', async () => {
    subscribe([{ feedUrl: 'http://www.readwriteweb.com/rss.xml', title: 'RWW' }]);
    const { user, input } = renderTools();
    await user.upload(input, fixtureFile(GOOGLE_READER));
    expect(
      await screen.findByText(
        'Imported 669 feeds in 40 folders. 1 already subscribed. 1 feed you follow was put in ' +
          'its folder. 35 feeds listed in several folders are each in the first of them. 1 entry ' +
          'without a feed address was skipped.',
      ),
    ).toBeInTheDocument();
    expect(following()).toHaveLength(670);
    expect(following()).toContainEqual(
      expect.objectContaining({ title: 'RWW', folder: 'On The Media' }),
    );
  });

  it('says so when an address is not http or https', async () => {
    const { user, input } = renderTools();
    await user.upload(input, fixtureFile('opml-nonhttp-xmlurl__jocmp__capyreader__newsblur.xml'));
    expect(
      await screen.findByText(
        'Imported 1 feed. 1 entry with an address that is not http or https was skipped.',
      ),
    ).toBeInTheDocument();
  });

  it('adds 1,810 feeds in one change of the store, a feed listed again over https once', async () => {
    const changes = vi.fn();
    const stop = useSubscriptionStore.subscribe(changes);
    const { user, input } = renderTools();
    await user.upload(input, fixtureFile(INOREADER));
    expect(
      await screen.findByText(
        'Imported 1,810 feeds in 2 folders. 2 feeds listed in several folders are each in the ' +
          'first of them. 1 repeated entry was skipped.',
      ),
    ).toBeInTheDocument();
    stop();
    expect(changes).toHaveBeenCalledOnce();
    expect(following()).toHaveLength(1810);
  });

  it('shows "Importing…" and disables the field while the file is read', async () => {
    let release: (buffer: ArrayBuffer) => void = () => undefined;
    const bytes = opmlBytes('opml-no-version__repat__blog-subscriptions__newsreader.opml');
    vi.spyOn(Blob.prototype, 'arrayBuffer').mockReturnValue(
      new Promise<ArrayBuffer>((resolve) => (release = resolve)),
    );
    const { user, input } = renderTools();
    await user.upload(
      input,
      fixtureFile('opml-no-version__repat__blog-subscriptions__newsreader.opml'),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Importing…');
    expect(input).toBeDisabled();
    release(bytes.buffer);
    expect(await screen.findByText('Imported 17 feeds.')).toBeInTheDocument();
    expect(input).toBeEnabled();
  });

  it('imports what a broken file holds and says where it breaks', async () => {
    const { user, input } = renderTools();
    await user.upload(input, fixtureFile(MALFORMED));
    await screen.findByText(/^Imported 95 feeds/);
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Imported 95 feeds in 9 folders\. .*The file is not well-formed \(line 46: a tag is broken\): check that every feed you follow came through\.$/,
    );
    expect(following()).toHaveLength(95);
  });

  it('refuses a broken file that holds no feed, with the reason, and changes nothing', async () => {
    const before = useSubscriptionStore.getState().feeds;
    const { user, input } = renderTools();
    const broken =
      '<?xml version="1.0"?><opml version="2.0"><body><outline text="A" xmlUrl=</body>';
    await user.upload(input, new File([broken], 'broken.opml', { type: 'text/xml' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^This file is not OPML: line 1: /);
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(useSubscriptionStore.getState().feeds).toBe(before);
    // Found again from the field, not only said once.
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/^This file is not OPML: line 1: /);
  });

  it('exports every subscription to subscriptions.opml', async () => {
    const { blobs, click } = captureDownloads();
    const { user, input } = renderTools();
    await user.upload(input, fixtureFile(GOOGLE_READER));
    await screen.findByText(/^Imported 670 feeds/);
    await user.click(screen.getByRole('button', { name: 'Export OPML' }));
    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    const link = must(click.mock.contexts[0]) as HTMLAnchorElement;
    expect(link.download).toBe('subscriptions.opml');
    const blob = must(blobs[0]);
    expect(blob.type).toBe('text/x-opml;charset=utf-8');
    const text = await blob.text();
    for (const { feedUrl } of following()) {
      expect(text).toContain(`xmlUrl="${feedUrl.replaceAll('&', '&amp;')}"`);
    }
    expect(screen.getByRole('status')).toHaveTextContent('Exported 670 feeds.');
    const { feeds } = readFixture(GOOGLE_READER);
    const exported = new File([text], 'subscriptions.opml', { type: 'text/x-opml' });
    await user.upload(input, exported);
    expect(await screen.findByText('No new feeds. 670 already subscribed.')).toBeInTheDocument();
    expect(
      byFeedUrl(following()).map(({ feedUrl, title, folder, siteUrl, untitled }) => ({
        feedUrl,
        title,
        ...(folder && { folder }),
        ...(siteUrl && { siteUrl }),
        ...(untitled && { untitled }),
      })),
    ).toEqual(byFeedUrl(feeds));
  });
});
