// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/features/feed/api/types';
import { groupByDay, sortNewestFirst } from '../../src/features/feed/utils/group-by-day';
import { anArticle } from '../helpers/article';

/** An entry as feeds date them: a date, the same date as another, none, or one unreadable. */
const published = fc.oneof(
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((date) => date.toISOString()),
  fc.constantFrom('2019-06-30T12:00:00Z', '2019-06-30T12:00:00Z', 'not a date', undefined),
);

const entries = fc
  .array(published, { maxLength: 60 })
  .map((dates) =>
    dates.map((date, index) =>
      anArticle(`entry-${index}`, date === undefined ? {} : { published: date }),
    ),
  );

const time = (article: Article) => (article.published ? Date.parse(article.published) : NaN);

describe('newest first', () => {
  it('orders dated entries newest first, keeps the feed order among equals, undated last', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const sorted = sortNewestFirst(list);
        expect([...sorted].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
          [...list].sort((a, b) => a.id.localeCompare(b.id)),
        );
        const position = new Map(list.map((article, index) => [article, index]));
        for (let index = 1; index < sorted.length; index++) {
          const before = sorted[index - 1] as Article;
          const after = sorted[index] as Article;
          const [b, a] = [time(before), time(after)];
          if (Number.isNaN(b)) expect(Number.isNaN(a)).toBe(true);
          if (!Number.isNaN(b) && !Number.isNaN(a)) expect(b).toBeGreaterThanOrEqual(a);
          if (b === a || (Number.isNaN(b) && Number.isNaN(a))) {
            expect(position.get(before)).toBeLessThan(position.get(after) as number);
          }
        }
      }),
    );
  });

  it('gives a new list and leaves the one it was given as it was', () => {
    const list = [
      { id: 'old', published: '2019-06-29T10:00:00Z' },
      { id: 'new', published: '2019-06-30T10:00:00Z' },
    ] as Article[];
    const copy = [...list];
    expect(sortNewestFirst(list).map((article) => article.id)).toEqual(['new', 'old']);
    expect(list).toEqual(copy);
  });

  it('places a day alone (an appcast\'s "2022-02-11") on that day where the reader is, west of UTC too', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      const list = [
        // 7 pm on February 10 in Los Angeles.
        anArticle('evening', { published: '2022-02-11T03:00:00Z' }),
        anArticle('day', { published: '2022-02-11' }),
        anArticle('morning', { published: '2022-02-10T17:00:00Z' }),
      ];
      const days = groupByDay(sortNewestFirst(list)).map(({ key, articles }) => [
        key,
        articles.map((article) => article.id),
      ]);
      expect(days).toEqual([
        ['2022-02-11', ['day']],
        ['2022-02-10', ['evening', 'morning']],
      ]);
    } finally {
      process.env.TZ = zone;
    }
  });
});
