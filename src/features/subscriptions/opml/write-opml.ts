import { generateOpml } from 'feedsmith';
import type { Opml } from 'feedsmith';
import type { NewSubscription } from '../store/subscription-store';
import { cleanText, webAddress } from './opml-values';

const TITLE = 'Broadsheet subscriptions';

type Outline = Opml.Outline<Date>;

/**
 * The subscriptions as an OPML 2.0 document: feeds without a folder directly in the body, the
 * others in one outline per folder (by name), each feed in the order given.
 */
export function writeOpml(subscriptions: readonly NewSubscription[], now = new Date()): string {
  const loose: Outline[] = [];
  const folders = new Map<string, Outline[]>();
  for (const subscription of subscriptions) {
    const folder = cleanText(subscription.folder);
    const outline = feedOutline(subscription);
    if (!folder) {
      loose.push(outline);
      continue;
    }
    const feeds = folders.get(folder);
    if (feeds) feeds.push(outline);
    else folders.set(folder, [outline]);
  }
  const grouped = [...folders]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, outlines]): Outline => {
      const written = escapedName(name);
      return { text: written, title: written, outlines };
    });
  const outlines = [...loose, ...grouped];
  // feedsmith refuses a document whose body is empty; with no feeds there is nothing to escape.
  if (outlines.length === 0) return emptyOpml(now);
  return generateOpml({ head: { title: TITLE, dateCreated: now }, body: { outlines } });
}

function feedOutline({ feedUrl, title, siteUrl }: NewSubscription): Outline {
  const name = escapedName(cleanText(title) || feedUrl);
  const outline: Outline = { type: 'rss', text: name, title: name, xmlUrl: feedUrl };
  const htmlUrl = webAddress(siteUrl);
  if (htmlUrl) outline.htmlUrl = htmlUrl;
  return outline;
}

/**
 * A name with each "&" that starts a character reference ("&amp;" written as a name) escaped
 * once more: reading decodes names once more than XML does, for the readers that escape them
 * twice (see nameOf in read-opml.ts), and a name must read back as it was written.
 */
function escapedName(name: string): string {
  return name.replace(/&(?=(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);)/gi, '&amp;');
}

function emptyOpml(now: Date): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${TITLE}</title>`,
    `    <dateCreated>${now.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body/>',
    '</opml>',
    '',
  ].join('\n');
}
