import type { NewSubscription } from '../store/subscription-store';

/** Larger than any real list of subscriptions (2,000 feeds are about 400 KB). */
export const MAX_OPML_BYTES = 20 * 1024 * 1024;

/** What an OPML file holds, ready for the store, or why it could not be read. */
export type OpmlImport =
  | {
      ok: true;
      /** In document order, each feed once (the first time it appears; its folder, see placeFeeds). */
      feeds: NewSubscription[];
      /** Entries for a feed that came earlier in the file, not in a folder of its own. */
      duplicates: number;
      /** Feeds the file lists in more than one folder: each is kept in the first. */
      inSeveralFolders: number;
      /** Entries that look like a feed or a link but name no feed address. */
      withoutAddress: number;
      /** Entries whose address is not http or https ("newsletter:…", "javascript:…"). */
      notWeb: number;
      /** Where a file that is not well-formed breaks ("line 46: a tag is broken."). */
      damaged?: string;
    }
  | { ok: false; reason: string };

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;

export const tooLarge = (bytes: number): OpmlImport => ({
  ok: false,
  reason: `This file is too large to import (${megabytes(bytes)}; the limit is ${megabytes(MAX_OPML_BYTES)}).`,
});

export const unreadable: OpmlImport = { ok: false, reason: 'This file could not be read.' };
