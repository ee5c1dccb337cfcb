import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpmlImport } from '../../src/features/subscriptions/opml/opml-import';
import { readOpml } from '../../src/features/subscriptions/opml/read-opml';
import type { NewSubscription } from '../../src/features/subscriptions/store/subscription-store';

const root = join(import.meta.dirname, '..', 'fixtures', 'opml');

/** A fixture's bytes as published (the Liferea list starts with a byte order mark). */
export function opmlBytes(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(root, name)));
}

export function opmlText(name: string): string {
  return readFileSync(join(root, name), 'utf8');
}

export type Found = Extract<OpmlImport, { ok: true }>;

/** The fixture read, failing the test when it is refused. */
export function readFixture(name: string): Found {
  const found = readOpml(opmlText(name));
  if (!found.ok) throw new Error(`${name}: ${found.reason}`);
  return found;
}

/** How many feeds sit in each folder ('' for none), in the order folders first appear. */
export function folderCounts(feeds: readonly NewSubscription[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { folder = '' } of feeds) counts[folder] = (counts[folder] ?? 0) + 1;
  return counts;
}

export const byFeedUrl = (feeds: readonly NewSubscription[]) =>
  [...feeds].sort((a, b) => (a.feedUrl < b.feedUrl ? -1 : a.feedUrl > b.feedUrl ? 1 : 0));
