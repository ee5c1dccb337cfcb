import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/lib/document-format';
import { decodeText } from '../../src/lib/decode-text';
import { parseXmlFeed } from '../../src/features/feed/api/formats/xml-feed';
import type { XmlFormat } from '../../src/features/feed/api/formats/xml-feed';
import { fakeFetch } from '../helpers/fake-fetch';
import { fixtureBytes } from '../helpers/fixtures';
import { renderApp } from '../helpers/render-app';
import { resetReading } from '../reading/helpers';

// A podcast that names its address in itunes:new-feed-url, as many do for good.
const PODCAST = 'podcast-rss__rbren__rss-parser__itunes-keywords-astext.rss';
const ITS_ADDRESS = 'https://www.dasding.de/~podcast/podcasts/endorphine-fuer-delfine-100.xml';
const OLD_ADDRESS = 'https://old-host.example/endorphine.xml';

function readAt(address: string) {
  const text = decodeText(fixtureBytes('xml', PODCAST));
  return parseXmlFeed(text, address, detectFormat(text) as XmlFormat).feed;
}

const podcast = () =>
  new Response(fixtureBytes('xml', PODCAST), {
    headers: { 'Content-Type': 'application/rss+xml' },
  });

beforeEach(resetReading);
afterEach(resetReading);

describe('a feed that says it has moved (itunes:new-feed-url)', () => {
  it('has moved where that names another feed than the one read', () => {
    expect(readAt(OLD_ADDRESS).movedTo).toBe(ITS_ADDRESS);
    // In Atom too, where a feed uses the iTunes namespace.
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><title>Cast</title><itunes:new-feed-url>/new.atom</itunes:new-feed-url><entry><id>1</id><title>One</title></entry></feed>`;
    expect(parseXmlFeed(atom, 'https://cast.example/old.atom', 'atom').feed.movedTo).toBe(
      'https://cast.example/new.atom',
    );
  });

  it('has not where it names its own address: over the other scheme, without www or with a slash', () => {
    expect(readAt(ITS_ADDRESS).movedTo).toBeUndefined();
    expect(
      readAt('http://dasding.de/~podcast/podcasts/endorphine-fuer-delfine-100.xml/').movedTo,
    ).toBeUndefined();
  });

  it("says so on the feed's page, with a link to its new address", async () => {
    fakeFetch({ [OLD_ADDRESS]: podcast, [ITS_ADDRESS]: podcast });
    const { user } = renderApp(`/?feed=${encodeURIComponent(OLD_ADDRESS)}`);
    const moved = await screen.findByText(/This feed says it has moved to/);
    const link = within(moved).getByRole('link', {
      name: 'www.dasding.de/~podcast/podcasts/endorphine-fuer-delfine-100.xml',
    });
    await user.click(link);
    expect(await screen.findByRole('button', { name: /^Subscribe/ })).toBeInTheDocument();
    expect(await screen.findAllByRole('article')).not.toHaveLength(0);
    expect(screen.queryByText(/This feed says it has moved to/)).toBeNull();
  });

  it('says so beside the subscription on the subscriptions page', async () => {
    fakeFetch({ [OLD_ADDRESS]: podcast });
    renderApp('/subscriptions', { subscriptions: [OLD_ADDRESS] });
    const moved = await screen.findByRole('link', {
      name: 'www.dasding.de/~podcast/podcasts/endorphine-fuer-delfine-100.xml',
    });
    expect(moved.closest('li')).toHaveTextContent(/Moved to www\.dasding\.de/);
    expect(moved).toHaveAttribute('href', `/?feed=${encodeURIComponent(ITS_ADDRESS)}`);
  });
});
