import { parseAtomFeed, parseRdfFeed, parseRssFeed } from 'feedsmith';
import type { AtomFeed, RssFeed } from 'feedsmith';
import { withEntityTable } from '../../../lib/html-entities';
import { LoadError } from '../../../lib/http';
import { mended } from '../../../lib/mojibake';
import { readableTime } from '../../../lib/parse-date';
import { parseUrl } from '../../../lib/safe';
import { collapseWhitespace, decodeEntities, htmlToText } from '../../../lib/text';
import { DISCOURSE_POST, discourseCreator } from '../../../lib/discourse';
import type { ExistingComment } from '../types';

interface Entry {
  id?: string;
  /** An id that is only the comment's link, which some blogs give every comment of a post. */
  idIsLink?: boolean;
  author?: string;
  html?: string;
  text?: string;
  date?: string;
  /** thr:in-reply-to refs: another comment's id, or the post's. */
  refs: string[];
  /** Blogger names a reply's parent by the parent's own address (`rel="related"`). */
  related?: string;
  /** Whom an opening known only by its shape names: the parent's author, if it is the marker. */
  relatedName?: string;
  /** WordPress's text without its opening "In reply to Name.", once the reply sits under Name. */
  replyHtml?: string;
  self?: string;
}

/**
 * A comment feed (WordPress's per-post RSS, Blogger's Atom, any feed of comments) as existing
 * comments. A comment whose thr:in-reply-to ref, or whose `related` link, names another comment
 * of the feed nests under it; the rest are top-level, in date order.
 */
