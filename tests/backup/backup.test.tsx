import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createBackup, parseBackup, restoreBackup } from '../../src/app/backup';
import type { Backup } from '../../src/app/backup';
import { articleQuery } from '../../src/features/feed/api/article-queries';
import { useCommentStore } from '../../src/features/comments/store/comment-store';
import { draftKey, useDraftStore } from '../../src/features/comments/store/draft-store';
import { threadKey } from '../../src/features/comments/store/thread-key';
import type { Comment } from '../../src/features/comments/types';
import { savedKey, useSavedStore } from '../../src/features/offline/store/saved-store';
import type { SavedArticle } from '../../src/features/offline/store/saved-store';
import { useReadingStore } from '../../src/features/reading/store/reading-store';
import { DEFAULT_SETTINGS } from '../../src/features/settings/settings';
import { useSettingsStore } from '../../src/features/settings/store/settings-store';
import type { Subscription } from '../../src/features/subscriptions/store/subscription-data';
import {
  defaultSubscriptions,
  useSubscriptionStore,
} from '../../src/features/subscriptions/store/subscription-store';
import { articleKey } from '../../src/lib/article-ref';
import { must } from '../comments/must';
import { serveDemo } from '../helpers/demo-feed';
import { findStatus } from '../helpers/status';
import { DEMO_FEED, renderApp } from '../helpers/render-app';
import { resetReading } from '../reading/helpers';
import { resetSettings } from '../settings/reset';
import '../helpers/blob-text';

// The query cache is written to IndexedDB, here in memory.
vi.mock('idb-keyval', () => import('../offline/saved-idb-memory'));

const AT = '2024-05-01T10:00:00.000Z';
const SEED_ID =
  'https://broadsheet.example/2019/06/30/putin-reiterates-north-korea-security-guarantees';
const SEED_TITLE = 'Putin Reiterates That North Korea Requires Security Guarantees';
const LATER = '2024-06-01T10:00:00.000Z';
const mark = (id: string) => articleKey({ feedUrl: DEMO_FEED, id });
/** The comment box of article a1's thread, and the reply box under comment c1. */
const BOX = draftKey(threadKey(DEMO_FEED, 'a1'), null);
const REPLY_BOX = draftKey(threadKey(DEMO_FEED, 'a1'), 'c1');

function comment(id: string, author: string): Comment {
  const key = threadKey(DEMO_FEED, 'a1');
  return {
    id,
    threadKey: key,
    parentId: null,
    author,
    text: `By ${author}`,
    createdAt: AT,
    updatedAt: AT,
  };
}

function article(id: string): SavedArticle {
  return { feedUrl: DEMO_FEED, feedParam: null, id, title: `Article ${id}`, savedAt: AT };
}

const EXTRA: Subscription = {
  feedUrl: 'https://example.com/feed.xml',
  title: 'Example',
  folder: 'News',
  addedAt: AT,
  changedAt: AT,
};

function resetAll() {
  resetReading();
  resetSettings();
  useSavedStore.setState({ saved: {} });
  useSubscriptionStore.setState({ feeds: {} });
  useDraftStore.setState({ drafts: {}, times: {}, name: '', nameAt: new Date(0).toISOString() });
}

/**
 * A reader with two comments, a reply not yet sent, one saved article, two read marks, three
 * subscriptions (the bundled two and one in a folder) and dark sepia settings.
 */
function seed() {
  useCommentStore.setState({ comments: { c1: comment('c1', 'Mira'), c2: comment('c2', 'Jonas') } });
  useDraftStore.setState({
    drafts: { [REPLY_BOX]: 'Half a reply' },
    times: { [REPLY_BOX]: AT },
    name: 'Mira',
    nameAt: AT,
  });
  useSavedStore.setState({ saved: { [savedKey(DEMO_FEED, 'a1')]: article('a1') } });
  useReadingStore.setState({
    read: { [mark('a1')]: AT, [mark('a2')]: AT },
    visits: { [DEMO_FEED]: { current: AT } },
  });
  useSubscriptionStore.setState({
    feeds: { ...defaultSubscriptions().feeds, [EXTRA.feedUrl]: EXTRA },
  });
  useSettingsStore.setState({
    theme: 'sepia',
    textSize: 'large',
    lineWidth: 'wide',
    typeface: 'sans',
  });
}

function restore(backup: unknown) {
  const parsed = parseBackup(JSON.stringify(backup));
  if (!parsed.ok) throw new Error(parsed.reason);
  return restoreBackup(parsed.backup);
}

function settingsNow() {
  const { theme, textSize, lineWidth, typeface, relay } = useSettingsStore.getState();
  return { theme, textSize, lineWidth, typeface, relay };
}

beforeEach(resetAll);
afterEach(resetAll);

