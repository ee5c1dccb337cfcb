import { plural } from '../lib/plural';
import type { RestoreResult, Section } from './backup';

const sectionNames: Record<Section, string> = {
  comments: 'comments',
  drafts: 'drafts',
  saved: 'saved articles',
  reading: 'read marks',
  settings: 'settings',
  subscriptions: 'subscriptions',
};

/** "a, b and c" */
export function list(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "Imported 3 comments, 2 saved articles, 5 read marks and your settings." */
export function restoreSummary(result: RestoreResult): string {
  const parts: string[] = [];
  if (result.comments !== undefined) {
    parts.push(plural(result.comments, { one: '# comment', other: '# comments' }));
  }
  // Unsent text is named only where some came in: most backups carry none.
  if (result.drafts) {
    parts.push(plural(result.drafts, { one: '# draft', other: '# drafts' }));
  }
  if (result.saved !== undefined) {
    parts.push(plural(result.saved, { one: '# saved article', other: '# saved articles' }));
  }
  if (result.reading !== undefined) {
    parts.push(plural(result.reading, { one: '# read mark', other: '# read marks' }));
  }
  if (result.subscriptions !== undefined) {
    parts.push(plural(result.subscriptions, { one: '# subscription', other: '# subscriptions' }));
  }
  if (result.settings) parts.push('your settings');
  const imported = parts.length > 0 ? `Imported ${list(parts)}.` : 'Nothing was imported.';
  const entries = result.unreadable
    ? ` ${plural(result.unreadable, { one: '# entry', other: '# entries' })} could not be read.`
    : '';
  if (result.skipped.length === 0) return imported + entries;
  const skipped = list(result.skipped.map((section) => sectionNames[section]));
  return `${imported}${entries} The ${skipped} could not be imported.`;
}
