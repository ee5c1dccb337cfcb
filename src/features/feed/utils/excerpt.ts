import {
  attribute,
  collapseWhitespace,
  htmlToText,
  IMG_TAG,
  truncateAtWord,
  withoutReadMore,
} from '../../../lib/text';
import type { Article } from '../api/types';

const EXCERPT_LENGTH = 240;
/** Enough HTML for an excerpt without parsing whole long posts. */
const TEXT_SAMPLE = 4000;
/** The most HTML read for an excerpt: a post that opens with pictures is read further. */
const LONGEST_SAMPLE = 64_000;

/**
 * A picture's credit under it ("Illustration by Alex Castro / The Verge", "Photo by … on
 * Unsplash", "Photograph: Reuters", "© AP"): not the words a text opens with.
 */
const CREDIT =
  /<figcaption\b[^>]*>(?:\s*<[^>]+>)*\s*\(?(?:©|(?:illustration|photo\w*|image|picture|credit|foto|bild)s?(?:\s+(?:by|credit|courtesy)\b|\s*:))[^]*?<\/figcaption>/gi;

/**
 * The plain text an item opens with: the text of its content_html, or its content_text. Where it
 * has both, the HTML's: micro.blog's "text" is the Markdown it was written in ("**Classis**",
 * "[a link](…)", its pictures' `<img>` tags), and others' hold entities ("I&rsquo;m").
 */
export function openingText(contentText?: string, contentHtml?: string): string {
  // A post may open with thousands of characters of markup alone (Tumblr's picture with its
  // sizes, before the text): read further until there is an excerpt's text.
  for (let sample = TEXT_SAMPLE; contentHtml; sample *= 4) {
    const text = htmlToText(contentHtml.slice(0, sample).replace(CREDIT, ''));
    const whole = sample >= contentHtml.length || sample >= LONGEST_SAMPLE;
    if (whole || text.length >= EXCERPT_LENGTH) return text;
  }
  if (contentText) return collapseWhitespace(contentText.slice(0, TEXT_SAMPLE));
  return '';
}

/** What the first picture of an item's HTML that says so shows: its alt text. */
export function pictureAlt(contentHtml?: string): string {
  for (const [tag] of (contentHtml ?? '').slice(0, TEXT_SAMPLE).matchAll(IMG_TAG)) {
    const alt = htmlToText(attribute(tag, 'alt') ?? '');
    if (alt) return alt;
  }
  return '';
}

/**
 * What a list shows under the title: the summary, or the opening of the text, without the
 * "Continue reading..." a short one closes with (the title links there already). A summary
 * that is only the text's start cut short ("…installing and run...", as TypePad's and some
 * WordPress themes' are) gives way to the text.
 */
export function excerptOf(
  article: Pick<Article, 'summary' | 'contentText' | 'contentHtml'>,
): string {
  const summary = article.summary && withoutReadMore(article.summary);
  let opened: string | undefined;
  const opening = () =>
    (opened ??= withoutReadMore(openingText(article.contentText, article.contentHtml)));
  const text = summary && !cutShortOf(summary, opening) ? summary : opening();
  return truncateAtWord(text, EXCERPT_LENGTH);
}

/** A summary's words before the ellipsis it ends in: "…and run..." → "…and run". */
const CUT_SHORT = /^(.{8,}?)\s*(?:\.{3}|…|\[(?:\.{3}|…)\])$/su;

/** Whether `summary` is the text's own start, cut short where the text goes on. */
function cutShortOf(summary: string, opening: () => string): boolean {
  const start = CUT_SHORT.exec(summary)?.[1];
  if (!start) return false;
  const text = opening();
  return text.length > start.length && (text.startsWith(start) || opensWithWords(text, start));
}

/**
 * Whether `text` opens with the words of `start`, in their order, with a few of its own among
 * them: Gatsby's summaries leave out inline code ("called , but" for "called typedoc, but").
 * The last word may be cut short.
 */
function opensWithWords(text: string, start: string): boolean {
  const said = start.toLowerCase().match(WORDS) ?? [];
  const written = text.toLowerCase().match(WORDS) ?? [];
  if (said.length < 4) return false;
  let at = 0;
  let extra = 0;
  for (const [index, word] of said.entries()) {
    const last = index === said.length - 1;
    const matches = (other: string) => (last ? other.startsWith(word) : other === word);
    while (at < written.length && !matches(written[at] ?? '')) {
      at += 1;
      extra += 1;
    }
    if (at === written.length || extra > said.length / 5) return false;
    at += 1;
  }
  return true;
}

const WORDS = /[\p{L}\p{N}]+/gu;
