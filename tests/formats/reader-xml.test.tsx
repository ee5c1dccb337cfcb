import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { paths } from '../../src/config/paths';
import { fakeFetch } from '../helpers/fake-fetch';
import { fixtureBytes } from '../helpers/fixtures';
import { ORIGIN, renderApp } from '../helpers/render-app';

const FEED = 'https://natasha.example/feed/';
/** The Podcasting 2.0 namespace's own example feed, where it says it is served. */
const PODCAST = 'https://example.com/feed.xml';
const podcastingExample = () =>
  xmlResponse(
    fixtureBytes('xml', 'podcasting-2-example__Podcastindex-org__podcast-namespace__example.xml'),
  );

function xmlResponse(body: BodyInit, contentType = 'application/rss+xml') {
  return () => new Response(body, { headers: { 'Content-Type': contentType } });
}

/** A PeerTube channel's episode of a video in seven sizes and its sound (noagendatube). */
function openPeerTubeEpisode() {
  const channel = 'https://tube.example/feeds/podcast/videos.xml';
  fakeFetch({
    [channel]: xmlResponse(
      fixtureBytes('xml', 'peertube-alternate-enclosures__RyanHirsch__partytime__natube-test.xml'),
    ),
  });
  renderApp(
    `${paths.article('https://noagendatube.com/w/8d581e1f-1cf4-4e67-95f2-8fd4c1029009')}?feed=${encodeURIComponent(channel)}`,
  );
}