describe('backup', () => {
  it('exports every section from the stores', () => {
    seed();
    const backup = createBackup(new Date(LATER));
    expect(backup).toEqual({
      format: 'broadsheet-backup',
      version: 1,
      exportedAt: LATER,
      comments: [comment('c1', 'Mira'), comment('c2', 'Jonas')],
      drafts: {
        drafts: { [REPLY_BOX]: 'Half a reply' },
        times: { [REPLY_BOX]: AT },
        name: 'Mira',
        nameAt: AT,
      },
      saved: [article('a1')],
      reading: {
        read: { [DEMO_FEED]: { a1: AT, a2: AT } },
        visits: { [DEMO_FEED]: { current: AT } },
      },
      settings: {
        theme: 'sepia',
        textSize: 'large',
        lineWidth: 'wide',
        typeface: 'sans',
        relay: '',
      },
      subscriptions: expect.arrayContaining([EXTRA]) as unknown,
    });
    expect(backup.subscriptions).toHaveLength(3);
  });

  it('restores everything into empty stores', () => {
    seed();
    const backup = JSON.parse(JSON.stringify(createBackup())) as Backup;
    resetAll();
    expect(restore(backup)).toEqual({
      comments: 2,
      drafts: 1,
      saved: 1,
      reading: 2,
      settings: true,
      subscriptions: 3,
      skipped: [],
      unreadable: 0,
    });
    expect(Object.keys(useCommentStore.getState().comments).sort()).toEqual(['c1', 'c2']);
    expect(useDraftStore.getState()).toMatchObject({
      drafts: { [REPLY_BOX]: 'Half a reply' },
      name: 'Mira',
    });
    expect(useSavedStore.getState().saved).toEqual({ [savedKey(DEMO_FEED, 'a1')]: article('a1') });
    expect(useReadingStore.getState().read).toEqual({ [mark('a1')]: AT, [mark('a2')]: AT });
    expect(useReadingStore.getState().visits).toEqual({ [DEMO_FEED]: { current: AT } });
    expect(settingsNow()).toEqual(backup.settings);
    expect(useSubscriptionStore.getState().feeds[EXTRA.feedUrl]).toMatchObject({
      title: 'Example',
      folder: 'News',
    });
  });

  it('restores the relay address; a backup without one leaves the reader’s alone', () => {
    const relay = 'https://relay.example/feed?url={url}';
    useSettingsStore.getState().change('relay', relay);
    const backup = JSON.parse(JSON.stringify(createBackup())) as Backup;
    expect(backup.settings.relay).toBe(relay);
    resetAll();
    restore(backup);
    expect(useSettingsStore.getState().relay).toBe(relay);
    restore({ ...backup, settings: { ...backup.settings, relay: undefined } });
    expect(useSettingsStore.getState().relay).toBe(relay);
  });

  it('brings unsent comments box by box: a box changed here since keeps what it holds', () => {
    seed();
    useDraftStore.setState((state) => ({
      drafts: { ...state.drafts, [BOX]: 'A comment begun elsewhere' },
      times: { ...state.times, [BOX]: AT },
    }));
    const backup = JSON.parse(JSON.stringify(createBackup())) as Backup;
    // Here, since: the reply was finished and sent (its box cleared), the name changed.
    useDraftStore.setState({
      drafts: {},
      times: { [REPLY_BOX]: LATER },
      name: 'M.',
      nameAt: LATER,
    });
    expect(restore(backup).drafts).toBe(1);
    expect(useDraftStore.getState()).toMatchObject({
      drafts: { [BOX]: 'A comment begun elsewhere' },
      name: 'M.',
    });
    // The same backup again brings nothing new.
    expect(restore(backup).drafts).toBe(0);
  });

  it('reads a backup from before drafts travelled, and skips a drafts section of the wrong shape', () => {
    seed();
    const older: Partial<Backup> = JSON.parse(JSON.stringify(createBackup())) as Backup;
    delete older.drafts;
    resetAll();
    expect(restore(older)).not.toHaveProperty('drafts');
    expect(restore({ ...older, drafts: 'not a map' }).skipped).toEqual(['drafts']);
    expect(useDraftStore.getState().drafts).toEqual({});
  });

  it('merges: no duplicate comments, and marks already here are kept', () => {
    seed();
    const backup = createBackup();
    // Another browser, holding some of the same data.
    localStorage.clear();
    useCommentStore.setState({ comments: { c1: comment('c1', 'Mira'), c9: comment('c9', 'Ana') } });
    useReadingStore.setState({ read: { [mark('a1')]: LATER, [mark('a3')]: LATER } });
    useSavedStore.setState({ saved: { [savedKey(DEMO_FEED, 'a9')]: article('a9') } });

    expect(restore(backup)).toMatchObject({ comments: 1, saved: 1, reading: 1 });
    expect(Object.keys(useCommentStore.getState().comments).sort()).toEqual(['c1', 'c2', 'c9']);
    expect(Object.keys(useSavedStore.getState().saved)).toHaveLength(2);
    expect(useReadingStore.getState().read).toEqual({
      [mark('a1')]: LATER,
      [mark('a2')]: AT,
      [mark('a3')]: LATER,
    });

    expect(restore(backup)).toMatchObject({ comments: 0, saved: 0, reading: 0 });
    expect(Object.keys(useCommentStore.getState().comments)).toHaveLength(3);
  });

  it('counts only what came back: a save removed and a mark taken back since stay so', () => {
    seed();
    const backup = createBackup();
    // Since the backup, the article was removed from the saved list, and marked unread.
    useSavedStore.setState({
      saved: { [savedKey(DEMO_FEED, 'a1')]: { ...article('a1'), removedAt: LATER } },
    });
    useReadingStore.setState({ read: { [mark('a2')]: AT }, unread: { [mark('a1')]: LATER } });

    expect(restore(backup)).toMatchObject({ saved: 0, reading: 0 });
    expect(useSavedStore.getState().saved[savedKey(DEMO_FEED, 'a1')]?.removedAt).toBe(LATER);
    expect(useReadingStore.getState().read).toEqual({ [mark('a2')]: AT });
  });
});

