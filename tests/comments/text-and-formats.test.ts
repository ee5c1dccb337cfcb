import { describe, expect, it } from 'vitest';
import { parseComments } from '../../src/features/comments/api/parse-comments';
import { linkify } from '../../src/features/comments/utils/linkify';
import { parseExport, toExport } from '../../src/features/comments/utils/export-format';
import { relativeTime } from '../../src/features/comments/utils/relative-time';
import { validateComment } from '../../src/features/comments/utils/validate';
import { generateThread } from './generate-thread';

describe('linkify', () => {
  it('links http(s) URLs and trims sentence punctuation', () => {
    expect(linkify('See https://example.com/a_(b). And http://x.org, ok')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.com/a_(b)', href: 'https://example.com/a_(b)' },
      { kind: 'text', text: '. And ' },
      { kind: 'link', text: 'http://x.org', href: 'http://x.org/' },
      { kind: 'text', text: ', ok' },
    ]);
  });

  it('never links other schemes', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://x.org']) {
      expect(linkify(text)).toEqual([{ kind: 'text', text }]);
    }
  });

  it('links an address written from www. on, over https', () => {
    expect(linkify('More at www.example.org/news?id=4. Or (www.x.co.uk)')).toEqual([
      { kind: 'text', text: 'More at ' },
      {
        kind: 'link',
        text: 'www.example.org/news?id=4',
        href: 'https://www.example.org/news?id=4',
      },
      { kind: 'text', text: '. Or (' },
      { kind: 'link', text: 'www.x.co.uk', href: 'https://www.x.co.uk/' },
      { kind: 'text', text: ')' },
    ]);
  });

  it('leaves www. alone in an e-mail address, a path, or without a host', () => {
    for (const text of [
      'me@www.example.org',
      'see /www.example.org',
      'www.',
      'www.example',
      'awww.yes',
    ]) {
      expect(linkify(text)).toEqual([{ kind: 'text', text }]);
    }
  });
});

describe('validateComment', () => {
  it('refuses empty text, long names and long comments', () => {
    expect(validateComment('', '').text).toMatch(/empty/);
    expect(validateComment('x'.repeat(61), 'hi').name).toMatch(/60 characters/);
    expect(validateComment('', 'x'.repeat(10_001)).text).toMatch(
      /10,000 characters; this one is 1 over/,
    );
    expect(validateComment('x'.repeat(60), 'x'.repeat(10_000))).toEqual({});
  });
});

describe('relativeTime', () => {
  it('says how long ago in words', () => {
    const now = Date.parse('2024-01-01T12:00:00Z');
    expect(relativeTime('2024-01-01T11:55:00Z', now)).toBe('5 minutes ago');
    expect(relativeTime('2023-12-31T12:00:00Z', now)).toBe('yesterday');
    expect(relativeTime('2024-01-01T12:00:00Z', now)).toBe('now');
  });

  it('keeps each number and unit apart when it says the same words again', () => {
    const now = Date.parse('2024-01-01T12:00:00Z');
    for (let round = 0; round < 2; round++) {
      expect(relativeTime('2024-01-01T11:55:00Z', now)).toBe('5 minutes ago');
      expect(relativeTime('2024-01-01T07:00:00Z', now)).toBe('5 hours ago');
      expect(relativeTime('2024-01-01T12:05:00Z', now)).toBe('in 5 minutes');
      expect(relativeTime('2023-12-27T12:00:00Z', now)).toBe('5 days ago');
      expect(relativeTime('not a date', now)).toBe('now');
    }
  });
});

describe('parseComments', () => {
  it('reads the demo format and skips entries that do not fit', () => {
    const parsed = parseComments({
      version: 1,
      comments: [
        {
          id: 'c1',
          parent_id: null,
          author: { name: 'Mira' },
          content_text: 'text',
          date_published: '2019-07-01T10:15:00Z',
        },
        {
          id: 2,
          parent_id: 'c1',
          content_text: 'no author',
          date_published: '2019-07-01T11:00:00+02:00',
        },
        { id: 'c3', content_text: 'no date' },
        { id: 'c1', content_text: 'duplicate', date_published: '2019-07-01T10:15:00Z' },
        'nonsense',
      ],
    });
    expect(parsed).toEqual([
      {
        id: 'c1',
        parentId: null,
        author: 'Mira',
        text: 'text',
        createdAt: '2019-07-01T10:15:00.000Z',
      },
      {
        id: '2',
        parentId: 'c1',
        author: '',
        text: 'no author',
        createdAt: '2019-07-01T09:00:00.000Z',
      },
    ]);
  });

  it('rejects a document without a comments list', () => {
    expect(() => parseComments({ version: 1 })).toThrow(/not a comments document/);
  });
});

describe('export format', () => {
  it('round-trips and skips bad entries', () => {
    const comments = generateThread({ threadKey: 't', count: 5 });
    const file = toExport(comments);
    expect(file).toMatchObject({ format: 'broadsheet-comments', version: 1 });
    const text = JSON.stringify({ ...file, comments: [...file.comments, { id: 1 }] });
    expect(parseExport(text)).toEqual({ ok: true, comments, skipped: 1 });
    const notExport = { ok: false, reason: 'That file is not a Broadsheet comments export.' };
    expect(parseExport('{"format":"other","version":1,"comments":[]}')).toEqual(notExport);
    expect(parseExport('not json')).toEqual(notExport);
  });

  it('says why a file cannot be read: an export cut short, or a backup of everything', () => {
    const whole = JSON.stringify(toExport(generateThread({ threadKey: 't', count: 3 })));
    expect(parseExport(whole.slice(0, whole.length / 2))).toEqual({
      ok: false,
      reason: 'That comments export could not be read: it is cut short or damaged.',
    });
    expect(
      parseExport('{"format":"broadsheet-backup","version":1,"comments":[],"saved":[]}'),
    ).toEqual({
      ok: false,
      reason: 'That file is a backup of everything: import it in Settings, under “Your data”.',
    });
  });
});
