import { plural } from '../../../lib/plural';
import type { OpmlImport } from '../opml/opml-import';
import type { AddReport } from '../store/subscription-actions';

/** What an OPML import did, in sentences: what came in, then what was left out and why. */
export function importSummary(found: Extract<OpmlImport, { ok: true }>, report: AddReport): string {
  const added = report.added.length;
  const folders = new Set(report.added.map((feed) => feed.folder).filter(Boolean)).size;
  const sentences: string[] = [];
  if (added > 0) {
    const feeds = plural(added, { one: '# feed', other: '# feeds' });
    const within = folders ? ` in ${plural(folders, { one: '# folder', other: '# folders' })}` : '';
    sentences.push(`Imported ${feeds}${within}.`);
  } else {
    sentences.push(found.feeds.length > 0 ? 'No new feeds.' : 'This file lists no feeds.');
  }
  const skipped = (count: number, one: string, other: string) => {
    if (count > 0) sentences.push(plural(count, { one, other }));
  };
  const already = report.duplicates.length;
  skipped(already, '# already subscribed.', '# already subscribed.');
  skipped(
    report.filed.length,
    '# feed you follow was put in its folder.',
    '# feeds you follow were put in their folders.',
  );
  skipped(
    found.inSeveralFolders,
    '# feed listed in several folders is in the first of them.',
    '# feeds listed in several folders are each in the first of them.',
  );
  skipped(found.duplicates, '# repeated entry was skipped.', '# repeated entries were skipped.');
  skipped(
    found.withoutAddress,
    '# entry without a feed address was skipped.',
    '# entries without a feed address were skipped.',
  );
  skipped(
    found.notWeb,
    '# entry with an address that is not http or https was skipped.',
    '# entries with an address that is not http or https were skipped.',
  );
  if (found.damaged) {
    sentences.push(
      `The file is not well-formed (${found.damaged.replace(/\.$/, '')}): check that every feed you follow came through.`,
    );
  }
  return sentences.join(' ');
}