export function parseCommentFeed(
  text: string,
  format: 'rss' | 'rdf' | 'atom',
  feedUrl?: string,
): ExistingComment[] {
  let entries: Entry[];
  const source = withoutKeys(text);
  try {
    entries =
      format === 'atom'
        ? (parseAtomFeed(source).entries ?? []).map(atomEntry)
        : ((format === 'rdf' ? parseRdfFeed(source) : parseRssFeed(source)).items?.map(rssItem) ??
          []);
  } catch {
    throw new LoadError('format', 'The comments could not be read: the comment feed is broken.');
  }
  const ids = new Set(entries.flatMap((entry) => (entry.id ? [entry.id] : [])));
  const bySelf = new Map(
    entries.flatMap((entry) => (entry.self ? [[anchorOf(entry.self), entry.id]] : [])),
  );
  const authors = new Map(entries.map((entry) => [entry.id ?? '', clean(entry.author)]));
  const seen = new Set<string>();
  const comments: ExistingComment[] = [];
  for (const entry of entries) {
    const createdAt = isoDate(entry.date);
    // Magike's comments have no guid and each the post's link: told apart by their time.
    const id =
      entry.idIsLink && entry.id && seen.has(entry.id) ? `${entry.id}#${createdAt}` : entry.id;
    if (!id || seen.has(id) || !createdAt) continue;
    seen.add(id);
    const named = entry.related ? bySelf.get(anchorOf(entry.related)) : undefined;
    // A link to a comment that does not name its author ("like Bob said") marks no reply.
    const related =
      entry.relatedName === undefined || clean(entry.relatedName) === authors.get(named ?? '')
        ? named
        : undefined;
    const found = entry.refs.find((ref) => ids.has(ref)) ?? related;
    const parent = found && found !== id ? found : null;
    // Nested under the comment it names, a reply need not say whom it answers.
    const nested = parent && (related === undefined || related === parent);
    const html = (nested && entry.replyHtml) || entry.html || '';
    comments.push({
      id,
      parentId: parent,
      author: clean(entry.author) ?? '',
      text: mended(
        entry.text?.trim() ||
          quoted(
            htmlToText(fenced(marked(withEmoji(withAddresses(html, pageOf(entry, feedUrl))))), {
              lineBreaks: true,
            }),
          ),
      ),
      createdAt,
    });
  }
  // A post with nothing in it (Discourse's, once deleted) is no comment, unless answered.
  const answered = new Set(comments.map((comment) => comment.parentId));
  return comments
    .filter((comment) => comment.text !== '' || answered.has(comment.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * Drupal 8's comment feeds (Views' RSS fields) write each field's key and value inside it,
 * `<dc:creator> <key>dc:creator</key> <value>karlos</value></dc:creator>`: the value alone.
 */
function withoutKeys(text: string): string {
  return text.replace(
    /(<[\w:]+>)\s*<key>[^<]*<\/key>\s*(?:<attributes>[\s\S]*?<\/attributes>\s*)?<value>([\s\S]*?)<\/value>\s*(?=<\/)/g,
    '$1$2',
  );
}

/** parseCommentFeed, with every HTML entity decoded (withEntityTable, src/lib/html-entities.ts). */
export function parseCommentFeedWithEntities(
  text: string,
  format: 'rss' | 'rdf' | 'atom',
  feedUrl?: string,
): Promise<ExistingComment[]> {
  return withEntityTable(() => parseCommentFeed(text, format, feedUrl));
}

/**
 * WordPress marks a threaded reply in its text: `In reply to <a href="…#comment-12">Name</a>.`,
 * in the site's language ("Als Antwort auf", "En réponse à", "…への返信"). In another language
 * it is known by its shape: a paragraph of its own, a few words and one link to a comment, whose
 * words are that comment's author (checked in parseCommentFeed): not a commenter's own line
 * that links to another comment ("Like <a>Bob said</a>, see the docs.").
 */
const IN_REPLY_TO = new RegExp(
  String.raw`^\s*(?:<p>\s*)?(?:In reply to <a href="([^"]+)"[^>]*>[\s\S]*?<\/a>\.?\s*(?:<\/p>)?|[^<>]{0,40}<a href="([^"]*#comment-\d+)"[^>]*>([^<]*)<\/a>[^<>]{0,20}?\s*(?:<\/p>|\n\s*\n))`,
  'i',
);

/**
 * WordPress's opening "In reply to Name.": the comment it links to, the name its link says where
 * only its shape tells it, and the text after it.
 */
function replyOpening(
  html: string | undefined,
): { to: string; name?: string; rest: string } | undefined {
  const match = html ? IN_REPLY_TO.exec(html) : null;
  const to = match?.[1] ?? match?.[2];
  return html && match && to
    ? { to, name: match[1] ? undefined : match[3], rest: html.slice(match[0].length) }
    : undefined;
}

/** A link in a comment's HTML, with its address and its content. */
const LINK = /<a\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>([\s\S]*?)<\/a\s*>/gi;

/**
 * A comment's blocks of code between lines of three backticks, as a commenter types them, so
 * they are shown as code (src/features/comments/utils/code-blocks.ts).
 */
function fenced(html: string): string {
  return html
    .replace(/(<pre\b[^>]*>)((?:\s*<code\b[^>]*>)?)\r?\n?/gi, '$1```\n$2')
    .replace(/\s*((?:<\/code\s*>\s*)?<\/pre\s*>)/gi, '\n```$1');
}

/**
 * Discourse's emoji, pictures named by their code (`<img class="emoji" alt=":slight_smile:">`),
 * as the characters they draw, for the codes forums use most; others keep their code.
 */
const EMOJI = new Map(
  `slight_smile 🙂 slightly_smiling_face 🙂 smile 😄 smiley 😃 grinning 😀 grin 😁 joy 😂 rofl 🤣
  laughing 😆 sweat_smile 😅 wink 😉 blush 😊 heart ❤️ +1 👍 thumbsup 👍 -1 👎 thumbsdown 👎
  tada 🎉 pray 🙏 clap 👏 wave 👋 thinking 🤔 confused 😕 frowning 😦 cry 😢 sob 😭 sweat 😓
  slightly_frowning_face 🙁 stuck_out_tongue 😛 upside_down_face 🙃 roll_eyes 🙄 shrug 🤷
  eyes 👀 fire 🔥 100 💯 rocket 🚀 sunny ☀️ white_check_mark ✅ x ❌ warning ⚠️ sunglasses 😎
  raised_hands 🙌 ok_hand 👌 muscle 💪 neutral_face 😐 grimacing 😬 hugs 🤗 bulb 💡`
    .trim()
    .split(/\s+/)
    .flatMap((word, i, all): [string, string][] => (i % 2 === 0 ? [[word, all[i + 1] ?? '']] : [])),
);

function withEmoji(html: string): string {
  return html.replace(/<img\b[^>]*\bclass="emoji\b[^>]*>/gi, (picture) => {
    const code = /\balt=":([\w+-]+):"/.exec(picture)?.[1];
    return (code && EMOJI.get(code)) || picture;
  });
}

/** Where a quote begins and ends, through the text's conversion (characters no text holds). */
const QUOTE_START = '\u0001';
const QUOTE_END = '\u0002';
const QUOTE = new RegExp(`${QUOTE_START}([^]*?)${QUOTE_END}`, 'g');
const QUOTE_MARK = new RegExp(`[${QUOTE_START}${QUOTE_END}]`, 'g');

/** A comment's quotes marked, to be written as quoted lines once it is text (quoted). */
function marked(html: string): string {
  return html
    .replace(/<blockquote\b[^>]*>/gi, `<p>${QUOTE_START}`)
    .replace(/<\/blockquote\s*>/gi, `${QUOTE_END}</p>`);
}

/** Each line of a quote with "> " before it, as e-mail quotes and as the thread shows quotes. */
function quoted(text: string): string {
  return text
    .replace(QUOTE, (_quote, words: string) =>
      words
        .trim()
        .split('\n')
        .map((line) => (line.trim() ? `> ${line}` : '>'))
        .join('\n'),
    )
    .replace(QUOTE_MARK, '');
}

/**
 * A comment's links with their addresses in the text, since a comment is shown as text: a
 * link that reads as an address gives its own ("https://…"), one that reads otherwise keeps
 * its words and adds the address after them ("the manual (https://…)"). The address is
 * what a reader can follow, a relative one read against the comment's own page (`base`), as
 * static copies of WordPress sites write theirs; links to anything but a web page keep only
 * their words.
 */
function withAddresses(html: string, base: string | undefined): string {
  return html.replace(LINK, (_link, double?: string, single?: string, inside = '') => {
    const href = webAddress((double ?? single ?? '').trim(), base);
    if (!href) return inside;
    // An anchor with nothing in it (a heading's, Discourse's) is no link a reader sees.
    if (!inside.trim()) return '';
    const words = htmlToText(inside);
    if (!words || /^(?:https?:\/\/|www\.)/i.test(words)) return href;
    return `${inside} (${href})`;
  });
}

/**
 * What a comment's relative links are read against: its own page, itself read against the feed
 * where it is written relative too (a static copy of a WordPress blog's `<link>/2016/12/…</link>`).
 */
function pageOf(entry: Entry, feedUrl: string | undefined): string | undefined {
  return (entry.self && parseUrl(entry.self, feedUrl)?.href) ?? feedUrl;
}

/**
 * A link's address (as written in HTML) if it is a web page's, read against `base` where it is
 * relative; undefined for others.
 */
function webAddress(href: string, base: string | undefined): string | undefined {
  const address = decodeEntities(href);
  if (/^https?:\/\//i.test(address)) return href;
  if (!base || address.startsWith('#') || /^[a-z][a-z\d+.-]*:/i.test(address)) return undefined;
  const url = parseUrl(address, base);
  return url && /^https?:$/.test(url.protocol) ? url.href.replaceAll('&', '&amp;') : undefined;
}

/**
 * The commenter WordPress names in a comment's title, where no creator is given: "By: Ana" in a
 * post's comment feed, "Comment on A Post by Ana" in the site's (WordPress 2.0 gives only that),
 * in English or as German, French and Spanish sites write them.
 */
function titleAuthor(title: string | undefined): string | undefined {
  const text = title?.trim() ?? '';
  return BY.exec(text)?.[1] ?? COMMENT_ON.exec(text)?.[1];
}

const BY = /^(?:by|von|par|por)\s*:\s*(.+)$/i;
const COMMENT_ON =
  /^(?:comment on|kommentar zu|commentaire sur|comentario en)\s.+\s(?:by|von|par|por)\s+(.+)$/i;

/** The link to the post Discourse closes each with: `<p><a href="…">Read full topic</a></p>`. */
const READ_FULL_TOPIC = /<p>\s*<a href="([^"]*)"[^>]*>[^<]*<\/a>\s*<\/p>\s*$/;

