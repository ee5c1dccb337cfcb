import * as v from 'valibot';
import { allComments, importComments } from '../features/comments/store/comment-actions';
import type { Comment } from '../features/comments/types';
import { commentSchema, date } from '../features/comments/utils/export-format';
import { useSavedStore } from '../features/offline/store/saved-store';
import type { SavedArticle } from '../features/offline/store/saved-store';
import type { ReadingData } from '../features/reading/store/reading-data';
import { useReadingStore } from '../features/reading/store/reading-store';
import {
  lineWidthOptions,
  textSizeOptions,
  themeOptions,
  typefaceOptions,
} from '../features/settings/settings';
import type { Settings } from '../features/settings/settings';
import { currentSettings, useSettingsStore } from '../features/settings/store/settings-store';

const BACKUP_FORMAT = 'broadsheet-backup';
const BACKUP_VERSION = 1;

/** Everything the reader made in this browser, as one JSON file. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  comments: Comment[];
  saved: SavedArticle[];
  reading: ReadingData;
  settings: Settings;
}

export function createBackup(now = new Date()): Backup {
  const { read, visits } = useReadingStore.getState();
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    comments: allComments(),
    saved: Object.values(useSavedStore.getState().saved),
    reading: { read, visits },
    settings: currentSettings(),
  };
}

const values = <T extends string>(options: readonly { value: T }[]) => options.map((o) => o.value);

const sections = {
  comments: v.array(commentSchema),
  saved: v.array(
    v.object({
      feedUrl: v.pipe(v.string(), v.nonEmpty()),
      feedParam: v.nullable(v.string()),
      id: v.pipe(v.string(), v.nonEmpty()),
      title: v.string(),
      savedAt: date,
    }),
  ),
  reading: v.object({
    read: v.record(v.string(), v.record(v.string(), date)),
    visits: v.record(v.string(), v.object({ previous: v.optional(date), current: date })),
  }),
  settings: v.object({
    theme: v.picklist(values(themeOptions)),
    textSize: v.picklist(values(textSizeOptions)),
    lineWidth: v.picklist(values(lineWidthOptions)),
    typeface: v.picklist(values(typefaceOptions)),
  }),
};

export type Section = keyof typeof sections;

export interface ParsedBackup {
  comments?: v.InferOutput<(typeof sections)['comments']>;
  saved?: v.InferOutput<(typeof sections)['saved']>;
  reading?: v.InferOutput<(typeof sections)['reading']>;
  settings?: v.InferOutput<(typeof sections)['settings']>;
  /** Sections present in the file that could not be read. */
  skipped: Section[];
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
  const backup: ParsedBackup = { skipped: [] };
  for (const name of Object.keys(sections) as Section[]) {
    if (raw[name] === undefined) continue;
    const result = v.safeParse(sections[name], raw[name]);
    if (result.success) Object.assign(backup, { [name]: result.output });
    else backup.skipped.push(name);
  }
  return { ok: true, backup };
}

export interface RestoreResult {
  comments?: number;
  saved?: number;
  reading?: number;
  settings?: boolean;
  /** Sections that could not be read, or (comments) not saved. */
  skipped: Section[];
}

/** Merges a backup into this browser's data: nothing is wiped, settings are replaced. */
export function restoreBackup(backup: ParsedBackup): RestoreResult {
  const result: RestoreResult = { skipped: [...backup.skipped] };
  if (backup.comments) {
    const imported = importComments(backup.comments);
    if (imported) result.comments = imported.added;
    else result.skipped.push('comments');
  }
  if (backup.saved) result.saved = useSavedStore.getState().importSaved(backup.saved);
  if (backup.reading) result.reading = useReadingStore.getState().importReading(backup.reading);
  if (backup.settings) {
    const { change } = useSettingsStore.getState();
    change('theme', backup.settings.theme);
    change('textSize', backup.settings.textSize);
    change('lineWidth', backup.settings.lineWidth);
    change('typeface', backup.settings.typeface);
    result.settings = true;
  }
  return result;
}
