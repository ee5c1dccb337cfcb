import * as v from 'valibot';
import { allComments, importComments } from '../features/comments/store/comment-actions';
import { readCommentList } from '../features/comments/store/comment-schema';
import { allDrafts, importDrafts, readDrafts } from '../features/comments/store/draft-store';
import type { DraftData } from '../features/comments/store/draft-store';
import type { Comment } from '../features/comments/types';
import { readSavedList, savedArticles, useSavedStore } from '../features/offline/store/saved-store';
import type { SavedArticle } from '../features/offline/store/saved-store';
import { marksByFeed, readData } from '../features/reading/store/reading-data';
import type { ReadByFeed, ReadingData } from '../features/reading/store/reading-data';
import { useReadingStore } from '../features/reading/store/reading-store';
import { readSettingsChecked } from '../features/settings/settings';
import type { Settings } from '../features/settings/settings';
import { currentSettings, useSettingsStore } from '../features/settings/store/settings-store';
import { checkSubscription } from '../features/subscriptions/store/subscription-data';
import type { Subscription } from '../features/subscriptions/store/subscription-data';
import { restoreSubscriptions } from '../features/subscriptions/store/subscription-actions';
import { useSubscriptionStore } from '../features/subscriptions/store/subscription-store';

const BACKUP_FORMAT = 'broadsheet-backup';
const BACKUP_VERSION = 1;

/** Everything the reader made in this browser, as one JSON file. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  comments: Comment[];
  /** Unsent comments by box, with when each changed, and the name last posted under. */
  drafts: DraftData;
  saved: SavedArticle[];
  /** Read marks by feed URL, then article id. */
  reading: { read: ReadByFeed; visits: ReadingData['visits'] };
  settings: Settings;
  /**
   * The feeds followed, with their names and folders, and those unsubscribed from (`removedAt`):
   * a restore carries each feed's latest change, the unsubscribe too.
   */
  subscriptions: Subscription[];
}

export function createBackup(now = new Date()): Backup {
  const { read, visits } = useReadingStore.getState();
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    comments: allComments(),
    drafts: allDrafts(),
    saved: savedArticles(useSavedStore.getState().saved),
    reading: { read: marksByFeed(read), visits },
    settings: currentSettings(),
    subscriptions: Object.values(useSubscriptionStore.getState().feeds),
  };
}

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Each section is read by its store's own check, as stored data is: entries that do not fit
 * are skipped and counted. A section of the wrong shape altogether is skipped and named.
 */
const sections = {
  comments: (value: unknown) => {
    if (!Array.isArray(value)) return undefined;
    const { comments, skipped } = readCommentList(value);
    return { data: comments, skipped };
  },
  drafts: (value: unknown) => (isObject(value) ? readDrafts(value) : undefined),
  saved: (value: unknown) => {
    if (!Array.isArray(value)) return undefined;
    const { articles, skipped } = readSavedList(value);
    return { data: articles, skipped };
  },
  reading: (value: unknown) => (isObject(value) ? readData(value) : undefined),
  settings: (value: unknown) => (isObject(value) ? readSettingsChecked(value) : undefined),
  subscriptions: (value: unknown) => {
    if (!Array.isArray(value)) return undefined;
    const data = value.flatMap((entry) => checkSubscription(entry) ?? []);
    return { data, skipped: value.length - data.length };
  },
};

export type Section = keyof typeof sections;

export interface ParsedBackup {
  comments?: Comment[];
  drafts?: DraftData;
  saved?: SavedArticle[];
  reading?: ReadingData;
  settings?: Settings;
  subscriptions?: Subscription[];
  /** Sections present in the file that could not be read. */
  skipped: Section[];
  /** Entries of readable sections that did not fit and were left out. */
  unreadable: number;
}

export type ParseResult = { ok: true; backup: ParsedBackup } | { ok: false; reason: string };

const envelope = v.object({ format: v.literal(BACKUP_FORMAT), version: v.number() });

/** A backup file read leniently: a section that does not fit is skipped, the others kept. */
export function parseBackup(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'This file is not a Broadsheet backup.' };
  }
  const file = v.safeParse(envelope, data);
  if (!file.success) return { ok: false, reason: 'This file is not a Broadsheet backup.' };
  if (file.output.version > BACKUP_VERSION) {
    return { ok: false, reason: 'This backup comes from a newer Broadsheet and cannot be read.' };
  }
  const raw = data as Record<string, unknown>;
  const backup: ParsedBackup = { skipped: [], unreadable: 0 };
  for (const name of Object.keys(sections) as Section[]) {
    if (raw[name] === undefined) continue;
    const result = sections[name](raw[name]);
    if (!result) {
      backup.skipped.push(name);
      continue;
    }
    Object.assign(backup, { [name]: result.data });
    backup.unreadable += result.skipped;
  }
  return { ok: true, backup };
}

export interface RestoreResult {
  comments?: number;
  /** Comment boxes whose unsent text came in. */
  drafts?: number;
  saved?: number;
  reading?: number;
  settings?: boolean;
  /** Feeds newly followed (those already followed are left as they are). */
  subscriptions?: number;
  /** Sections that could not be read, or (comments) not saved. */
  skipped: Section[];
  /** Entries left out because they did not fit. */
  unreadable: number;
}

/** Merges a backup into this browser's data: nothing is wiped, settings are replaced. */
export function restoreBackup(backup: ParsedBackup): RestoreResult {
  const result: RestoreResult = { skipped: [...backup.skipped], unreadable: backup.unreadable };
  if (backup.comments) {
    const imported = importComments(backup.comments);
    if (imported) result.comments = imported.added;
    else result.skipped.push('comments');
  }
  if (backup.drafts) result.drafts = importDrafts(backup.drafts);
  if (backup.subscriptions) {
    result.subscriptions = restoreSubscriptions(backup.subscriptions);
  }
  if (backup.saved) result.saved = useSavedStore.getState().importSaved(backup.saved);
  if (backup.reading) result.reading = useReadingStore.getState().importReading(backup.reading);
  if (backup.settings) {
    const { change } = useSettingsStore.getState();
    change('theme', backup.settings.theme);
    change('textSize', backup.settings.textSize);
    change('lineWidth', backup.settings.lineWidth);
    change('typeface', backup.settings.typeface);
    // A backup from before the relay setting existed does not clear the reader's relay.
    if (backup.settings.relay) change('relay', backup.settings.relay);
    result.settings = true;
  }
  return result;
}
