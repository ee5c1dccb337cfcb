/**
 * The start of a feed document that is still downloading, made whole: its text up to the end
 * of its last whole item (its `most`th at most), with what is still open closed after it. Read
 * like any document, it gives the feed as the full one would, with only its first items, so a
 * list can be drawn from the first tens of kilobytes of a document of megabytes. Undefined
 * while the text holds fewer than `least` whole items, once the feed's items have all arrived
 * (the whole document is as good as here), or when it is not a JSON Feed or an XML feed.
 */
export function leadingItems(text: string, most: number, least = most): string | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return leadingJsonItems(start, most, least);
  if (start.startsWith('<')) return leadingXmlItems(start, most, least);
  return undefined;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The index of the quote that ends the string opened at `open`; -1 if it has not arrived. */
function stringEnd(text: string, open: number): number {
  for (let at = text.indexOf('"', open + 1); at !== -1; at = text.indexOf('"', at + 1)) {
    let slashes = 0;
    while (text.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes += 1;
    if (slashes % 2 === 0) return at;
  }
  return -1;
}

/**
 * A JSON Feed's members up to its last whole item, its `most`th at most, the `items` array and
 * the object closed. Only a feed that puts `version` first, as the format asks of generators
 * that can order members: the others (key-sorting and unordered serialisers) may put the
 * feed's title, home page or authors after its items, which the start would then lack. Those
 * are read whole.
 */
function leadingJsonItems(text: string, most: number, least: number): string | undefined {
  if (!/^\{\s*"version"\s*:/.test(text)) return undefined;
  let depth = 0;
  let itemsDepth = -1;
  let found = 0;
  // Past the last whole item.
  let cut = 0;
  const made = () => (found >= least ? `${text.slice(0, cut)}]}` : undefined);
  // The last string read in the feed object itself: the name of the member that follows.
  let member = '';
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      const end = stringEnd(text, at);
      if (end === -1) return made();
      if (depth === 1) member = text.slice(at + 1, end);
      at = end;
    } else if (code === 0x7b || code === 0x5b) {
      // { or [
      depth += 1;
      if (code === 0x5b && depth === 2 && member === 'items') itemsDepth = 2;
    } else if (code === 0x7d || code === 0x5d) {
      // } or ]
      depth -= 1;
      if (depth < 1) return undefined;
      if (depth === itemsDepth && code === 0x7d) {
        found += 1;
        cut = at + 1;
        if (found === most) return made();
      } else if (depth === 1 && itemsDepth === 2) {
        // The items array has ended: the document is whole, or nearly.
        return undefined;
      }
    }
  }
  return made();
}

/** The local part of an element's name: "item" of "rss:item". */
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Markup that is not an element, with what ends it. */
const SKIPPED = [
  ['<![CDATA[', ']]>'],
  ['<!--', '-->'],
  ['<?', '?>'],
] as const;

/**
 * An XML feed up to the end of its last whole item (RSS) or entry (Atom), its `most`th at most,
 * the elements that hold it (channel, feed, rss, rdf:RDF) closed after it. Text, character
 * data, comments and attribute values are passed over, so an item's content that speaks of
 * `</item>` is no end.
 */
function leadingXmlItems(text: string, most: number, least: number): string | undefined {
  const open: string[] = [];
  let found = 0;
  // How deep the feed's items are; past the last whole one, and what is open there.
  let itemsDepth = 0;
  let cut = 0;
  let closing = '';
  const made = () => (found >= least ? `${text.slice(0, cut)}${closing}` : undefined);
  for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', at)) {
    const skipped = SKIPPED.find(([opening]) => text.startsWith(opening, at));
    if (skipped) {
      const end = text.indexOf(skipped[1], at + skipped[0].length);
      if (end === -1) return made();
      at = end + skipped[1].length;
      continue;
    }
    const end = tagEnd(text, at);
    if (end === -1) return made();
    const tag = text.slice(at + 1, end);
    at = end + 1;
    if (tag.startsWith('!')) {
      // A doctype: only a feed's prolog has one, before any element.
      if (open.length > 0 || tag.includes('[')) return undefined;
      continue;
    }
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      if (open.pop() !== name) return undefined;
      // What holds the items has closed: the document is whole, or nearly.
      if (open.length < itemsDepth) return undefined;
      const item = localName(name);
      // An item of the feed, not an element of that name inside one: rss > channel > item,
      // rdf:RDF > item, feed > entry.
      if ((item === 'item' || item === 'entry') && open.length <= 2 && open.length > 0) {
        found += 1;
        itemsDepth = open.length;
        cut = at;
        closing = [...open]
          .reverse()
          .map((element) => `</${element}>`)
          .join('');
        if (found === most) return made();
      }
      continue;
    }
    if (tag.endsWith('/')) continue;
    const name = /^[^\s/>]+/.exec(tag)?.[0];
    if (!name) return undefined;
    open.push(name);
  }
  return made();
}

/** The index of the `>` that ends the tag opened at `open`, past quoted attribute values. */
function tagEnd(text: string, open: number): number {
  let quote = '';
  for (let at = open + 1; at < text.length; at += 1) {
    const char = text[at];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return at;
    }
  }
  return -1;
}
