import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../helpers/fake-fetch';
import { fixtureBytes } from '../helpers/fixtures';
import { renderApp } from '../helpers/render-app';

const FEED = 'https://natasha.example/feed/';

function xmlResponse(body: BodyInit, contentType = 'application/rss+xml') {
  return () => new Response(body, { headers: { 'Content-Type': contentType } });
}

describe('reading an RSS or Atom feed with ?feed=', () => {
  it('lists a WordPress feed under day headings, with its comment counts', async () => {
    fakeFetch({
      [FEED]: xmlResponse(fixtureBytes('xml', 'Ranchero-Software__RSParser__natasha.xml')),
    });
    renderApp(`/?feed=${encodeURIComponent(FEED)}`);
    expect(await screen.findByRole('link', { name: 'Natasha The Robot' })).toBeInTheDocument();
    const day = screen.getByRole('region', { name: 'Friday, July 7, 2017' });
    const entry = within(day).getByRole('article', {
      name: 'The Easiest Way to Get a URL for your Apple Wallet Passkit Pass',
    });
    expect(within(entry).getByText('6 comments')).toBeInTheDocument();
    expect(within(entry).getByRole('link', { name: 'passkit' })).toBeInTheDocument();
  });

  it('decodes a feed by its declared encoding, served as text/xml without a charset', async () => {
    fakeFetch({
      [FEED]: xmlResponse(
        fixtureBytes('xml', 'Ranchero-Software__RSParser__kc0011.rss'),
        'text/xml',
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(FEED)}`);
    expect(
      await screen.findByRole('link', {
        name: '投资资讯网交易在线--流通纪念币最新20篇论坛主题-全文',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('article', { name: '建国35周年纪念，华表，和平鸽' }),
    ).toBeInTheDocument();
  });

  it('says plainly when the address is a document it cannot read', async () => {
    fakeFetch({ [FEED]: xmlResponse('<?xml version="1.0"?><opml version="2.0"/>', 'text/xml') });
    renderApp(`/?feed=${encodeURIComponent(FEED)}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This is not a feed: Broadsheet reads JSON Feed, RSS and Atom.',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
