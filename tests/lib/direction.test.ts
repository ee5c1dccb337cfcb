// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { textDirection } from '../../src/lib/direction';

describe('textDirection', () => {
  it('runs the languages written right to left so, by language or by script', () => {
    for (const rtl of ['he', 'ar-EG', 'fa_IR', 'ur', 'yi', 'az-Arab', 'ku-Arab-IQ']) {
      expect(textDirection(rtl)).toBe('rtl');
    }
    for (const auto of [undefined, '', 'en-US', 'zh-Hans', 'ja', 'sd-Latn', 'pt_BR']) {
      expect(textDirection(auto)).toBe('auto');
    }
  });

  it('runs a text with no right-to-left letter by its own letters, in any language', () => {
    expect(textDirection('he', 'בדיחה רעה')).toBe('rtl');
    expect(textDirection('he-il', 'AI Red Teaming מוסבר')).toBe('rtl');
    expect(textDirection('ar', 'مرحبا')).toBe('rtl');
    expect(textDirection('he-il', 'Articles & News from Ravia & Co.')).toBe('auto');
    expect(textDirection('fa', '2024')).toBe('auto');
  });
});