describe('reading an RSS or Atom feed with ?feed=', () => {
  it('lists a WordPress feed under day headings, with its comment counts', async () => {
    fakeFetch({
      [FEED]: xmlResponse(fixtureBytes('xml', 'Ranchero-Software__RSParser__natasha.xml')),
    });
    renderApp(`/?feed=${encodeURIComponent(FEED)}`);
    expect(await screen.findByRole('link', { name: 'Natasha The Robot' })).toBeInTheDocument();
    const day = await screen.findByRole('region', { name: 'Friday, July 7, 2017' });
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
      await screen.findByRole('article', { name: '建国35周年纪念，华表，和平鸽' }),
    ).toBeInTheDocument();
  });

  it('heads a day given without a time by that day wherever the reader is, and shows no time', async () => {
    process.env.TZ = 'America/Los_Angeles';
    try {
      fakeFetch({
        [FEED]: xmlResponse(
          fixtureBytes(
            'xml',
            'dc-date-day-only-windows-1251__chardet__chardet__anthropology.ru.xml',
          ),
        ),
      });
      renderApp(`/?feed=${encodeURIComponent(FEED)}`);
      const day = await screen.findByRole('region', { name: 'Monday, December 13, 2004' });
      const entry = within(day).getByRole('article', {
        name: 'Шестая буддологическая конференция: тезисы',
      });
      expect(within(entry).queryByText(/\d:\d\d/)).not.toBeInTheDocument();
      expect(within(entry).queryByRole('time')).not.toBeInTheDocument();
    } finally {
      process.env.TZ = 'UTC';
    }
  });

  it('reads the dates of a Thai WordPress feed, its months written in Thai', async () => {
    fakeFetch({
      [FEED]: xmlResponse(
        fixtureBytes(
          'xml',
          'wordpress-thai-dates-tis-620__chardet__chardet__trickspot.boxchart.com.xml',
        ),
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(FEED)}`);
    const day = await screen.findByRole('region', { name: 'Thursday, November 3, 2005' });
    expect(within(day).getByRole('article', { name: 'moved to –> eb1og' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Undated' })).not.toBeInTheDocument();
  });

  it('shows a description in plain text with its paragraphs, lines and addresses as links', async () => {
    const RUTUBE = 'https://rutube.example/person/11234072.rss';
    fakeFetch({
      [RUTUBE]: xmlResponse(
        fixtureBytes('xml', 'plain-text-description-rss__spacecowboy__Feeder__rss_mediarss.xml'),
      ),
    });
    const video = 'https://rutube.ru/video/d10dd7dac4b73e4797cb9967ff1683cf/';
    renderApp(`/articles/${encodeURIComponent(video)}?feed=${encodeURIComponent(RUTUBE)}`);
    const telegram = await screen.findByRole('link', { name: 'https://t.me/comedyclubru' });
    expect(telegram).toHaveAttribute('href', 'https://t.me/comedyclubru');
    // "Мы в соцсетях:" and its addresses are one paragraph of their own, line by line.
    const paragraph = telegram.closest('p');
    expect(paragraph?.textContent).toMatch(
      /^Мы в соцсетях:\n\s*Telegram: https:\/\/t\.me\/comedyclubru\n/,
    );
    expect(paragraph?.textContent).not.toContain('Эфир от');
  });

  it('lays out a Hebrew feed right to left, though a title starts with a Latin word', async () => {
    fakeFetch({
      [FEED]: xmlResponse(
        fixtureBytes(
          'xml',
          'rtl-hebrew-latin-first-rss__AmitPinchasi__amittech__feed_rss_created.xml',
        ),
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(FEED)}`);
    const title = await screen.findByRole('heading', {
      name: 'AI Red Teaming מוסבר - איך בודקים חדירות למערכות AI',
    });
    expect(title).toHaveAttribute('dir', 'rtl');
    expect(title.closest('article')).toHaveAttribute('lang', 'he');
    // The masthead too: the feed's title and description.
    const masthead = screen.getByRole('link', { name: 'עמית טק' }).closest('p');
    expect(masthead).toHaveAttribute('dir', 'rtl');
    expect(masthead?.parentElement).toHaveAttribute('lang', 'he');
  });

  it("runs a Hebrew feed's English right to left no more, and keeps a Hebrew name apart from the time after it", async () => {
    fakeFetch({
      [FEED]: xmlResponse(
        fixtureBytes('xml', 'hebrew-feed-english-description__chardet__chardet__law.co.il.xml'),
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(FEED)}`);
    expect(await screen.findByRole('heading', { name: 'בדיחה רעה' })).toHaveAttribute('dir', 'rtl');
    expect(
      screen.getByText('Articles & News from Ravia & Co., Law Offices, website.').closest('p'),
    ).toHaveAttribute('dir', 'auto');
    expect(
      screen.getByRole('link', { name: 'law.co.il CyberLaw Articles (Hebrew)' }).closest('p'),
    ).toHaveAttribute('dir', 'auto');
    cleanup();

    fakeFetch({
      [FEED]: xmlResponse(
        fixtureBytes('xml', 'hebrew-authors-windows-1255__chardet__chardet__notes.co.il.6.xml'),
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(FEED)}`);
    const [entry] = await screen.findAllByRole('article');
    if (!entry) throw new Error('No entry listed');
    // "יואב קרני · 06:38 · 1 min read", not the name run on into the numbers after it.
    expect(within(entry).getByText('יואב קרני')).toHaveAttribute('dir', 'auto');
  });

  it('tags a masthead with the language its script tells, where the feed names none', async () => {
    fakeFetch({
      [FEED]: xmlResponse(
        fixtureBytes('xml', 'chinese-no-language-big5__chardet__chardet__coolloud.org.tw.xml'),
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(FEED)}`);
    const title = await screen.findByRole('link', { name: '苦勞網' });
    expect(title.closest('.masthead')).toHaveAttribute('lang', 'zh-Hant');
  });

  it('says a feed’s name once where its description only repeats it (Bluesky)', async () => {
    const BLUESKY = 'https://bsky.example/profile/xangelo/rss';
    fakeFetch({
      [BLUESKY]: xmlResponse(
        fixtureBytes('xml', 'bluesky-atom-subtitle-is-title__AngeloR__rss-combiner__bluesky.xml'),
        'application/atom+xml',
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(BLUESKY)}`);
    const banner = screen.getByRole('banner');
    await within(banner).findByRole('link', { name: "Xangelo's Bluesky Posts" });
    expect(within(banner).getAllByText("Xangelo's Bluesky Posts")).toHaveLength(1);
  });

  it("shows a Ghost post's picture once, where its text puts it, not again above it", async () => {
    const GHOST = 'https://nooptoday.example/rss/';
    fakeFetch({
      [GHOST]: xmlResponse(fixtureBytes('xml', 'ghost-rss__nooptoday__feed-rs__feed.xml')),
    });
    renderApp(`/articles/6552759b77a92e0001fe1d5c?feed=${encodeURIComponent(GHOST)}`);
    const title = await screen.findByRole('heading', {
      name: 'What Did I Learn While Creating feed-rs',
    });
    // The feed names it the post's picture, and the text opens with it.
    const cover = [...(title.closest('article')?.querySelectorAll('img') ?? [])].filter((picture) =>
      picture.getAttribute('src')?.includes('photo-1466111015920'),
    );
    expect(cover).toHaveLength(1);
    expect(cover[0]).toHaveAccessibleName('What Did I Learn While Creating feed-rs');
  });

  it("shows a Squarespace post's picture once, though its text has it uploaded again", async () => {
    const SITE = 'https://www.fwrarejazzvinylcollector.example/journal?format=rss';
    fakeFetch({
      [SITE]: xmlResponse(
        fixtureBytes(
          'xml',
          'squarespace-thumbnail-uploaded-again__kagisearch__fastfeedparser__fwrarejazzvinylcollector.xml',
        ),
      ),
    });
    renderApp(
      `${paths.article('54a676c0e4b034981b4c59e8:54a6e580e4b0ab38fedeee11:67463fc40cf8fe123e6c5c77')}?feed=${encodeURIComponent(SITE)}`,
    );
    const title = await screen.findByRole('heading', {
      level: 1,
      name: '"Opened, But Hardly Touched" by Brötzmann/Miller/Moholo on FMP 0840/50',
    });
    const article = title.closest('article');
    expect(article?.querySelector('img.article-image')).toBeNull();
    const fronts = [...(article?.querySelectorAll('img') ?? [])].filter((picture) =>
      picture.getAttribute('src')?.includes('/front.jpg'),
    );
    expect(fronts).toHaveLength(1);
  });

  it('shows a Flickr photo once and in its larger size, though its text and its media:content name two', async () => {
    // As Flickr's "Uploads from …" RSS writes an item: a 240-px copy in the text, the 1024-px
    // photo in media:content.
    const photo = 'https://farm4.staticflickr.com/3927/15489018322_8fc8e5fb5b';
    const rss = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"
      xmlns:media="http://search.yahoo.com/mrss/"><channel>
      <title>Uploads from Global Institute of Sustainability</title>
      <link>https://www.flickr.com/photos/asu-gios/</link>
      <item><title>Fall Welcome 2014</title>
        <link>https://www.flickr.com/photos/asu-gios/15489018322/</link>
        <description>&lt;p&gt;&lt;a href=&quot;https://www.flickr.com/people/asu-gios/&quot;&gt;Global Institute of Sustainability&lt;/a&gt; posted a photo:&lt;/p&gt;
          &lt;p&gt;&lt;a href=&quot;https://www.flickr.com/photos/asu-gios/15489018322/&quot; title=&quot;Fall Welcome 2014&quot;&gt;&lt;img src=&quot;${photo}_m.jpg&quot; width=&quot;240&quot; height=&quot;180&quot; alt=&quot;Fall Welcome 2014&quot; /&gt;&lt;/a&gt;&lt;/p&gt;</description>
        <pubDate>Thu, 09 Oct 2014 11:51:16 -0700</pubDate>
        <guid isPermaLink="false">tag:flickr.com,2004:/photo/15489018322</guid>
        <media:content url="${photo}_b.jpg" type="image/jpeg" height="768" width="1024"/>
        <media:thumbnail url="${photo}_s.jpg" height="75" width="75" />
      </item></channel></rss>`;
    fakeFetch({ [FEED]: xmlResponse(rss) });
    renderApp(
      `${paths.article('tag:flickr.com,2004:/photo/15489018322')}?feed=${encodeURIComponent(FEED)}`,
    );
    const title = await screen.findByRole('heading', { level: 1, name: 'Fall Welcome 2014' });
    const article = title.closest('article');
    const copies = [...(article?.querySelectorAll('img') ?? [])].filter((picture) =>
      picture.getAttribute('src')?.startsWith(photo),
    );
    expect(copies).toHaveLength(1);
    // In the text, where its caption and link are: the 1,024-pixel photo, at the text's
    // proportions, not the 240-pixel copy.
    expect(within(article as HTMLElement).getByRole('img', { name: 'Fall Welcome 2014' })).toBe(
      copies[0],
    );
    expect(copies[0]).toHaveAttribute('src', `${photo}_b.jpg`);
    expect(copies[0]).toHaveAttribute('width', '1024');
    expect(copies[0]).toHaveAttribute('height', '768');
  });

  it("shows a post's picture once, though its file name is written in Swedish letters", async () => {
    const CYKLIST = 'https://www.cyklistbloggen.example/feed/';
    fakeFetch({
      [CYKLIST]: xmlResponse(
        fixtureBytes(
          'xml',
          'wordpress-non-ascii-picture-names__spacecowboy__Feeder__rss_cyklistbloggen.xml',
        ),
      ),
    });
    const id = 'http://www.cyklistbloggen.se/?p=26036';
    renderApp(`${paths.article(id)}?feed=${encodeURIComponent(CYKLIST)}`);
    const title = await screen.findByRole('heading', {
      level: 1,
      name: 'När kommunen bygger nya vägar på gammalt sätt',
    });
    const copies = [...(title.closest('article')?.querySelectorAll('img') ?? [])].filter(
      (picture) => /Sj(?:ö|%C3%B6)staden/.test(picture.getAttribute('src') ?? ''),
    );
    // Where its text puts it, not again above the text.
    expect(copies).toHaveLength(1);
    expect(copies[0]?.closest('.article-body')).not.toBeNull();
  });

  it("shows a Blogger post's picture once, though its text has it in another size", async () => {
    const BLOGGER = 'https://tylkobezcukru.example/feeds/posts/default?alt=rss';
    fakeFetch({
      [BLOGGER]: xmlResponse(
        fixtureBytes(
          'xml',
          'blogger-rss-s72-thumbnails__argian__Lorem-tylkobezcukru.blogspot.com__default-alt-rss.xml',
        ),
      ),
    });
    const id = 'tag:blogger.com,1999:blog-2300772264479440315.post-8072576523468002709';
    renderApp(`${paths.article(id)}?feed=${encodeURIComponent(BLOGGER)}`);
    const title = await screen.findByRole('heading', { name: 'Bezcukrowy tort urodzinowy' });
    const copies = [...(title.closest('article')?.querySelectorAll('img') ?? [])].filter(
      (picture) => picture.getAttribute('src')?.endsWith('/20180907_180949.jpg'),
    );
    // Where its text puts it, at the size the text gives.
    expect(copies.map((picture) => picture.getAttribute('src'))).toEqual([
      expect.stringContaining('/s640/20180907_180949.jpg'),
    ]);
  });

  it("shows a HuffPost article's picture once, though its text has it through a resizing proxy", async () => {
    const HUFFPOST = 'https://huffpost.example/feeds/index.xml';
    fakeFetch({
      [HUFFPOST]: xmlResponse(
        fixtureBytes(
          'xml',
          'huffpost-slug-tags-proxy-picture__feedjira__feedjira__HuffPostCanada.xml',
        ),
      ),
    });
    renderApp(`${paths.article('23246627')}?feed=${encodeURIComponent(HUFFPOST)}`);
    const title = await screen.findByRole('heading', {
      level: 1,
      name: /Winnipeg High School Orders Custom Hijabs/,
    });
    const pictures = [...(title.closest('article')?.querySelectorAll('img') ?? [])].filter(
      (picture) => /205775479/.test(picture.getAttribute('src') ?? ''),
    );
    expect(pictures).toHaveLength(1);
    expect(pictures[0]?.getAttribute('src')).toContain('o.aolcdn.com/images/dims3/');
  });

  it("shows a post's picture once, though its text names it relative to the entry's xml:base", async () => {
    const ONGOING = 'https://www.tbray.org/ongoing/ongoing.atom';
    fakeFetch({
      [ONGOING]: xmlResponse(
        fixtureBytes(
          'xml',
          'xml-base-relative-pictures__danmactough__node-feedparser__ongoing.atom',
        ),
        'application/atom+xml',
      ),
    });
    const id = 'http://www.tbray.org/ongoing/When/200x/2006/12/11/Mingus';
    renderApp(`${paths.article(id)}?feed=${encodeURIComponent(ONGOING)}`);
    const title = await screen.findByRole('heading', {
      level: 1,
      name: /Better Get Hit In Your Soul/,
    });
    const copies = [...(title.closest('article')?.querySelectorAll('img') ?? [])].filter(
      (picture) => picture.getAttribute('src')?.endsWith('/Mingus-playing.png'),
    );
    // Where its text puts it, resolved against the entry's base.
    expect(copies).toHaveLength(1);
    expect(copies[0]).toHaveAttribute(
      'src',
      'https://www.tbray.org/ongoing/When/200x/2006/12/11/Mingus-playing.png',
    );
    expect(copies[0]).toHaveAccessibleName('Charles Mingus');
  });

  it("lists an episode's chapters under its player, each playing it from where it starts", async () => {
    const PODCAST = 'https://cre.example/feed/m4a/';
    fakeFetch({
      [PODCAST]: xmlResponse(
        `<rss version="2.0" xmlns:psc="http://podlove.org/simple-chapters"><channel><title>CRE</title><item><title>CRE206 Das Ohr</title><link>https://cre.example/cre206</link><guid>cre206</guid><pubDate>Sun, 14 Jun 2015 20:00:00 +0000</pubDate><enclosure url="https://cre.example/cre206.m4a" length="156431572" type="audio/mp4"/><psc:chapters version="1.2"><psc:chapter start="00:00:00.000" title="Intro"/><psc:chapter start="00:07:30.989" title="Elektrochemie und das Ohr" href="https://de.wikipedia.org/wiki/Ohr"/><psc:chapter start="01:04:46.841" title="Der Gleichgewichtssinn"/></psc:chapters></item></channel></rss>`,
      ),
    });
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    const { user } = renderApp(`${paths.article('cre206')}?feed=${encodeURIComponent(PODCAST)}`);
    const chapters = await screen.findByRole('region', { name: 'Chapters' });
    const starts = within(chapters).getAllByRole('button');
    expect(starts.map((button) => button.textContent)).toEqual(['0:00', '7:30', '1:04:46']);
    // A feed that names no one lists no people.
    expect(screen.queryByRole('region', { name: 'People' })).not.toBeInTheDocument();
    expect(
      within(chapters).getByRole('link', { name: 'Elektrochemie und das Ohr' }),
    ).toHaveAttribute('href', 'https://de.wikipedia.org/wiki/Ohr');
    await user.click(
      within(chapters).getByRole('button', { name: 'Play from 1:04:46: Der Gleichgewichtssinn' }),
    );
    const player = screen.getByLabelText('CRE206 Das Ohr');
    expect((player as HTMLAudioElement).currentTime).toBeCloseTo(3886.841);
    expect(play).toHaveBeenCalledTimes(1);
    expect(play.mock.contexts[0]).toBe(player);
  });

  it('lists the times its show notes give as the chapters of an episode that names none, and not for a post', async () => {
    const PODCAST = 'https://lex.example/feed/podcast/';
    const outline = `<p>OUTLINE:
(00:00) &#8211; Introduction
(08:39) &#8211; God
(1:12:55) &#8211; Muslim ban</p>`;
    fakeFetch({
      [PODCAST]: xmlResponse(
        `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Lex Fridman Podcast</title><item><title>#416 – Episode</title><link>https://lex.example/416</link><guid>lex416</guid><pubDate>Mon, 04 Mar 2024 18:00:00 +0000</pubDate><enclosure url="https://media.example/lex_ai_416.mp3" length="1000" type="audio/mpeg"/><content:encoded><![CDATA[${outline}]]></content:encoded></item><item><title>A written post</title><link>https://lex.example/post</link><guid>post</guid><pubDate>Sun, 03 Mar 2024 18:00:00 +0000</pubDate><content:encoded><![CDATA[${outline}]]></content:encoded></item></channel></rss>`,
      ),
    });
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    const { user } = renderApp(`${paths.article('lex416')}?feed=${encodeURIComponent(PODCAST)}`);
    const chapters = await screen.findByRole('region', { name: 'Chapters' });
    expect(
      within(chapters)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['0:00', '8:39', '1:12:55']);
    await user.click(within(chapters).getByRole('button', { name: 'Play from 8:39: God' }));
    const player = screen.getByLabelText('#416 – Episode');
    expect((player as HTMLAudioElement).currentTime).toBe(519);
    expect(play.mock.contexts[0]).toBe(player);
    cleanup();

    // Nothing to play: the times stay words of the text.
    renderApp(`${paths.article('post')}?feed=${encodeURIComponent(PODCAST)}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'A written post' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Muslim ban/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Chapters' })).not.toBeInTheDocument();
  });

  it('lists every time of show notes that list links under each, and names the player for the episode', async () => {
    const PODCAST = 'https://javascriptjabber.example/feed/';
    fakeFetch({
      [PODCAST]: xmlResponse(
        fixtureBytes(
          'xml',
          'podcast-outline-between-links__alexangas__podcast-feed-reader__samplefeed2.xml',
        ),
      ),
    });
    renderApp(
      `${paths.article('c9fa60f8-7c77-4812-868e-51a462d1da2e')}?feed=${encodeURIComponent(PODCAST)}`,
    );
    const title = '186 JSJ NativeScript with TJ VanToll and Burke Holland';
    const chapters = await screen.findByRole('region', { name: 'Chapters' });
    const starts = within(chapters).getAllByRole('button');
    expect(starts).toHaveLength(21);
    expect(starts[0]).toHaveAccessibleName('Play from 3:07: Burke Holland Introduction');
    expect(starts[2]).toHaveAccessibleName('Play from 4:33: Telerik');
    expect(starts[20]).toHaveAccessibleName('Play from 48:35: Data Storage');
    // Its one recording, which has no title of its own, is the episode.
    expect(screen.getByLabelText(title)).toBeInstanceOf(HTMLAudioElement);
  });

  it("lists the chapters a real podcast's show notes give, one time a paragraph", async () => {
    const PODCAST = 'https://engineeringkiosk.example/feed/';
    fakeFetch({
      [PODCAST]: xmlResponse(
        fixtureBytes(
          'xml',
          'podcast-show-notes-times__EngineeringKiosk__podcast-rss-backup__2024-10-29.xml',
        ),
      ),
    });
    renderApp(
      `${paths.article('ac1ba702-89fd-4f2a-bde1-f64d7d3e141d')}?feed=${encodeURIComponent(PODCAST)}`,
    );
    const chapters = await screen.findByRole('region', { name: 'Chapters' });
    const starts = within(chapters).getAllByRole('button');
    expect(starts).toHaveLength(13);
    expect(starts[0]).toHaveAccessibleName(
      'Play from 0:00: Mechanische Tastaturen mit Philipp Hoeler-Lutz',
    );
    expect(starts[1]).toHaveAccessibleName('Play from 6:40: Werbung/Info');
    expect(starts[12]).toHaveAccessibleName(
      'Play from 1:12:37: Communities für mechanische Keyboards',
    );
  });

  it("lists the chapters of an episode's chapters document under its player, and the player without them", async () => {
    fakeFetch({
      [PODCAST]: podcastingExample(),
      'https://example.com/ep3_chapters.json': () =>
        new Response(
          fixtureBytes(
            'podcast',
            'json-chapters__Podcastindex-org__podcast-namespace__docs-examples-chapters-exampleComplex.json',
          ),
          { headers: { 'Content-Type': 'application/json+chapters' } },
        ),
      'https://example.com/ep2_chapters.json': () => new Response('Not found', { status: 404 }),
    });
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    const { user } = renderApp(
      `${paths.article('https://example.com/ep0003')}?feed=${encodeURIComponent(PODCAST)}`,
    );
    const chapters = await screen.findByRole('region', { name: 'Chapters' });
    expect(within(chapters).getAllByRole('button')).toHaveLength(10);
    expect(within(chapters).getByRole('link', { name: 'Namespace' })).toHaveAttribute(
      'href',
      'https://github.com/Podcastindex-org/podcast-namespace',
    );
    await user.click(
      within(chapters).getByRole('button', { name: 'Play from 1:31:50: The Big Players' }),
    );
    const player = screen.getByLabelText('Episode 3 - The Future');
    expect((player as HTMLAudioElement).currentTime).toBe(5510);
    expect(play.mock.contexts[0]).toBe(player);
    cleanup();

    // A document that cannot be read leaves the episode as it was: its player, no chapters.
    renderApp(`${paths.article('https://example.com/ep0002')}?feed=${encodeURIComponent(PODCAST)}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Episode 2 - The Present' }),
    ).toBeInTheDocument();
    expect(await screen.findByLabelText('Episode 2 - The Present')).toBeInTheDocument();
    await vi.waitFor(() =>
      expect(fetch).toHaveBeenCalledWith(
        'https://example.com/ep2_chapters.json',
        expect.anything(),
      ),
    );
    expect(screen.queryByRole('region', { name: 'Chapters' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("offers an episode's video in its other sizes and as audio, captioned by the episode", async () => {
    openPeerTubeEpisode();
    expect(await screen.findByLabelText('GWAR - Joe Biden @ First Ave 2021')).toBeInTheDocument();
    // The player's caption names its own file; the others are listed apart from it.
    expect(
      screen
        .getByRole('link', { name: 'Download GWAR - Joe Biden @ First Ave 2021 (2160p)' })
        .closest('figcaption'),
    ).toHaveTextContent(/^Download GWAR - Joe Biden @ First Ave 2021 \(2160p\)$/);
    const others = screen.getByRole('list', {
      name: 'Other files of GWAR - Joe Biden @ First Ave 2021',
    });
    expect(
      within(others)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Download 1440p',
      'Download 1080p',
      'Download 720p',
      'Download 480p',
      'Download 360p',
      'Download 240p',
      'Download Audio',
    ]);
    expect(within(others).getByRole('link', { name: 'Download Audio' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/noagendatube\.com\/static\/webseed\/.+\.mp4$/),
    );
  });

  it("shows a video episode's picture in its player, not a second time above it", async () => {
    openPeerTubeEpisode();
    const player = await screen.findByLabelText('GWAR - Joe Biden @ First Ave 2021');
    expect(player).toHaveAttribute(
      'poster',
      'https://noagendatube.com/lazy-static/previews/f47c45f4-a2b6-44d1-bf8c-df9e644add27.jpg',
    );
    const article = screen.getByRole('article');
    expect(within(article).queryByRole('img')).not.toBeInTheDocument();
  });

  it("lists an episode's highlights, each playing it from where it starts", async () => {
    fakeFetch({
      [PODCAST]: podcastingExample(),
      'https://example.com/ep1_chapters.json': () => new Response('Not found', { status: 404 }),
    });
    const { user } = renderApp(
      `${paths.article('https://example.com/ep0001')}?feed=${encodeURIComponent(PODCAST)}`,
    );
    const highlights = await screen.findByRole('region', { name: 'Highlights' });
    expect(within(highlights).getByRole('listitem')).toHaveTextContent('0:29 Highlight (34 s)');
    const player = screen.getByLabelText<HTMLMediaElement>('Episode 1 - The Past');
    player.play = vi.fn(() => Promise.resolve());
    await user.click(
      within(highlights).getByRole('button', { name: 'Play from 0:29: Highlight (34 s)' }),
    );
    expect(player.currentTime).toBeCloseTo(29.32);
    expect(player.play).toHaveBeenCalled();
  });

  it('names the people of an episode with their roles and pages', async () => {
    fakeFetch({
      [PODCAST]: podcastingExample(),
      'https://example.com/ep1_chapters.json': () => new Response('Not found', { status: 404 }),
    });
    renderApp(`${paths.article('https://example.com/ep0001')}?feed=${encodeURIComponent(PODCAST)}`);
    const people = await screen.findByRole('region', { name: 'People' });
    expect(
      within(people)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Adam Curry, host', 'Dave Jones, guest', 'Jebick Morton, cover art designer']);
    expect(within(people).getByRole('link', { name: 'Dave Jones' })).toHaveAttribute(
      'href',
      'https://www.imdb.com/name/nm0427852888/',
    );
  });

  it("credits a newspaper's lead picture under it, as the feed credits it", async () => {
    const NYT = 'https://rss.nytimes.example/HomePage.xml';
    fakeFetch({
      [NYT]: xmlResponse(
        fixtureBytes('xml', 'newspaper-item-caption-rss__gesab001__headlines__nytimes.xml'),
      ),
    });
    const story = 'https://www.nytimes.com/2021/10/16/us/benton-harbor-michigan-water.html';
    renderApp(`/articles/${encodeURIComponent(story)}?feed=${encodeURIComponent(NYT)}`);
    const picture = await screen.findByRole('img', { name: /^In Benton Harbor, state officials/ });
    const figure = picture.closest('figure');
    expect(figure).toHaveTextContent(/^Sebastian Hidalgo for The New York Times$/);
    // A picture that cannot be had credits nobody under its empty box.
    fireEvent.error(picture);
    await waitFor(() => expect(figure).toHaveTextContent(/^$/));
  });

  it("shows each of a Mastodon post's pictures, as the feed describes them", async () => {
    const MASTODON = 'https://mastodon.example/@nuclearpasta.rss';
    fakeFetch({
      [MASTODON]: xmlResponse(
        fixtureBytes(
          'xml',
          'mastodon-media-rss__jocmp__capyreader__feed-multiple-media-content.xml',
        ),
      ),
    });
    const post = 'https://mastodon.art/@nuclearpasta/114495761108890085';
    renderApp(`/articles/${encodeURIComponent(post)}?feed=${encodeURIComponent(MASTODON)}`);
    const attachments = await screen.findByRole('region', { name: 'Attachments' });
    // The first leads the article; the other three follow its text.
    expect(
      screen.getByRole('img', { name: 'Raiders ride giant lizards across the desert.' }),
    ).toHaveClass('article-image');
    expect(
      within(attachments)
        .getAllByRole('img')
        .map((picture) => picture.getAttribute('alt')),
    ).toEqual([
      "the inside of Lord Cartasalva's tent.",
      'travel montage across the oasis',
      'Joy and Sir Pangreto exchange menacing looks-',
    ]);
    expect(
      within(attachments).getByRole('img', { name: 'travel montage across the oasis' }),
    ).toHaveAttribute(
      'src',
      'https://cdn.masto.host/mastodonart/media_attachments/files/114/495/756/453/333/085/original/f0baf8d5c4be0461.jpg',
    );
  });

  it('counts comments the site keeps off its feed as the list does, and links to them', async () => {
    // As DC Rainmaker's WordPress feed: a count and a comments page, an empty comment feed.
    const rss = `<?xml version="1.0"?><rss version="2.0"
      xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
      <channel><title>DC Rainmaker</title><link>https://www.dcrainmaker.com</link>
      <item><title>Power Meter Buyer's Guide</title>
        <link>https://www.dcrainmaker.com/2017/11/guide.html</link>
        <comments>https://www.dcrainmaker.com/2017/11/guide.html#comments</comments>
        <pubDate>Mon, 20 Nov 2017 12:00:00 +0000</pubDate>
        <description>Every power meter this year.</description>
        <wfw:commentRss></wfw:commentRss><slash:comments>148</slash:comments>
      </item></channel></rss>`;
    fakeFetch({ [FEED]: xmlResponse(rss) });
    const { user } = renderApp(`/?feed=${encodeURIComponent(FEED)}`);
    const entry = await screen.findByRole('article', { name: "Power Meter Buyer's Guide" });
    expect(within(entry).getByText('148 comments')).toBeInTheDocument();

    await user.click(within(entry).getByRole('link', { name: "Power Meter Buyer's Guide" }));
    expect(await screen.findByRole('heading', { name: '148 comments' })).toBeInTheDocument();
    expect(screen.getByText(/148 comments are on the site itself\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read them on www.dcrainmaker.com' })).toHaveAttribute(
      'href',
      'https://www.dcrainmaker.com/2017/11/guide.html#comments',
    );
  });

  it("counts a Reddit post's comments as its text says, and links to them", async () => {
    const REDDIT = 'https://www.reddit.example/.rss';
    fakeFetch({
      [REDDIT]: xmlResponse(
        fixtureBytes('xml', 'reddit-rss-escaped-twice__rbren__rss-parser__reddit-atom.rss'),
      ),
    });
    const { user } = renderApp(`/?feed=${encodeURIComponent(REDDIT)}`);
    const title = /^I am the guy who dragged a model into the ocean/;
    const post = await screen.findByRole('article', { name: title });
    expect(within(post).getByText('339 comments')).toBeInTheDocument();
    expect(within(post).getByText(/^Hey Reddit! Benjamin Von Wong here/)).toBeInTheDocument();
    await user.click(within(post).getByRole('link', { name: title }));
    expect(await screen.findByText(/^339 comments are on the site itself\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read them on www.reddit.com' })).toHaveAttribute(
      'href',
      'https://www.reddit.com/r/IAmA/comments/42bx8o/i_am_the_guy_who_dragged_a_model_into_the_ocean/',
    );
  });

  it('links the page where a story is discussed, as Hacker News names it', async () => {
    const story = 'https://example.org/compilers-are-fun';
    const rss = `<rss version="2.0"><channel><title>Hacker News</title>
      <link>https://news.ycombinator.com/</link>
      <item><title>Compilers are fun</title><link>${story}</link>
        <pubDate>Mon, 20 Nov 2017 12:00:00 +0000</pubDate>
        <comments>https://news.ycombinator.com/item?id=15743523</comments>
        <description><![CDATA[<a href="https://news.ycombinator.com/item?id=15743523">Comments</a>]]></description>
      </item></channel></rss>`;
    fakeFetch({ [FEED]: xmlResponse(rss) });
    renderApp(`/articles/${encodeURIComponent(story)}?feed=${encodeURIComponent(FEED)}`);
    expect(
      await screen.findByRole('link', { name: 'Discussion on news.ycombinator.com' }),
    ).toHaveAttribute('href', 'https://news.ycombinator.com/item?id=15743523');
    // Commenting here still works as everywhere.
    expect(screen.getByRole('button', { name: 'Post comment' })).toBeInTheDocument();
  });

  it('reads a feed its server sent after PHP warnings', async () => {
    fakeFetch({
      [FEED]: xmlResponse(
        fixtureBytes(
          'xml',
          'php-warnings-before-declaration__alexangas__podcast-feed-reader__samplefeed_garbagestart.xml',
        ),
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(FEED)}`);
    expect(
      await screen.findByRole('article', {
        name: '1992 Georgia Skeptics Conference - Part 3 of 3',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('lists a BBC story once, though the feed lists it under each of its sections', async () => {
    fakeFetch({
      [FEED]: xmlResponse(
        fixtureBytes('xml', 'bbc-story-in-several-sections__MatipaM__web-services-ae2__bbc.xml'),
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(FEED)}`);
    // "…/cg586r7np4go#2" and "…#9"; "…/cz074vyvjzvo#0" and "…#10" under another headline.
    expect(
      await screen.findAllByRole('article', { name: /^Laugher 'devastated' after missing out/ }),
    ).toHaveLength(1);
    expect(
      screen.getAllByRole('article', { name: /^Suspended Labour councillor arrested/ }),
    ).toHaveLength(1);
    expect(
      screen.queryByRole('article', { name: /^Councillor arrested over counter-protest/ }),
    ).not.toBeInTheDocument();
  });

  it("links each story's discussion in the list, where Hacker News counts no comments", async () => {
    fakeFetch({
      [FEED]: xmlResponse(
        fixtureBytes('xml', 'hacker-news-front-page__fuse-open__uno__XmlDocumentTests.rss'),
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(FEED)}`);
    const story = await screen.findByRole('article', { name: 'Gmail was down' });
    expect(
      within(story).getByRole('link', { name: 'Discussion on news.ycombinator.com' }),
    ).toHaveAttribute('href', 'https://news.ycombinator.com/item?id=7116764');
    expect(screen.queryByText('No comments')).not.toBeInTheDocument();
    // Its text, a link to that page and nothing more, is no excerpt and nothing to read.
    expect(within(story).queryByText('Comments')).not.toBeInTheDocument();
    expect(story).not.toHaveTextContent('min read');
  });

  it("shows an episode's notes where it gives them only to podcast apps", async () => {
    // As SCOTUSblog's podcast (2010): no description, the notes in itunes:summary alone.
    const rss = `<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
      <channel><title>SCOTUSblog Podcast</title><link>https://www.scotusblog.com</link>
      <item><title>Podcast interview</title><guid>scotus-1</guid>
        <pubDate>Mon, 20 Sep 2010 12:00:00 +0000</pubDate>
        <itunes:subtitle>A discussion with Dean Erwin Chemerinsky</itunes:subtitle>
        <itunes:summary><![CDATA[SCOTUSblog interviews Erwin Chemerinsky about his book <em>The Conservative Assault on the Constitution</em>.]]></itunes:summary>
        <enclosure url="https://sblog.example/chemerinsky.m4a" length="1" type="audio/x-m4a"/>
      </item>
      <item><title>Term preview</title><guid>scotus-2</guid>
        <pubDate>Sun, 19 Sep 2010 12:00:00 +0000</pubDate>
        <itunes:subtitle>The cases of the coming term, in ten minutes.</itunes:subtitle>
        <enclosure url="https://sblog.example/preview.m4a" length="1" type="audio/x-m4a"/>
      </item></channel></rss>`;
    fakeFetch({ [FEED]: xmlResponse(rss) });
    const { user } = renderApp(`/?feed=${encodeURIComponent(FEED)}`);
    const episode = await screen.findByRole('article', { name: 'Podcast interview' });
    expect(episode).toHaveTextContent('SCOTUSblog interviews Erwin Chemerinsky');
    expect(screen.getByRole('article', { name: 'Term preview' })).toHaveTextContent(
      'The cases of the coming term, in ten minutes.',
    );
    await user.click(within(episode).getByRole('link', { name: 'Podcast interview' }));
    expect(
      await screen.findByText('The Conservative Assault on the Constitution', { selector: 'em' }),
    ).toBeInTheDocument();
  });

  it("gives a podcast episode's length to listen to, not a time to read", async () => {
    fakeFetch({
      [FEED]: xmlResponse(fixtureBytes('xml', 'Ranchero-Software__RSParser__theomnishow.rss')),
    });
    renderApp(`/?feed=${encodeURIComponent(FEED)}`);
    const [episode] = await screen.findAllByRole('article');
    // itunes:duration 1729 seconds: 28.8 minutes.
    expect(episode).toHaveTextContent(/· 29 min listen/);
    expect(episode).not.toHaveTextContent(/min read/);
  });

  it('calls an episode or a video of unknown length what it is, not a minute of reading', async () => {
    const item = (title: string, type: string) =>
      `<item><title>${title}</title><guid>${title}</guid>
        <pubDate>Mon, 20 Nov 2017 12:00:00 +0000</pubDate><description>Notes.</description>
        <enclosure url="https://cast.example/${title}" type="${type}" length="0"/></item>`;
    const rss = `<rss version="2.0"><channel><title>No Agenda</title>
      ${item('Episode 1700', 'audio/mpeg')}${item('Clip 12', 'video/mp4')}</channel></rss>`;
    fakeFetch({ [FEED]: xmlResponse(rss) });
    renderApp(`/?feed=${encodeURIComponent(FEED)}`);
    const episode = await screen.findByRole('article', { name: 'Episode 1700' });
    expect(episode).toHaveTextContent(/· Audio/);
    expect(episode).not.toHaveTextContent(/min read/);
    expect(screen.getByRole('article', { name: 'Clip 12' })).toHaveTextContent(/· Video/);
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

const BLOG = `${ORIGIN}/data/harbour-notes/posts.atom`;
const demo = (path: string) =>
  readFileSync(join(import.meta.dirname, '../../public/data/harbour-notes', path));

describe('a list of posts whose titles are their text', () => {
  it("shows a Weibo post's text once, where its title adds only RSSHub's [图片] for a picture", async () => {
    // RSSHub's /weibo/user (July 2025), trimmed to one post.
    const feed = 'https://rsshub.example/weibo/user/1935396210';
    fakeFetch({
      [feed]: xmlResponse(
        `<rss version="2.0"><channel><title>少年JUMP吧的微博</title><link>https://weibo.com/1935396210/</link>
<item><title>小畑健新绘 『棋魂』展纪念插画合集棋魂 [图片][图片]</title>
<description><![CDATA[小畑健新绘 『棋魂』展纪念插画合集<br><br><a href="https://m.weibo.cn/p/index?extparam=x" data-hide=""><span class="surl-text">棋魂</span></a> <img style="" src="https://tvax3.sinaimg.cn/large/0026YIXUgy1i320w2kuxej60nv0xcaji02.jpg">]]></description>
<link>https://weibo.com/1935396210/PzxHZnoFG</link><pubDate>Fri, 04 Jul 2025 07:39:56 GMT</pubDate></item></channel></rss>`,
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(feed)}`);
    const post = await screen.findByRole('article', { name: /^小畑健新绘/ });
    expect(within(post).queryByText(/展纪念插画合集 棋魂/)).toBeNull();
  });
});

describe('a Blogger blog whose comments come from its comment feeds', () => {
  function serveBlog() {
    const atom = (path: string) => xmlResponse(demo(path), 'application/atom+xml');
    return fakeFetch({
      [BLOG]: atom('posts.atom'),
      [`${ORIGIN}/data/harbour-notes/comments/5120968114357380114.atom`]: atom(
        'comments/5120968114357380114.atom',
      ),
    });
  }

  it('counts comments on the list without fetching them', async () => {
    const { requests } = serveBlog();
    renderApp(`/?feed=${encodeURIComponent(BLOG)}`);
    const entry = await screen.findByRole('article', { name: 'The night ferry comes back' });
    expect(within(entry).getByText('3 comments')).toBeInTheDocument();
    expect(
      within(screen.getByRole('article', { name: 'Low tide at the sea wall' })).getByText(
        'No comments',
      ),
    ).toBeInTheDocument();
    expect(requests).toEqual([BLOG]);
  });

  it('counts the comments the feed counts while their comment feed is on its way', async () => {
    fakeFetch({
      [BLOG]: xmlResponse(demo('posts.atom'), 'application/atom+xml'),
      [`${ORIGIN}/data/harbour-notes/comments/5120968114357380114.atom`]: () =>
        new Promise<Response>(() => undefined),
    });
    const id = 'tag:blogger.com,1999:blog-7301885216630471052.post-5120968114357380114';
    renderApp(`/articles/${encodeURIComponent(id)}?feed=${encodeURIComponent(BLOG)}`);
    const thread = await screen.findByRole('region', { name: '3 comments' });
    expect(within(thread).getByText('Loading comments…')).toBeInTheDocument();
  });

  it('threads the comment feed under the article, and a local reply nests under one', async () => {
    serveBlog();
    const id = 'tag:blogger.com,1999:blog-7301885216630471052.post-5120968114357380114';
    const { user } = renderApp(
      `/articles/${encodeURIComponent(id)}?feed=${encodeURIComponent(BLOG)}`,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The night ferry comes back' }),
    ).toBeInTheDocument();
    const niamh = await screen.findByRole('article', { name: /Niamh O'Dwyer/ });
    const maeve = within(niamh).getByRole('article', { name: /Maeve Costigan/ });
    expect(maeve).toHaveTextContent('Same brass rail, new coffee machine.');
    expect(screen.getByRole('article', { name: /Colm Hegarty/ })).toHaveTextContent(
      'the old timetable & the band',
    );

    await user.click(within(maeve).getByRole('button', { name: 'Reply' }));
    await user.type(within(maeve).getByRole('textbox', { name: /comment/i }), 'See you on board.');
    await user.click(within(maeve).getByRole('button', { name: /post/i }));
    expect(await within(maeve).findByRole('article', { name: /Anonymous|You/ })).toHaveTextContent(
      'See you on board.',
    );
  });
});

describe('a web page instead of a feed (autodiscovery)', () => {
  const SITE = 'https://harbour.example/';

  it('opens the one posts feed a page names', async () => {
    fakeFetch({
      [SITE]: xmlResponse(
        `<!doctype html><html><head><title>Harbour</title>
        <link rel="alternate" type="application/rss+xml" title="Harbour » Feed" href="/feed/">
        <link rel="alternate" type="application/rss+xml" title="Harbour » Comments Feed" href="/comments/feed/">
        </head><body></body></html>`,
        'text/html; charset=utf-8',
      ),
      [`${SITE}feed/`]: xmlResponse(
        fixtureBytes('xml', 'Ranchero-Software__RSParser__natasha.xml'),
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(SITE)}`);
    expect(await screen.findByRole('link', { name: 'Natasha The Robot' })).toBeInTheDocument();
  });

  it('goes on to the usual addresses when the feed a page names is missing, and else says which it was', async () => {
    const page = xmlResponse(
      `<!doctype html><html><head><title>Harbour</title>
      <link rel="alternate" type="application/rss+xml" title="Harbour" href="Journaling">
      </head><body></body></html>`,
      'text/html',
    );
    fakeFetch({
      [SITE]: page,
      [`${SITE}feed`]: xmlResponse(fixtureBytes('xml', 'Ranchero-Software__RSParser__natasha.xml')),
    });
    renderApp(`/?feed=${encodeURIComponent(SITE)}`);
    expect(await screen.findByRole('link', { name: 'Natasha The Robot' })).toBeInTheDocument();
    cleanup();

    const other = 'https://other.example/';
    fakeFetch({ [other]: page });
    renderApp(`/?feed=${encodeURIComponent(other)}`);
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'The feed at https://other.example/Journaling, which this page names, could not be read.',
    );
  });

  /** What the feed's page says of a web page that names several feeds. */
  async function choiceNotice(): Promise<HTMLElement> {
    await screen.findByText('This page names several feeds. Choose one to read:');
    const notice = screen
      .getAllByRole('status')
      .find((status) => status.textContent.includes('This address is a web page.'));
    if (!notice) throw new Error('No notice names the choice.');
    return notice;
  }

  it('offers each feed of a page that names several, by title', async () => {
    fakeFetch({
      [SITE]: xmlResponse(
        demo('../../../tests/fixtures/feeds/html/Ranchero-Software__RSParser__coco.html'),
        'text/html',
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(SITE)}`);
    // A choice to make, not an error: said politely, without "Try again".
    const notice = await choiceNotice();
    expect(notice).toHaveTextContent(
      'This address is a web page.This page names several feeds. Choose one to read:',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(within(notice).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(within(notice).getByRole('link', { name: 'Best of The Atlantic' })).toHaveAttribute(
      'href',
      `/?feed=${encodeURIComponent('https://harbour.example/feed/best-of/')}`,
    );
    // The page is headed by the choice; the site's name over it, and no list's tools where
    // there is no list.
    expect(screen.getByRole('heading', { level: 1, name: 'Choose a feed' })).toBeInTheDocument();
    expect(screen.getByText('The Atlantic', { selector: '.masthead-title' })).toBeVisible();
    for (const tool of ['Save the latest 20', 'Mark all as read', 'Subscribe'])
      expect(screen.queryByRole('button', { name: tool })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Unread only' })).not.toBeInTheDocument();
  });

  it('names untitled feeds among several by their format and file', async () => {
    fakeFetch({
      [SITE]: xmlResponse(
        demo(
          '../../../tests/fixtures/feeds/html/autodiscovery-types-without-xml__spacecowboy__Feeder__cowboyprogrammer.html',
        ),
        'text/html',
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(SITE)}`);
    expect(
      within(await choiceNotice())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['RSS feed · index.xml', 'JSON Feed · feed.json', 'Atom feed · atom.xml']);
  });

  it('opens the feed a page links to from its text when its head names none', async () => {
    fakeFetch({
      [SITE]: xmlResponse(
        '<!doctype html><title>Harbour</title><p><a href="/about/">About</a> · <a href="/index.xml">RSS</a></p>',
        'text/html',
      ),
      [`${SITE}index.xml`]: xmlResponse(
        fixtureBytes('xml', 'Ranchero-Software__RSParser__natasha.xml'),
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(SITE)}`);
    expect(await screen.findByRole('link', { name: 'Natasha The Robot' })).toBeInTheDocument();
  });

  it("opens the site's feed before an author's, the only one its text links to", async () => {
    const author = `${SITE}author/ana/feed/`;
    const { requests } = fakeFetch({
      [SITE]: xmlResponse(
        `<!doctype html><title>Harbour</title><p>By Ana <a href="/author/ana/feed/">RSS</a></p>`,
        'text/html',
      ),
      [`${SITE}feed`]: xmlResponse(fixtureBytes('xml', 'Ranchero-Software__RSParser__natasha.xml')),
      [author]: xmlResponse('<rss version="2.0"><channel><title>Ana</title></channel></rss>'),
    });
    renderApp(`/?feed=${encodeURIComponent(SITE)}`);
    expect(await screen.findByRole('link', { name: 'Natasha The Robot' })).toBeInTheDocument();
    expect(requests).not.toContain(author);
  });

  it("opens the site's feed before a topic's, the only one its head names (ZDNet)", async () => {
    const topic = `${SITE}topic/hardware/rss.xml`;
    const head = xmlResponse(
      `<!doctype html><head><title>Harbour</title><link rel="alternate" type="application/rss+xml" title="Latest Hardware" href="/topic/hardware/rss.xml"></head><p>Story</p>`,
      'text/html',
    );
    const natasha = xmlResponse(fixtureBytes('xml', 'Ranchero-Software__RSParser__natasha.xml'));
    const topicFeed = xmlResponse(
      '<rss version="2.0"><channel><title>Latest Hardware</title><item><title>Chips</title><link>https://harbour.example/chips</link></item></channel></rss>',
    );
    const { requests } = fakeFetch({
      [SITE]: head,
      [`${SITE}feed`]: natasha,
      [topic]: topicFeed,
    });
    renderApp(`/?feed=${encodeURIComponent(SITE)}`);
    expect(await screen.findByRole('link', { name: 'Natasha The Robot' })).toBeInTheDocument();
    expect(requests).not.toContain(topic);
  });

  it("reads the topic's feed a page names where the site keeps none of its own", async () => {
    fakeFetch({
      [SITE]: xmlResponse(
        `<!doctype html><head><title>Harbour</title><link rel="alternate" type="application/rss+xml" title="Latest Hardware" href="/topic/hardware/rss.xml"></head><p>Story</p>`,
        'text/html',
      ),
      [`${SITE}topic/hardware/rss.xml`]: xmlResponse(
        '<rss version="2.0"><channel><title>Latest Hardware</title><item><title>Chips</title><link>https://harbour.example/chips</link></item></channel></rss>',
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(SITE)}`);
    expect(await screen.findByRole('link', { name: 'Latest Hardware' })).toBeInTheDocument();
  });

  it('looks for a feed at the usual addresses when the page links to none', async () => {
    const { requests } = fakeFetch({
      [SITE]: xmlResponse('<!doctype html><title>Harbour</title><p>Hello</p>', 'text/html'),
      [`${SITE}feed`]: () => new Response('Not here', { status: 404 }),
      // A site that answers every address with its home page is no feed either.
      [`${SITE}rss.xml`]: xmlResponse('<!doctype html><title>Harbour</title>', 'text/html'),
      [`${SITE}feed.xml`]: xmlResponse(
        fixtureBytes('xml', 'Ranchero-Software__RSParser__natasha.xml'),
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(SITE)}`);
    expect(await screen.findByRole('link', { name: 'Natasha The Robot' })).toBeInTheDocument();
    expect(requests).not.toContain(`${SITE}atom.xml`);
  });

  it("looks past a post page that names only its own comment feed, to the site's feed", async () => {
    const POST =
      'https://www.dmagazine.com/frontburner/2016/12/nfl-concussion-settlement-payments-can-begin/';
    const page = fixtureBytes(
      'html',
      'autodiscovery-comments-only-wordpress__postlight__parser__www.dmagazine.com.html',
    );
    const { requests } = fakeFetch({
      [POST]: xmlResponse(page, 'text/html'),
      'https://www.dmagazine.com/feed': xmlResponse(
        fixtureBytes('xml', 'Ranchero-Software__RSParser__natasha.xml'),
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(POST)}`);
    expect(await screen.findByRole('link', { name: 'Natasha The Robot' })).toBeInTheDocument();
    // Its comment feed, named or at /feed beside it, was not what the reader asked for.
    expect(requests.filter((url) => url.includes('nfl-concussion'))).toEqual([POST]);
  });

  it('goes on to the usual addresses when the one feed a page links to is a web page', async () => {
    const STORY = 'https://money.cnn.com/2016/11/29/news/ohare-workers-strike/index.html';
    fakeFetch({
      [STORY]: xmlResponse(
        fixtureBytes(
          'html',
          'autodiscovery-body-link-to-list__postlight__parser__money.cnn.com.html',
        ),
        'text/html',
      ),
      // "RSS" in its footer leads to a page that lists the site's feeds.
      'https://money.cnn.com/services/rss/': xmlResponse(
        '<!doctype html><h1>RSS</h1>',
        'text/html',
      ),
      'https://money.cnn.com/rss.xml': xmlResponse(
        fixtureBytes('xml', 'Ranchero-Software__RSParser__natasha.xml'),
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(STORY)}`);
    expect(await screen.findByRole('link', { name: 'Natasha The Robot' })).toBeInTheDocument();
  });

  it('tries the address a link saying "RSS" leads to before the usual ones, also after a named feed failed', async () => {
    const STORY = 'https://www.royalroad.com/fiction/63759/super-supportive/chapter/1449598/one';
    const { requests } = fakeFetch({
      [STORY]: xmlResponse(
        fixtureBytes(
          'html',
          'autodiscovery-body-link-syndication__mozilla__readability__royal-road.html',
        ),
        'text/html',
      ),
      'https://www.royalroad.com/fiction/syndication/63759': xmlResponse(
        fixtureBytes('xml', 'Ranchero-Software__RSParser__natasha.xml'),
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(STORY)}`);
    expect(await screen.findByRole('link', { name: 'Natasha The Robot' })).toBeInTheDocument();
    expect(requests).not.toContain('https://www.royalroad.com/feed');
    cleanup();

    // A head that names a feed which is not there; a text that links the real one.
    fakeFetch({
      [SITE]: xmlResponse(
        `<!doctype html><html><head><title>Harbour</title>
        <link rel="alternate" type="application/rss+xml" title="Harbour" href="/gone.xml">
        </head><body><a href="/rss2.php">RSS-Feed</a></body></html>`,
        'text/html',
      ),
      [`${SITE}rss2.php`]: xmlResponse(
        fixtureBytes('xml', 'Ranchero-Software__RSParser__natasha.xml'),
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(SITE)}`);
    expect(await screen.findByRole('link', { name: 'Natasha The Robot' })).toBeInTheDocument();
  });

  it("says a bot check stands where the feed is (Cloudflare's), and guesses no other address", async () => {
    const { requests } = fakeFetch({
      [SITE]: xmlResponse(
        fixtureBytes('html', 'cloudflare-bot-check__Husky169__kxz69web___ssgManifest.html'),
        'text/html',
      ),
    });
    renderApp(`/?feed=${encodeURIComponent(SITE)}`);
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'The site answered with a bot check (“Just a moment…”) instead of its feed',
    );
    expect(
      screen.getByRole('link', { name: 'Set “Fetch feeds through” in Settings' }),
    ).toBeVisible();
    expect(requests.filter((url) => url !== SITE)).toEqual([]);
  });

  it('says so when a page names no feed and none is at the usual addresses', async () => {
    fakeFetch({ [SITE]: xmlResponse('<!doctype html><title>Hi</title>', 'text/html') });
    renderApp(`/?feed=${encodeURIComponent(SITE)}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This is a web page, not a feed, and it names no feed of its own. None was found at the usual addresses either',
    );
  });

  it('does not guess the address it was given, where a web page answered', async () => {
    const page = `${SITE}feed.xml`;
    const { requests } = fakeFetch({
      [page]: xmlResponse('<!doctype html><title>Moved</title>', 'text/html'),
    });
    renderApp(`/?feed=${encodeURIComponent(page)}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('names no feed of its own');
    expect(requests.filter((url) => url === page)).toHaveLength(1);
    expect(requests).toContain(`${SITE}atom.xml`);
  });
});
