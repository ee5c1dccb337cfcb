import { describe, expect, it } from 'vitest';
import { documentOf } from '../../src/features/search/utils/article-index';
import { excerptAround } from '../../src/features/search/utils/excerpt';
import { normalizeTerm, tokenize } from '../../src/features/search/utils/terms';

describe('text for the index', () => {
  it('indexes the text of content_html when there is no content_text', () => {
    const document = documentOf({
      id: '1',
      title: 'T',
      contentHtml: '<p>Tram&nbsp;line <b>opens</b></p><script>alert("x")</script>',
      authors: [],
      tags: [],
    });
    expect(document.text).toBe('Tram line opens');
  });

  it('prefers content_text over content_html and lists authors and tags', () => {
    const document = documentOf({
      id: '1',
      title: 'T',
      contentText: 'plain',
      contentHtml: '<p>html</p>',
      authors: [{ name: 'Ines Okafor' }, {}, { name: 'Tomas Reyes' }],
      tags: ['Port Alder', 'Transport'],
    });
    expect(document).toMatchObject({
      text: 'plain',
      summary: '',
      authors: 'Ines Okafor, Tomas Reyes',
      tags: 'Port Alder, Transport',
    });
  });

  it('keeps the # that ends a word and the . that begins one before letters', () => {
    const text = 'F# and C# run on .NET (and ASP.NET); C++/CLI, #tags, e.g. C#5...Next';
    expect(tokenize(text).join(' ')).toBe(
      'F# and C# run on .NET and ASP NET C++ CLI tags e g C 5 Next',
    );
  });

  it('matches words regardless of case and accents', () => {
    expect(normalizeTerm('Café')).toBe('cafe');
    expect(normalizeTerm('ÉTÉ')).toBe('ete');
    expect(normalizeTerm('Μικρές')).toBe('μικρες');
    expect(normalizeTerm('Ёлка')).toBe('елка');
    // Hebrew's points are no part of the word as people type it.
    expect(normalizeTerm('שָׁלוֹם')).toBe('שלום');
  });

  it('keeps the marks that make another letter: kana, Thai, Indic vowel signs', () => {
    expect(normalizeTerm('だけ')).toBe('だけ');
    expect(normalizeTerm('パス')).not.toBe(normalizeTerm('バス'));
    expect(normalizeTerm('ยุง')).not.toBe(normalizeTerm('ยัง'));
    expect(normalizeTerm('काम')).not.toBe(normalizeTerm('कम'));
    expect(normalizeTerm('சொன்னது')).toBe('சொன்னது');
    // Hangul as it was written, in syllables, not in the letters they are made of.
    expect(normalizeTerm('나무')).toBe('나무');
  });
});

describe('Arabic words', () => {
  it('are matched without the article ال, alone or after و, ف, ب, ك or ل', () => {
    for (const word of [
      'الكتاب',
      'والكتاب',
      'فالكتاب',
      'بالكتاب',
      'كالكتاب',
      'للكتاب',
      'وللكتاب',
    ]) {
      expect(normalizeTerm(word)).toBe('كتاب');
    }
  });

  it('keep the article where fewer than three letters would remain', () => {
    expect(normalizeTerm('الله')).toBe('الله');
    expect(normalizeTerm('الذي')).toBe('الذي');
    expect(normalizeTerm('ألقى')).toBe('القي');
  });

  it('are matched whatever their vowel signs, tatweel, hamza, ة or ى', () => {
    expect(normalizeTerm('الْكِتَابُ')).toBe('كتاب');
    expect(normalizeTerm('الـكتاب')).toBe('كتاب');
    expect(normalizeTerm('ألمانيا')).toBe(normalizeTerm('المانيا'));
    expect(normalizeTerm('مدرسة')).toBe(normalizeTerm('مدرسه'));
    expect(normalizeTerm('مستشفى')).toBe(normalizeTerm('مستشفي'));
  });
});

describe('excerpts', () => {
  const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');

  it('starts a little before the first match and marks the cuts', () => {
    const excerpt = excerptAround(words, new Set(['word50']), 100);
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).toContain('word50');
    expect(excerpt.indexOf('word50')).toBeLessThan(70);
  });

  it('shows the opening when nothing matches the text', () => {
    expect(excerptAround(words, new Set(['other']), 30)).toMatch(/^word0 .*…$/);
  });

  it('keeps short text whole', () => {
    expect(excerptAround('Tram line opens', new Set(['tram']))).toBe('Tram line opens');
  });
});
