import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeFetch } from '../helpers/fake-fetch';
import { renderApp } from '../helpers/render-app';

const FEED = 'https://news.example/arabic/feed.json';

// Three stories of BBC News عربي as its feed gave them: titles, descriptions and addresses from the
// example output in Sayad-Uddin-Tahsin/BBC-News-API · bbc/README.md · ea2c2db1, in a JSON Feed.
const JENIN = 'كيف كانت الأوضاع داخل مخيم جنين أثناء مداهمة الجيش الإسرائيلي؟';
const POLIO = 'ماذا نعرف عن خطة التطعيم ضد شلل الأطفال في غزة؟';
const FIGHTERS = 'المقاتلون الروس يغادرون بوركينا فاسو للمساعدة في حرب أوكرانيا';
const stories = [
  [
    JENIN,
    'كانت الشوراع داخل المخيم خالية، وحتى سيارات الإسعاف كانت تسير وفقاً لتوجيهات محددة، وتعرضت للتفتيش.',
    'c1l57yz7r40o',
  ],
  [
    POLIO,
    'ستبدأ سلسلة من "التوقف الإنساني" عن القتال في غزة يوم الأحد، بهدف تمكين مئات الآلاف من الأطفال من تلقي لقاح شلل الأطفال.',
    'c5yp5wqvge4o',
  ],
  [
    FIGHTERS,
    'المقاتلون الروس يغادرون بوركينا فاسو لمساعدة القوات الروسية في صد الهجمات الأوكرنية على منطقة كورسك،.',
    'c04930zve6wo',
  ],
];
const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'BBC News عربي',
  language: 'ar',
  items: stories.map(([title, summary, id], index) => ({
    id: `https://www.bbc.com/arabic/articles/${id}`,
    url: `https://www.bbc.com/arabic/articles/${id}`,
    title,
    content_text: summary,
    date_published: `2024-08-31T1${index}:00:00Z`,
  })),
};

function marked(story: string): string[] {
  const result = screen.getByRole('article', { name: story });
  return within(result)
    .getAllByText(/./, { selector: 'mark' })
    .map((mark) => mark.textContent ?? '');
}

describe('searching Arabic', () => {
  beforeEach(() => {
    fakeFetch({
      [FEED]: feed,
    });
  });

  function search(query: string) {
    renderApp(`/search?q=${encodeURIComponent(query)}&feed=${encodeURIComponent(FEED)}`);
    return screen.findByText(`1 result for “${query}”`);
  }

  it('finds a word written with the article ال by the word alone', async () => {
    await search('مخيم');
    expect(marked(JENIN)).toEqual(['مخيم', 'المخيم']);
  });

  it('finds a word written alone by the word with the article', async () => {
    await search('الحرب');
    expect(marked(FIGHTERS)).toEqual(['حرب']);
  });

  it('finds a word after لل (ل with the article) and marks all of it', async () => {
    await search('تفتيش');
    expect(marked(JENIN)).toEqual(['للتفتيش']);
  });

  it('finds a word written with the article and a hamza (الأطفال) by the word with neither', async () => {
    await search('اطفال');
    expect(marked(POLIO)).toEqual(['الأطفال', 'الأطفال', 'الأطفال']);
  });
});
