import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/features/feed/api/types';
import { withoutSharedPictures } from '../../src/features/feed/utils/shared-pictures';
import { anArticle } from '../helpers/article';

const LOGO = 'https://a.example/logo.png';

/** Entries of one feed (or of `feedUrl`, as a list of several feeds has them). */
function entries(images: (string | undefined)[], feedUrl?: string, from = 0): Article[] {
  return images.map((image, index) =>
    anArticle(`${feedUrl ?? 'own'}-${from + index}`, {
      ...(image && { image, imageAlt: 'The logo' }),
      ...(feedUrl && { origin: { feedUrl, feedParam: feedUrl, title: feedUrl } }),
    }),
  );
}

const pictures = (articles: Article[]) => articles.map((article) => article.image);

describe('pictures shared by most of a feed’s entries', () => {
  it('leaves out one on more than half of the entries, three at least, with its description', () => {
    const listed = withoutSharedPictures(entries([LOGO, LOGO, 'own.jpg', LOGO, undefined]));
    expect(pictures(listed)).toEqual([undefined, undefined, 'own.jpg', undefined, undefined]);
    expect(listed[0]?.imageAlt).toBeUndefined();
  });

  it('keeps one on half of the entries or fewer, or on fewer than three', () => {
    const half = entries([LOGO, LOGO, LOGO, 'a.jpg', 'b.jpg', undefined]);
    expect(withoutSharedPictures(half)).toBe(half);
    const two = entries([LOGO, LOGO]);
    expect(withoutSharedPictures(two)).toBe(two);
  });

  it('leaves out one on ten entries or more, however many there are (a podcast’s cover)', () => {
    // Acast: the show's cover on 60 of 137 episodes, here 10 of 25.
    const covered = Array.from({ length: 25 }, (_, n) => (n % 5 < 2 ? LOGO : `${n}.jpg`));
    expect(pictures(withoutSharedPictures(entries(covered))).filter(Boolean)).toHaveLength(15);
    const nine = entries(covered.map((image, n) => (n === 0 ? 'own.jpg' : image)));
    expect(withoutSharedPictures(nine)).toBe(nine);
  });

  it('counts each feed of a list of several apart', () => {
    // Feed A's logo is on all three of its entries, a third of the whole list.
    const listed = withoutSharedPictures([
      ...entries([LOGO, LOGO, LOGO], 'https://a.example/feed'),
      ...entries(['1.jpg', '2.jpg', '3.jpg', LOGO, '5.jpg', '6.jpg'], 'https://b.example/feed'),
    ]);
    expect(pictures(listed)).toEqual([
      ...[undefined, undefined, undefined],
      ...['1.jpg', '2.jpg', '3.jpg', LOGO, '5.jpg', '6.jpg'],
    ]);
  });
});

describe('a list whose entries arrive in steps', () => {
  it('keeps out a picture it has left out once more entries make it no longer most', () => {
    const leftOut = new Set<string>();
    const first = entries([LOGO, LOGO, LOGO, 'a.jpg']);
    expect(pictures(withoutSharedPictures(first, leftOut))).toEqual([
      ...[undefined, undefined, undefined],
      'a.jpg',
    ]);
    // The rest of the page: the logo is now on 3 of 8.
    const whole = [...first, ...entries(['b.jpg', 'c.jpg', 'd.jpg', 'e.jpg'], undefined, 4)];
    expect(pictures(withoutSharedPictures(whole, leftOut))).toEqual([
      ...[undefined, undefined, undefined],
      ...['a.jpg', 'b.jpg', 'c.jpg', 'd.jpg', 'e.jpg'],
    ]);
    // Without that memory (another list), the same entries show it.
    expect(withoutSharedPictures(whole)).toBe(whole);
  });
});
