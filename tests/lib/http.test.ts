// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hostOf } from '../../src/lib/http';

describe('hostOf', () => {
  it('names the host of a URL, with its port', () => {
    expect(hostOf('https://example.org/feed.json?page=2')).toBe('example.org');
    expect(hostOf('http://localhost:3000/feed.json')).toBe('localhost:3000');
  });

  it('has none for no URL, a relative one or one without a host', () => {
    expect(hostOf(undefined)).toBeUndefined();
    expect(hostOf('')).toBeUndefined();
    expect(hostOf('/feed.json')).toBeUndefined();
    expect(hostOf('mailto:ed@example.org')).toBeUndefined();
  });
});
