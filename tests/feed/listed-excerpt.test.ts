// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/features/feed/api/formats/read-document';
import { listedExcerpt } from '../../src/features/feed/utils/listed-excerpt';
import { fixtureBytes } from '../helpers/fixtures';

/** What a list shows under each title of a fixture feed, by title. */
async function listed(name: string): Promise<Map<string, string | undefined>> {
  const result = await readDocument({
    bytes: fixtureBytes('xml', name),
    contentType: 'application/rss+xml',
    pageUrl: 'https://example.com/feed',
  });
  if (!('page' in result)) throw new Error(`${name} is no feed`);
  return new Map(result.page.articles.map((article) => [article.title, listedExcerpt(article)]));
}

describe('the excerpt under a title', () => {
  it('goes on from where a title cut from the text stops (Tumblr)', async () => {
    const shown = await listed('tumblr-rss__rss2email__rss2email__tumblr-feed.rss');
    expect(shown.get('Hi friends!I am so happy to announce that my latest book,...')).toMatch(
      /^…“Oddball”, is out for preorder today\./,
    );
    expect(shown.get('I am so excited to announce the debut of my new series, Cryptid...')).toMatch(
      /^…Club! Ever since I was a kid/,
    );
  });

  it('leaves out the title a text begins with', async () => {
    const shown = await listed(
      'tumblr-picture-markup-before-text__kagisearch__fastfeedparser__vintagehomeplans.xml',
    );
    expect(shown.get('France, 1927: A rustic little cottage')).toMatch(
      /^A 1\.5-story house with a living\/dining room/,
    );
    expect(shown.get('Hungary, 1977: CS 05 SZ 1 AVA split-level house with three...')).toMatch(
      /^…bedrooms, one of which can be separated/,
    );
  });

  it('shows as going on a sentence the title was the first part of (jn.pt)', async () => {
    const shown = await listed(
      'nonutf8-iso-8859-1-rss-feedburner__rbren__rss-parser__encoding.rss',
    );
    expect(shown.get('Hugo Miguel é o árbitro escolhido para apitar o Benfica-Sporting')).toBe(
      '…esta quarta-feira à noite.',
    );
  });

  it('keeps a text that only begins with the same word, or goes on in the same word', () => {
    expect(listedExcerpt({ title: 'Photo', excerpt: 'Photo of the harbour at dawn.' })).toBe(
      'Photo of the harbour at dawn.',
    );
    expect(
      listedExcerpt({ title: 'The harbour ferry', excerpt: 'The harbour ferryman retires today.' }),
    ).toBe('The harbour ferryman retires today.');
    expect(
      listedExcerpt({ title: 'The harbour ferry', excerpt: 'A new timetable for the harbour.' }),
    ).toBe('A new timetable for the harbour.');
  });

  it('shows none where the text is the title again', () => {
    expect(
      listedExcerpt({ title: 'Low tide at the sea wall', summary: 'Low tide at the  sea wall' }),
    ).toBeUndefined();
    expect(
      listedExcerpt({ title: 'Low tide at the sea wall...', summary: 'Low tide at the sea wall' }),
    ).toBeUndefined();
  });
});
