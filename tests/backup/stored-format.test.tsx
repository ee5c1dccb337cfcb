import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useCommentStore } from '../../src/features/comments/store/comment-store';
import { useDraftStore } from '../../src/features/comments/store/draft-store';
import { useSavedStore } from '../../src/features/offline/store/saved-store';
import { useReadingStore } from '../../src/features/reading/store/reading-store';
import { useSettingsStore } from '../../src/features/settings/store/settings-store';
import { DEMO_FEED } from '../helpers/render-app';
import {
  ROASTERY,
  SEED,
  articlePath,
  renderReader,
  resetReading,
  serveDemo,
} from '../reading/helpers';
import { resetSettings } from '../settings/reset';

const OTHER_FEED = 'https://other.example/feed.json';
const thread = (feedUrl: string) => JSON.stringify(JSON.stringify([feedUrl, SEED.id]));
const draftBox = JSON.stringify(JSON.stringify([JSON.stringify([DEMO_FEED, SEED.id]), '']));

/**
 * localStorage exactly as this version of the app writes it (comments, drafts and settings at
 * version 1, read marks by feed and then id, saved articles keyed by feed and id). Two feeds
 * share the article id: each keeps its own comments and read mark.
 */
function storeTodaysFormat() {
  localStorage.setItem(
    'broadsheet:comments',
    `{"state":{"comments":{
      "c1":{"id":"c1","threadKey":${thread(DEMO_FEED)},"parentId":null,"author":"Mira","text":"A first comment","createdAt":"2024-05-01T10:00:00.000Z","updatedAt":"2024-05-01T10:00:00.000Z"},
      "c2":{"id":"c2","threadKey":${thread(DEMO_FEED)},"parentId":"c1","author":"Jonas","text":"A reply, edited","createdAt":"2024-05-01T11:00:00.000Z","editedAt":"2024-05-01T12:00:00.000Z","updatedAt":"2024-05-01T12:00:00.000Z"},
      "c3":{"id":"c3","threadKey":${thread(OTHER_FEED)},"parentId":null,"author":"Ana","text":"On the other feed","createdAt":"2024-05-02T10:00:00.000Z","updatedAt":"2024-05-02T10:00:00.000Z"}
    }},"version":1}`,
  );
  localStorage.setItem(
    'broadsheet:comment-drafts',
    `{"state":{"drafts":{${draftBox}:"Half a thought"},"name":"Mira"},"version":1}`,
  );
  localStorage.setItem(
    'broadsheet:reading',
    `{"state":{"read":{
      "${DEMO_FEED}":{"${SEED.id}":"2024-05-01T09:00:00.000Z"},
      "${OTHER_FEED}":{"${ROASTERY.id}":"2024-05-02T09:00:00.000Z"}
    },"visits":{"${DEMO_FEED}":{"previous":"2024-04-01T09:00:00.000Z","current":"2024-05-01T09:00:00.000Z"}}},"version":1}`,
  );
  localStorage.setItem(
    'broadsheet:saved',
    `{"state":{"saved":{${JSON.stringify(JSON.stringify([DEMO_FEED, ROASTERY.id]))}:{"feedUrl":"${DEMO_FEED}","feedParam":null,"id":"${ROASTERY.id}","title":"${ROASTERY.title}","savedAt":"2024-05-03T09:00:00.000Z"}}},"version":1}`,
  );
  localStorage.setItem(
    'broadsheet:settings',
    '{"state":{"theme":"sepia","textSize":"large","lineWidth":"wide","typeface":"sans"},"version":1}',
  );
}

/** A page load: every store reads storage. */
async function load() {
  await Promise.all([
    useCommentStore.persist.rehydrate(),
    useDraftStore.persist.rehydrate(),
    useReadingStore.persist.rehydrate(),
    useSavedStore.persist.rehydrate(),
    useSettingsStore.persist.rehydrate(),
  ]);
}

function resetAll() {
  resetReading();
  resetSettings();
  useSavedStore.setState({ saved: {} });
  localStorage.clear();
}

beforeEach(() => {
  resetAll();
  serveDemo();
});
afterEach(resetAll);

describe("data stored by today's version", () => {
  it(
    'is all found again: comments, drafts, read marks, saved articles and settings',
    {
      timeout: 60_000,
    },
    async () => {
      storeTodaysFormat();
      await load();

      expect(Object.keys(useCommentStore.getState().comments).sort()).toEqual(['c1', 'c2', 'c3']);
      expect(useSettingsStore.getState()).toMatchObject({ theme: 'sepia', typeface: 'sans' });

      const { user } = renderReader('/');
      const seed = await screen.findByRole('article', { name: SEED.title });
      expect(within(seed).getByText('Read')).toBeInTheDocument();
      // Read on the other feed only: not here.
      expect(
        within(screen.getByRole('article', { name: ROASTERY.title })).queryByText('Read'),
      ).not.toBeInTheDocument();

      await user.click(screen.getByRole('link', { name: 'Saved' }));
      // The front page lists the same article: its link is clicked once the saved page is there.
      await screen.findByRole('heading', { level: 1, name: 'Saved for offline' });
      expect(await screen.findByRole('link', { name: ROASTERY.title })).toBeInTheDocument();

      await user.click(screen.getByRole('link', { name: ROASTERY.title }));
      await screen.findByRole('heading', { level: 1, name: ROASTERY.title });
      expect(screen.getByRole('button', { name: 'Saved for offline' })).toBeInTheDocument();

      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    },
  );

  it("opens an article's thread with its comments, its reply and the unsent draft", async () => {
    storeTodaysFormat();
    await load();
    renderReader(articlePath(SEED.id));
    expect(await screen.findByText('A first comment')).toBeInTheDocument();
    expect(screen.getByText('A reply, edited')).toBeInTheDocument();
    expect(screen.queryByText('On the other feed')).not.toBeInTheDocument();
    const form = screen.getByRole('button', { name: 'Post comment' }).closest('form');
    expect(within(form as HTMLElement).getByLabelText('Comment')).toHaveValue('Half a thought');
    expect(within(form as HTMLElement).getByLabelText('Name')).toHaveValue('Mira');
  });

  it('is written back in the new shape without losing an entry', async () => {
    storeTodaysFormat();
    await load();
    const reading = JSON.parse(localStorage.getItem('broadsheet:reading') ?? '{}') as {
      state: { read: object };
      version: number;
    };
    expect(reading.version).toBe(2);
    expect(Object.keys(reading.state.read)).toHaveLength(2);
    // Loading it again finds the same.
    useReadingStore.setState({ read: {} });
    await load();
    expect(Object.keys(useReadingStore.getState().read)).toHaveLength(2);
    expect(Object.keys(useSavedStore.getState().saved)).toHaveLength(1);
  });
});
