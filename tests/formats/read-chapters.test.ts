// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readChapters } from '../../src/features/feed/api/read-chapters';
import { LoadError } from '../../src/lib/http';
import { fixtureText } from '../helpers/fixtures';

const DOCUMENT = 'https://pod.example/ep7/chapters.json';

describe('an episode’s chapters document (Podcasting 2.0 JSON chapters)', () => {
  it('reads the chapters a listener can jump to, in the order they play', () => {
    const chapters = readChapters(
      fixtureText(
        'podcast',
        'json-chapters__Podcastindex-org__podcast-namespace__docs-examples-chapters-exampleComplex.json',
      ),
      DOCUMENT,
    );
    expect(chapters.map((chapter) => [chapter.start, chapter.title])).toEqual([
      [0, 'Intro'],
      [168, 'Hearing Aids'],
      [260, 'Progress Report'],
      [410, 'Namespace'],
      [3990, 'Just Break Up'],
      [4200, 'Played song by artist'],
      [4600, 'Donations'],
      // The marker of a place, kept out of the table of contents ("toc": false), is not one.
      [5510, 'The Big Players'],
      [5854, 'Spread the Word'],
      [6089, 'Outro'],
    ]);
    expect(chapters[3]).toEqual({
      start: 410,
      title: 'Namespace',
      url: 'https://github.com/Podcastindex-org/podcast-namespace',
    });
  });

  it('reads the first version of the format, and starts written as strings, out of order', () => {
    const first = readChapters(
      fixtureText(
        'podcast',
        'json-chapters-1.0__Podcastindex-org__podcast-namespace__docs-examples-chapters-example.json',
      ),
      DOCUMENT,
    );
    expect(first).toHaveLength(9);
    expect(first.at(-1)).toEqual({ start: 6089, title: 'Outro' });
    const written = JSON.stringify({
      version: '1.2.0',
      chapters: [
        { startTime: '90.5', title: 'Second', url: '/notes#second' },
        { startTime: 0, title: ' First ' },
        { startTime: -3, title: 'Before the start' },
        { startTime: 'soon', title: 'No time' },
        { startTime: 120 },
        'not a chapter',
      ],
    });
    expect(readChapters(written, DOCUMENT)).toEqual([
      { start: 0, title: 'First' },
      { start: 90.5, title: 'Second', url: 'https://pod.example/notes#second' },
    ]);
  });

  it('says so for a document that is not chapters, in words', () => {
    expect(() => readChapters('{"chapters": [', DOCUMENT)).toThrow(LoadError);
    expect(() => readChapters('{"chapters": [', DOCUMENT)).toThrow(/not valid JSON/);
    expect(() => readChapters('{"segments": []}', DOCUMENT)).toThrow(/lists no chapters/);
  });
});