describe('subscriptions in a backup', () => {
  const followed = () =>
    Object.values(useSubscriptionStore.getState().feeds)
      .filter((feed) => !feed.removedAt)
      .map(({ feedUrl, title, folder }) => ({ feedUrl, title, folder }));
  const daily = (change: Partial<Subscription>): Subscription => ({
    ...must(defaultSubscriptions().feeds[DEMO_FEED]),
    ...change,
  });

  it('brings the names and folders given to feeds a new browser follows already', () => {
    useSubscriptionStore.setState(defaultSubscriptions());
    const renamed = daily({ title: 'The Daily', folder: 'News', changedAt: AT });

    expect(restore({ ...createBackup(), subscriptions: [renamed] })).toMatchObject({
      subscriptions: 0,
    });

    expect(followed()).toContainEqual({ feedUrl: DEMO_FEED, title: 'The Daily', folder: 'News' });
    expect(followed()).toHaveLength(2);
  });

  it('carries an unsubscribe, but not over a change made here since', () => {
    useSubscriptionStore.setState(defaultSubscriptions());
    const left = daily({ removedAt: AT, changedAt: AT });
    const backup = createBackup();
    expect(backup.subscriptions).toHaveLength(2);

    restore({ ...backup, subscriptions: [left] });
    expect(followed().map(({ feedUrl }) => feedUrl)).not.toContain(DEMO_FEED);

    useSubscriptionStore.setState({
      feeds: { ...defaultSubscriptions().feeds, [DEMO_FEED]: daily({ changedAt: LATER }) },
    });
    restore({ ...backup, subscriptions: [left] });
    expect(followed().map(({ feedUrl }) => feedUrl)).toContain(DEMO_FEED);
  });

  it('renames a feed followed here at another spelling of its address, without a second', () => {
    useSubscriptionStore.setState({ feeds: { [EXTRA.feedUrl]: { ...EXTRA, changedAt: AT } } });
    const elsewhere = {
      ...EXTRA,
      feedUrl: 'http://example.com/feed.xml/',
      title: 'Examples',
      changedAt: LATER,
    };

    expect(restore({ ...createBackup(), subscriptions: [elsewhere] })).toMatchObject({
      subscriptions: 0,
    });

    expect(followed()).toEqual([{ feedUrl: EXTRA.feedUrl, title: 'Examples', folder: 'News' }]);
  });

  it("of the backup's own two spellings of one feed, takes the later change", () => {
    useSubscriptionStore.setState({ feeds: {} });
    const left = {
      ...EXTRA,
      feedUrl: 'http://example.com/feed.xml',
      removedAt: LATER,
      changedAt: LATER,
    };

    restore({ ...createBackup(), subscriptions: [left, EXTRA] });

    expect(followed()).toEqual([]);
  });
});

/** Stubs the download: returns the blobs handed to URL.createObjectURL. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:backup';
  });
  URL.revokeObjectURL = vi.fn();
  onTestFinished(() => {
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return { blobs, click };
}

/** The app starts with the bundled two subscriptions: of the backup's three, one is new. */
async function openPanel() {
  serveDemo();
  const app = renderApp('/settings');
  const panel = await screen.findByRole('region', { name: 'Your data' });
  return { ...app, panel: within(panel) };
}

function jsonFile(body: unknown, name = 'backup.json') {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new File([text], name, { type: 'application/json' });
}

