import { afterEach, describe, expect, it, vi } from 'vitest';
import { preloadPage } from '../../src/app/app-routes';
import { startFirstRequests } from '../../src/app/first-requests';
import { feedFromLocation } from '../../src/config/feed-location';
import { firstItemsQuery } from '../../src/features/feed/api/queries';
import { useSubscriptionStore } from '../../src/features/subscriptions/store/subscription-store';
import { createQueryClient } from '../../src/lib/query-client';
import { fakeFetch } from '../helpers/fake-fetch';
import { demoPage } from '../helpers/fixtures';
import { DEMO_FEED, startSubscriptions } from '../helpers/render-app';

const ORIGIN = window.location.origin;
const SEED_ID =
  'https://broadsheet.example/2019/06/30/putin-reiterates-north-korea-security-guarantees';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('feedFromLocation: which feed an address reads', () => {
  it.each([
    ['', null, DEMO_FEED],
    ['?', null, DEMO_FEED],
    ['?feed=', null, DEMO_FEED],
    ['?unread=1', null, DEMO_FEED],
    ['?feed=%2Ffeeds%2Fsite.json', '/feeds/site.json', `${ORIGIN}/feeds/site.json`],
    ['feed=/feeds/site.json', '/feeds/site.json', `${ORIGIN}/feeds/site.json`],
    [
      '?unread=1&feed=https://example.org/feed.json',
      'https://example.org/feed.json',
      'https://example.org/feed.json',
    ],
    ['?feed=a+b.json', 'a b.json', `${ORIGIN}/a%20b.json`],
  ])('%j reads %j', (search, feedParam, feedUrl) => {
    expect(feedFromLocation(search)).toEqual({ feedParam, feedUrl });
  });

  it('keeps a feed address that is no URL as it was written', () => {
    expect(feedFromLocation('?feed=http://[broken').feedUrl).toBe('http://[broken');
  });
});

describe('the requests started before the first render follow ?feed=', () => {
  const other = `${ORIGIN}/feeds/other.json`;

  it("the first request is the named feed's first page", async () => {
    const { requests } = fakeFetch({ [other]: demoPage('feed.json') });
    await startFirstRequests(createQueryClient(), '/', '?feed=%2Ffeeds%2Fother.json');
    expect(requests).toEqual([other]);
  });

  it('an article opened directly is looked up in the feed its address names', async () => {
    const { requests } = fakeFetch({ [other]: demoPage('feed.json') });
    const client = createQueryClient();
    const address = `/articles/${encodeURIComponent(SEED_ID)}?feed=%2Ffeeds%2Fother.json`;
    await preloadPage(address, client);
    // Its first page, then the pages after it that it takes to find the article.
    expect(requests[0]).toBe(other);
    expect(requests).not.toContain(DEMO_FEED);
  });
});

describe("the requests started before the first render of a page of the reader's feeds", () => {
  const EPOCH = new Date(0).toISOString();
  const FEEDS = {
    'https://news.example/feed.xml': 'News',
    'https://weather.example/feed.json': 'Weather',
    'https://sport.example/feed.json': 'Sport',
    'https://misc.example/feed.json': undefined,
  };
  const follow = () => {
    startSubscriptions();
    useSubscriptionStore.setState({
      feeds: Object.fromEntries(
        Object.entries(FEEDS).map(([feedUrl, folder]) => [
          feedUrl,
          { feedUrl, title: feedUrl, folder, addedAt: EPOCH, changedAt: EPOCH },
        ]),
      ),
    });
  };
  const answers = Object.fromEntries(Object.keys(FEEDS).map((url) => [url, demoPage('feed.json')]));
  const inFolders = (...folders: string[]) =>
    Object.entries(FEEDS)
      .filter(([, folder]) => folder !== undefined && folders.includes(folder))
      .map(([url]) => url);

  it("a folder's page asks for the feeds in it, and for no other, not the bundled one", async () => {
    follow();
    const { requests } = fakeFetch(answers);
    const client = createQueryClient();
    await startFirstRequests(client, `/folders/${encodeURIComponent('Weather')}`, '');
    expect(requests).toEqual(inFolders('Weather'));
    // Asked for its first items too, as the front page does.
    expect(
      client
        .getQueryCache()
        .find({ queryKey: firstItemsQuery(inFolders('Weather')[0] ?? '').queryKey }),
    ).toBeDefined();
  });

  it("a tag's page asks for every subscription's first page", async () => {
    follow();
    const { requests } = fakeFetch(answers);
    await startFirstRequests(createQueryClient(), '/tags/Europe', '');
    expect(requests.toSorted()).toEqual(Object.keys(FEEDS).toSorted());
  });

  it('a page that names its feed asks for that one only', async () => {
    follow();
    const other = `${ORIGIN}/feeds/other.json`;
    const { requests } = fakeFetch({ [other]: demoPage('feed.json') });
    await startFirstRequests(createQueryClient(), '/tags/Europe', '?feed=%2Ffeeds%2Fother.json');
    expect(requests).toEqual([other]);
  });
});
