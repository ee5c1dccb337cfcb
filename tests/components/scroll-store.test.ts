import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  sessionStorage.clear();
  vi.resetModules();
});

describe('the kept scroll positions', () => {
  it.each(['null', '42', '"text"', '{not json'])(
    'a store holding %s (written by hand) holds no position, and breaks nothing',
    async (stored) => {
      sessionStorage.setItem('broadsheet:scroll', stored);
      const { positionToRestore } = await import('../../src/components/scroll-restoration');
      expect(positionToRestore('abc')).toBeUndefined();
    },
  );

  it('a position kept for an entry is found again', async () => {
    sessionStorage.setItem('broadsheet:scroll', JSON.stringify({ abc: 1200 }));
    const { positionToRestore } = await import('../../src/components/scroll-restoration');
    expect(positionToRestore('abc')).toBe(1200);
  });
});