describe('"Your data" on the settings page', () => {
  it('exports everything to a dated JSON file', async () => {
    seed();
    const { blobs, click } = captureDownloads();
    const { user, panel } = await openPanel();
    await user.click(panel.getByRole('button', { name: 'Export everything' }));
    expect(click).toHaveBeenCalledOnce();
    const link = must(click.mock.contexts[0]) as HTMLAnchorElement;
    expect(link.download).toMatch(/^broadsheet-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await must(blobs[0]).text()) as Backup;
    expect(file).toMatchObject({ format: 'broadsheet-backup', version: 1, saved: [article('a1')] });
    expect(file.comments).toHaveLength(2);
  });

  it('imports a backup and says what came in', async () => {
    seed();
    const backup = createBackup();
    resetAll();
    const { user, panel } = await openPanel();
    await user.upload(panel.getByLabelText('Import everything'), jsonFile(backup));
    expect(
      await panel.findByText(
        'Imported 2 comments, 1 draft, 1 saved article, 2 read marks, 1 subscription and your settings.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(
      await panel.findByText(
        '“Article a1” could not be read for offline now: open it while online.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(settingsNow()).toEqual(backup.settings);
    expect(screen.getByRole('radio', { name: 'Sepia' })).toBeChecked();
  });

  it('reads the saved articles it brings for offline, and says which it could not', async () => {
    const backup = {
      format: 'broadsheet-backup',
      version: 1,
      exportedAt: AT,
      saved: [
        { ...article('a1'), id: SEED_ID, title: 'Putin Reiterates' },
        { ...article('gone'), title: 'An article the feed no longer lists' },
      ],
    };
    const { user, panel, queryClient } = await openPanel();
    await user.upload(panel.getByLabelText('Import everything'), jsonFile(backup));
    expect(await panel.findByText('Imported 2 saved articles.')).toBeVisible();
    expect(
      await panel.findByText(
        '1 saved article is kept for offline; “An article the feed no longer lists” could not be read now: open it while online.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(queryClient.getQueryData(articleQuery(DEMO_FEED, SEED_ID).queryKey)?.article.title).toBe(
      SEED_TITLE,
    );
  });

  it('refuses a file that is not a backup and changes nothing', async () => {
    seed();
    const before = createBackup(new Date(AT));
    const { user, panel } = await openPanel();
    await user.upload(panel.getByLabelText('Import everything'), jsonFile({ format: 'other' }));
    expect(await panel.findByRole('alert')).toHaveTextContent(
      'This file is not a Broadsheet backup.',
    );
    await user.upload(panel.getByLabelText('Import everything'), jsonFile('not json {'));
    expect(panel.getByRole('alert')).toHaveTextContent('This file is not a Broadsheet backup.');
    expect(createBackup(new Date(AT))).toEqual(before);
  });

  it('imports the readable sections and names the one it skipped', async () => {
    seed();
    const backup = { ...createBackup(), saved: 'not a list' };
    resetAll();
    const { user, panel } = await openPanel();
    await user.upload(panel.getByLabelText('Import everything'), jsonFile(backup));
    expect(
      await findStatus(
        'Imported 2 comments, 1 draft, 2 read marks, 1 subscription and your settings. The saved articles could not be imported.',
      ),
    ).toBeVisible();
    expect(useSavedStore.getState().saved).toEqual({});
    expect(Object.keys(useCommentStore.getState().comments)).toHaveLength(2);
    expect(settingsNow()).not.toEqual(DEFAULT_SETTINGS);
  });

  it('skips and counts a bad entry, as the comments import does, and keeps the rest', async () => {
    seed();
    const backup = {
      ...createBackup(),
      comments: [...createBackup().comments, { id: 'broken' }],
      saved: [...createBackup().saved, { id: 42 }],
    };
    resetAll();
    const { user, panel } = await openPanel();
    await user.upload(panel.getByLabelText('Import everything'), jsonFile(backup));
    expect(
      await findStatus(
        'Imported 2 comments, 1 draft, 1 saved article, 2 read marks, 1 subscription and your settings. 2 entries could not be read.',
      ),
    ).toBeVisible();
    expect(
      await findStatus('“Article a1” could not be read for offline now: open it while online.'),
    ).toBeVisible();
    expect(Object.keys(useCommentStore.getState().comments).sort()).toEqual(['c1', 'c2']);
    expect(Object.keys(useSavedStore.getState().saved)).toHaveLength(1);
  });

  it('imports a comment whose id is __proto__ like any other', () => {
    const crafted = { ...comment('__proto__', 'Mallory'), text: 'Still a comment' };
    expect(restore({ ...createBackup(), comments: [crafted] })).toMatchObject({ comments: 1 });
    expect(Object.keys(useCommentStore.getState().comments)).toEqual(['__proto__']);
    expect(Object.hasOwn(useCommentStore.getState().comments, '__proto__')).toBe(true);
  });
});
