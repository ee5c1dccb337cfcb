import { inertMarkup } from '../../../lib/inert-html';
import { playTime } from '../../../lib/play-time';
import { parseUrl } from '../../../lib/safe';
import type { Chapter } from '../api/types';

/**
 * "00:00", "4:05", "1:02:03": a place in a recording, not followed by more of a number (the
 * "00:11:22:33" of an address, the "00:00:01,000" of a subtitle).
 */
const TIME = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}(?![\d:]|[.,]\d)`;
/** A line that opens with a time: "00:00 Intro", "(03:15) Topic", "[1:02:03] – Q&A", "• 12:40 - Q". */
const CHAPTER_LINE = new RegExp(
  String.raw`^\s*(?:[-*•·▶►]\s*)?([([]?)(${TIME})[)\]]?\s*(?:[-–—:|.]\s*)?(\S.*)$`,
);
/**
 * A line that closes with a time, where no line opens with one: "Intro - 00:00", "The news
 * (12:40)", "Q&A 1:02:03". Its title is short, no sentence that ends with a time of day.
 */
const TIMED_LINE = new RegExp(
  String.raw`^\s*(?:[-*•·▶►]\s*)?(\S.{0,119}?)\s*(?:[-–—:|@]\s*)?[([]?(${TIME})[)\]]?\s*$`,
);
/** A bracketed time within a line: where a chapter begins on an outline written as one line. */
const BRACKETED_TIME = new RegExp(String.raw`\s(?=[([]${TIME}[)\]])`);
/** Fewer are more likely times in a sentence than an outline. */
const LEAST = 3;
/** More than this many are a transcript's turns, not an episode's chapters. */
const MOST = 100;
/** "Nathan Lambert:": who speaks at that time, in a transcript. */
const SPEAKER = /:$/;
const BLOCK_END = /<\/(?:p|li|div|h[1-6]|tr|dt|dd|blockquote|pre)\s*>|<br\s*\/?>/gi;

/**
 * The chapters a podcast's show notes list, as many write them where the feed has none of its
 * own: lines that each open with a later time than the one before ("00:00 Welcome", "(1:02:13)
 * – Iraq War 1", "[03:15] Topic"), or where none does, close with one ("Intro - 00:00"), at
 * least three, whatever lies between them (each chapter's links, say). A time earlier than the last ends them: a transcript that follows an outline
 * starts again from the beginning. A transcript's turns ("00:00:06 Nathan Lambert:") are no
 * chapters, nor is a time of day in a sentence.
 */
export function chaptersInNotes(notes: string | undefined): Chapter[] {
  if (!notes || !/\d:\d\d/.test(notes)) return [];
  const lines = linesOf(notes);
  const opening = chaptersIn(lines, chaptersOnLine);
  return opening.length > 0 ? opening : chaptersIn(lines, timedChapter);
}

/** The first outline of lines that each name a later time than the one before, as `read` reads them. */
function chaptersIn(lines: readonly Line[], read: (line: Line) => Chapter[]): Chapter[] {
  let run: Chapter[] = [];
  for (const line of lines) {
    const chapters = read(line);
    const [first] = chapters;
    if (!first) continue;
    const last = run[run.length - 1];
    if (!last || first.start > last.start) {
      run.push(...chapters);
    } else {
      if (run.length >= LEAST) break;
      run = chapters;
    }
  }
  // A transcript's turns name their speakers ("Nathan Lambert:", or again and again).
  const turns = run.filter((chapter) => SPEAKER.test(chapter.title)).length;
  const titles = new Set(run.map((chapter) => chapter.title.toLocaleLowerCase()));
  return run.length >= LEAST &&
    run.length <= MOST &&
    turns * 2 < run.length &&
    titles.size * 4 > run.length * 3 &&
    ascending(run)
    ? run
    : [];
}

/** A line of show notes, and the links on it, each by its words. */
interface Line {
  text: string;
  links: { text: string; href: string }[];
}

/** The lines of show notes: their paragraphs, line breaks and list items, and those of the source. */
function linesOf(notes: string): Line[] {
  if (!/[<&]/.test(notes)) return notes.split(/\r?\n/).map((text) => ({ text, links: [] }));
  // Inert: each style attribute parsed would be reported against the page's policy.
  const marked = inertMarkup(notes.replace(BLOCK_END, '$&\n'));
  const parsed = new DOMParser().parseFromString(marked, 'text/html');
  for (const unread of parsed.querySelectorAll('script, style, template')) unread.remove();
  const lines: Line[] = [{ text: '', links: [] }];
  const walker = parsed.createTreeWalker(parsed.body, NodeFilter.SHOW_TEXT);
  let linked: { anchor: Element; link: Line['links'][number] } | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const anchor = node.parentElement?.closest('a[href]');
    (node.textContent ?? '').split(/\r?\n/).forEach((piece, index) => {
      if (index > 0) lines.push({ text: '', links: [] });
      const line = lines[lines.length - 1] as Line;
      line.text += piece;
      const href = anchor?.getAttribute('href');
      if (!anchor || !href) return;
      if (linked?.anchor !== anchor || !line.links.includes(linked.link)) {
        linked = { anchor, link: { text: '', href } };
        line.links.push(linked.link);
      }
      linked.link.text += piece;
    });
  }
  return lines;
}

/** The chapters a line names: one, or several where an outline is written as one line. */
function chaptersOnLine({ text: line, links }: Line): Chapter[] {
  const first = CHAPTER_LINE.exec(line);
  if (!first) return [];
  const parts = first[1] ? line.split(BRACKETED_TIME) : [line];
  const chapters: Chapter[] = [];
  for (const part of parts) {
    const match = CHAPTER_LINE.exec(part);
    const start = playTime(match?.[2]);
    const title = match?.[3]?.trim();
    if (start === undefined || !title) return [];
    chapters.push(linked({ start, title }, links));
  }
  return chapters;
}

/** The chapter a line names with the time it closes with ("Intro - 00:00"). */
function timedChapter({ text, links }: Line): Chapter[] {
  const match = TIMED_LINE.exec(text);
  const start = playTime(match?.[2]);
  const title = match?.[1]?.trim();
  if (start === undefined || !title || !/[\p{L}\p{N}]/u.test(title)) return [];
  return [linked({ start, title }, links)];
}

/** A chapter, with the page its title links to where the title is one link's words. */
function linked(chapter: Chapter, links: Line['links']): Chapter {
  const url = pageOf(chapter.title, links);
  return url ? { ...chapter, url } : chapter;
}

function pageOf(title: string, links: Line['links']): string | undefined {
  const words = (text: string) =>
    text
      .replace(/\s+/g, ' ')
      .replace(/[\s.,;:!]+$/, '')
      .trim();
  const link = links.find((candidate) => words(candidate.text) === words(title));
  const url = link && parseUrl(link.href);
  return url && /^https?:$/.test(url.protocol) ? url.href : undefined;
}

function ascending(chapters: readonly Chapter[]): boolean {
  return chapters.every((chapter, i) => i === 0 || chapter.start > (chapters[i - 1]?.start ?? 0));
}