/**
 * The line over a quote of another post that names its writer: `<aside class="quote" …>
 * <div class="title">…<img class="avatar"> sam:</div><blockquote>…` ("sam said:" in older
 * versions). A quote of another topic is headed by that topic's link instead.
 */
const QUOTE_NAME =
  /(<aside\b[^>]*?\sclass="(?:[^"]*\s)?quote[\s"][^>]*>)\s*<div class="title">\s*(?:<div class="quote-controls"><\/div>\s*)?(?:<img\b[^>]*>\s*)?([^<]*?)\s*:\s*<\/div>/g;

/**
 * A Discourse post's own words, without the link to it Discourse closes each with, in the
 * forum's language. Older versions wrapped them too, as "<p>@ana wrote:</p><blockquote>…
 * </blockquote>"; today's give the post as it is, the posts it quotes in `<aside class="quote">`.
 * A quote keeps its words, quoted as any quote in a comment is, under a line of its writer's
 * name, "sam:", as Discourse shows it (without its avatar and its buttons).
 */
function discoursePost(html: string | undefined, link: string | undefined): string | undefined {
  if (!html) return html;
  const closing = READ_FULL_TOPIC.exec(html);
  const post =
    closing && (closing[1] === link || closing[1]?.includes('/t/'))
      ? html.slice(0, closing.index)
      : html;
  const start = post.indexOf('<blockquote>');
  const end = post.lastIndexOf('</blockquote>');
  const wrapped =
    start !== -1 &&
    end > start &&
    /^\s*<p>(?:(?!<\/p>)[\s\S])*<\/p>\s*$/.test(post.slice(0, start)) &&
    post.slice(end + '</blockquote>'.length).trim() === '';
  const words = wrapped ? post.slice(start + '<blockquote>'.length, end) : post;
  return words.replace(QUOTE_NAME, '$1<p>$2:</p>');
}

/** WordPress's form asking for a protected post's password, whatever the site's language. */
const PASSWORD_FORM = /<form\b[^>]*wp-login\.php\?action=postpass/i;

function rssItem(item: RssFeed.Item<string>): Entry {
  const guid = item.guid?.value?.trim();
  const id = guid || item.link;
  const discourse = DISCOURSE_POST.exec(id ?? '');
  if (discourse) {
    return {
      // The topic is the article the replies are under.
      id: discourse[1] !== undefined && discourse[2] === '1' ? undefined : id,
      author: discourseCreator(item.dc?.creators?.[0]),
      html: discoursePost(item.description, item.link),
      date: item.pubDate,
      refs: [],
    };
  }
  const html = item.content?.encoded ?? item.description;
  const opening = replyOpening(html);
  return {
    // A password-protected post's comments are each WordPress's password form: none to show.
    id: PASSWORD_FORM.test(html ?? '') ? undefined : id,
    idIsLink: !guid,
    author: item.dc?.creators?.[0] ?? item.authors?.[0]?.name ?? titleAuthor(item.title),
    html,
    date: item.pubDate ?? item.dc?.dates?.[0],
    refs: (item.thr?.inReplyTos ?? []).map((reply) => reply.ref ?? ''),
    related: opening?.to,
    relatedName: opening?.name,
    replyHtml: opening?.rest,
    self: item.link,
  };
}

function atomEntry(entry: AtomFeed.Entry<string>): Entry {
  const relatedLink = entry.links?.find((link) => link.rel === 'related')?.href;
  const content = entry.content ?? entry.summary;
  const isText = content?.type === 'text';
  const html = isText ? undefined : content?.value;
  const opening = replyOpening(html);
  return {
    id: entry.id,
    author: entry.authors?.[0]?.name,
    html,
    text: isText ? content?.value : undefined,
    date: entry.published ?? entry.updated,
    refs: (entry.thr?.inReplyTos ?? []).map((reply) => reply.ref ?? ''),
    ...(relatedLink
      ? { related: relatedLink }
      : { related: opening?.to, relatedName: opening?.name }),
    replyHtml: opening?.rest,
    self:
      entry.links?.find((link) => link.rel === 'self')?.href ??
      entry.links?.find((link) => link.rel === 'alternate')?.href,
  };
}

/** Comment links differ in host or path between feeds of one site; `#comment-12` does not. */
function anchorOf(url: string): string {
  return /#comment-[\w-]+$/.exec(url)?.[0] ?? url;
}

function clean(value: string | undefined): string | undefined {
  return value === undefined
    ? undefined
    : collapseWhitespace(mended(decodeEntities(value))) || undefined;
}

/** A comment's time, read as an article's is (a zone named by letters, Drupal's `<time>`…). */
function isoDate(value: string | undefined): string | undefined {
  const time = readableTime(value);
  return time === undefined ? undefined : new Date(time).toISOString();
}
