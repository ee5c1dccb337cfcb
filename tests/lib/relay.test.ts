import { afterEach, describe, expect, it } from 'vitest';
import {
  isCrossOrigin,
  isRelayTemplate,
  relayAddress,
  setRelay,
  throughRelay,
} from '../../src/lib/relay';

const FEED = 'https://news.example/feed.xml?lang=en&x=1';

afterEach(() => setRelay(''));

describe('relay addresses', () => {
  it('puts the encoded feed address in place of {url}', () => {
    expect(relayAddress('https://relay.example/feed?url={url}', FEED)).toBe(
      `https://relay.example/feed?url=${encodeURIComponent(FEED)}`,
    );
    expect(relayAddress('https://relay.example/r/{url}/raw', 'https://a.example/f')).toBe(
      'https://relay.example/r/https%3A%2F%2Fa.example%2Ff/raw',
    );
  });

  it('appends the encoded feed address when the template has no {url}', () => {
    expect(relayAddress('https://relay.example/feed?url=', FEED)).toBe(
      `https://relay.example/feed?url=${encodeURIComponent(FEED)}`,
    );
  });

  it.each([
    ['', true],
    ['  ', true],
    ['https://relay.example/feed?url={url}', true],
    ['http://localhost:8080/feed?url=', true],
    ['  https://relay.example/{url}  ', true],
    ['relay.example/feed?url={url}', false],
    ['ftp://relay.example/feed?url={url}', false],
    ['javascript:alert(1)//{url}', false],
    ['https://{url}', false],
    ['https://relay.example', false],
    ['https://me:secret@relay.example/feed?url={url}', false],
  ])('%j is a relay template: %s', (value, valid) => {
    expect(isRelayTemplate(value)).toBe(valid);
  });
});

describe('which requests take the relay', () => {
  it('only http(s) feeds on other origins', () => {
    setRelay('https://relay.example/feed?url={url}');
    expect(throughRelay(FEED)).toBe(`https://relay.example/feed?url=${encodeURIComponent(FEED)}`);
    expect(throughRelay(`${window.location.origin}/data/feed.json`)).toBeUndefined();
    expect(throughRelay('/data/feed.json')).toBeUndefined();
    expect(throughRelay('data:application/json,{}')).toBeUndefined();
    expect(throughRelay('https://relay.example/own-feed.xml')).toBeUndefined();
  });

  it('none without a relay, or with one that is not valid', () => {
    expect(throughRelay(FEED)).toBeUndefined();
    setRelay('not an address');
    expect(throughRelay(FEED)).toBeUndefined();
  });

  it('tells the page’s origin from others', () => {
    expect(isCrossOrigin('/data/feed.json')).toBe(false);
    expect(isCrossOrigin(`${window.location.origin}/x`)).toBe(false);
    expect(isCrossOrigin('https://news.example/feed.xml')).toBe(true);
    expect(isCrossOrigin('https://news.example/feed.xml', '')).toBe(false);
  });
});
