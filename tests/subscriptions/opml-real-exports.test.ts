import { describe, expect, it } from 'vitest';
import { readOpml, readOpmlBytes } from '../../src/features/subscriptions/opml/read-opml';
import { folderCounts, opmlBytes, opmlText, readFixture } from './opml-fixtures';

describe('reading real OPML exports', () => {
  it('Thunderbird: each feed in a folder of its own name is in the folder around that', () => {
    const found = readFixture('opml-thunderbird-folder-per-feed__erikvip__personal__rssfeeds.opml');
    expect(found.feeds).toHaveLength(35);
    expect(Object.keys(folderCounts(found.feeds))).toEqual([
      'Tech',
      'Diy',
      'Marijuana',
      'Security',
      'News',
      'Linux',
      'Science',
      'Comics',
    ]);
    expect(found.feeds).toContainEqual({
      feedUrl: 'http://news.ycombinator.com/rss',
      title: 'Hacker News',
      siteUrl: 'https://news.ycombinator.com/',
      folder: 'Tech',
    });
  });

  it('Feedbro: a feed\'s placeholder title ("Untitled feed") gives way to the name it was given', () => {
    const found = readFixture(
      'opml-feedbro-untitled-feed__Michaelooo__rss-config__feedbro-subscriptions.opml',
    );
    expect(found.feeds).toHaveLength(15);
    expect(found.feeds[2]).toEqual({
      feedUrl: 'https://www.xiabingbao.com/atom.xml',
      title: '唐巧的博客',
    });
    expect(found.feeds.at(-1)?.title).toBe("Dan Abramov's Overreacted Blog RSS Feed");
  });

  it('Overcast, RSSOwl and Liferea: the one outline around everything is no folder', () => {
    const overcast = readFixture('opml-overcast-feeds-wrapper__vinhnx__podcasts__overcast.opml');
    expect(folderCounts(overcast.feeds)).toEqual({ '': 284 });
    const rssowl = readFixture('opml-rssowl-my-feeds-wrapper__erikvip__personal__rssowl-old.opml');
    expect(rssowl.feeds).toHaveLength(267);
    expect(folderCounts(rssowl.feeds)).toMatchObject({ 'General News / Science': 9, Weblogs: 16 });
    expect(rssowl.feeds.some((feed) => feed.folder?.startsWith('My Feeds'))).toBe(false);
    const liferea = readFixture('opml-liferea-export-wrapper__Makpoc__dotfiles__liferea.opml');
    expect(folderCounts(liferea.feeds)).toEqual({
      Programming: 4,
      'Programming / Java': 5,
      'Programming / Python': 8,
      'Programming / Go': 17,
      Fun: 7,
      Misc: 3,
    });
  });

  it('RSS Bandit: a list that names UTF-16 but is written one byte a character is read', () => {
    const found = readOpmlBytes(
      opmlBytes('opml-rssbandit-declared-utf16__RssBandit__RssBandit__dotnet-junkies.opml'),
    );
    expect(found.ok && found.feeds).toHaveLength(42);
  });

  it('Feedbro: a title that names only the format gives way to the name the reader gave', () => {
    const found = readFixture(
      'opml-feedbro-format-titles__I-nnana__my-confs__feedbro-subscriptions.opml',
    );
    const titles = found.feeds.map((feed) => feed.title);
    expect(titles).toEqual(expect.arrayContaining(['HCN | Security', 'HCN | JS', 'HCN | DevOps']));
    expect(titles).not.toContain('RSS');
  });

  it('iCatcher: titles written as addresses write them read as words', () => {
    const found = readFixture(
      'opml-icatcher-percent-titles__Imaginativeone__Podcasts.opml__podcasts.opml',
    );
    expect(found.feeds).toHaveLength(240);
    expect(found.feeds.map((feed) => feed.title)).toEqual(
      expect.arrayContaining([
        '50 Things That Made the Modern Economy',
        'ATHLEAN-X™',
        'Afford Anything',
      ]),
    );
    expect(found.feeds.filter((feed) => /%[\da-f]{2}/i.test(feed.title))).toEqual([]);
  });

  it('NetNewsWire (iCloud): 180 feeds without folders, IDN hosts, empty htmlUrl left out', () => {
    const found = readFixture(
      'opml-netnewswire-icloud__merlinscholz__opml__Subscriptions-iCloud.opml',
    );
    expect(found.feeds).toHaveLength(180);
    expect(folderCounts(found.feeds)).toEqual({ '': 180 });
    expect(found.feeds).toContainEqual({
      feedUrl: 'https://xn--gckvb8fzb.com/index.xml',
      title: 'マリウス',
      siteUrl: 'https://xn--gckvb8fzb.com/',
    });
    expect(found.feeds).toContainEqual({
      feedUrl: 'https://catgirl.ai/log/atom.xml',
      title: '/var/log/ash | gay robot noises',
    });
    expect(found).toMatchObject({ duplicates: 0, withoutAddress: 0, notWeb: 0 });
  });

  it('NetNewsWire (On My Mac): escaped titles come back as written', () => {
    const found = readFixture(
      'opml-netnewswire-onmymac__hackthehackerman__rss-backup__Subscriptions-OnMyMac.opml',
    );
    expect(found.feeds).toHaveLength(11);
    expect(found.feeds).toContainEqual({
      feedUrl: 'http://antirez.com/rss',
      title: '<antirez>',
      siteUrl: 'http://antirez.com/',
    });
  });

  it('NetNewsWire with a NewsBlur newsletter: the newsletter: address is skipped and counted', () => {
    const found = readFixture('opml-nonhttp-xmlurl__jocmp__capyreader__newsblur.xml');
    expect(found.feeds.map((feed) => feed.feedUrl)).toEqual([
      'https://daringfireball.net/feeds/main',
    ]);
    expect(found).toMatchObject({ notWeb: 1, duplicates: 0, withoutAddress: 0 });
  });

  it('the same feed at the top and in two folders: kept once, in the first folder; nested paths', () => {
    const found = readFixture('opml-nested-dups__jocmp__capyreader__multiple_matching_feeds.xml');
    expect(found.feeds).toEqual([
      {
        feedUrl: 'https://daringfireball.net/feeds/main',
        title: 'Daring Fireball',
        folder: 'Apple',
        siteUrl: 'https://daringfireball.net/',
      },
      {
        feedUrl: 'https://feeds.bbci.co.uk/news/world/rss.xml',
        title: 'BBC News - World',
        folder: 'News',
        siteUrl: 'https://www.bbc.co.uk/news/',
      },
      {
        feedUrl: 'https://netnewswire.blog/feed.xml',
        title: 'NetNewsWire',
        folder: 'News',
        siteUrl: 'https://netnewswire.blog/',
      },
      {
        feedUrl: 'https://blockclubchicago.org/feed/',
        title: 'Block Club Chicago',
        folder: 'News / Local News',
        siteUrl: 'https://blockclubchicago.org/',
      },
      { feedUrl: 'https://jvns.ca/atom.xml', title: 'Julia Evans' },
    ]);
    // Once again at the top, once in a second folder.
    expect(found).toMatchObject({ duplicates: 1, inSeveralFolders: 1 });
  });

  it('Feedly: 124 feeds in three folders', () => {
    const found = readFixture('opml-feedly-folders__cudeso__OPML-Security-Feeds__feedly.opml');
    expect(folderCounts(found.feeds)).toEqual({ Tech: 4, SecurityOperational: 2, Security: 118 });
    expect(found.feeds[0]).toEqual({
      feedUrl: 'http://osxdaily.com/feed/',
      title: 'OS X Daily',
      folder: 'Tech',
      siteUrl: 'https://osxdaily.com/',
    });
  });

  it('Feedly (Chinese folders): a name that is also the last part of the address is a name', () => {
    const found = readFixture('opml-feedly-cjk-folders__mollykannn__rss-feeds-molly__feedly.opml');
    expect(found.feeds).toHaveLength(69);
    expect(Object.keys(folderCounts(found.feeds))).toHaveLength(14);
    // FeedBurner's addresses end in the feed's name: not a file's, and not to give way to the host.
    expect(found.feeds).toContainEqual({
      feedUrl: 'http://feeds.feedburner.com/Tutorialzine',
      title: 'Tutorialzine',
      folder: '[Web] Front-End (Eng)',
      siteUrl: 'http://tutorialzine.com/',
    });
    expect(found.feeds.filter((feed) => feed.untitled)).toEqual([]);
  });

  it('Inoreader: the large list, 1,810 feeds in two folders, 3 of them listed twice', () => {
    const found = readFixture(
      'opml-inoreader-genuine__Jackevansevo__django-feedreader__inoreader.xml',
    );
    expect(found.feeds).toHaveLength(1810);
    expect(folderCounts(found.feeds)).toEqual({ '1.': 878, '2.': 932 });
    // Named by its host, which says nothing more: the feed's own title will replace it.
    expect(found.feeds[0]).toEqual({
      feedUrl: 'https://langui.sh/feed.xml',
      title: 'langui.sh',
      folder: '1.',
      siteUrl: 'https://langui.sh/',
      untitled: true,
    });
    // Over http and again over https: "http://pchiusano.github.io/feed.xml" and "https://…".
    expect(found).toMatchObject({
      duplicates: 1,
      inSeveralFolders: 2,
      withoutAddress: 0,
      notWeb: 0,
    });
    expect(found.feeds.map((feed) => feed.feedUrl)).toContain(
      'http://pchiusano.github.io/feed.xml',
    );
    expect(found.feeds.map((feed) => feed.feedUrl)).not.toContain(
      'https://pchiusano.github.io/feed.xml',
    );
  });

  it('Miniflux: one folder with text only, no type attribute, entities decoded', () => {
    const found = readFixture('opml-miniflux__Jackevansevo__reader__feeds.opml');
    expect(folderCounts(found.feeds)).toEqual({ All: 93 });
    expect(found.feeds).toContainEqual({
      feedUrl: 'https://blogs.gnome.org/shell-dev/feed/',
      title: 'GNOME Shell & Mutter',
      folder: 'All',
      siteUrl: 'https://blogs.gnome.org/shell-dev',
    });
  });

  it('FreshRSS: Chinese folders and titles, its own namespace ignored', () => {
    const found = readFixture('opml-freshrss-2026__bboysoulcn__rss__feeds.opml.xml');
    expect(folderCounts(found.feeds)).toEqual({
      Blog: 7,
      'Blog|博客': 16,
      未分类: 18,
      国内博客: 20,
      国外博客: 154,
    });
    expect(found.feeds).toContainEqual({
      feedUrl: 'https://blog.codingnow.com/atom.xml',
      title: '云风的BLOG',
      folder: 'Blog',
      siteUrl: 'https://blog.codingnow.com/',
    });
  });

  it('FreshRSS 2021: names it escaped twice read as meant; a feed over http and https is one', () => {
    const found = readFixture('opml-freshrss-2021-large__bigjoedata__myrss__feeds.opml.xml');
    expect(found.feeds).toHaveLength(318);
    expect(found.duplicates).toBe(3);
    expect(folderCounts(found.feeds)).toMatchObject({
      'Arts & Design': 43,
      'News > NYT': 24,
    });
  });

  it('RSS Bandit: titles escaped twice read as their writers meant', () => {
    const found = readFixture(
      'opml-rssbandit-escaped-twice__RssBandit__RssBandit__dotnet-weblogs.opml',
    );
    const titles = found.feeds.map((feed) => feed.title);
    expect(titles).toContain('ShowUsYour<Blog>');
    expect(titles).toContain('<ChristophDotNet');
    expect(titles.some((title) => /&(?:amp|lt|gt);/.test(title))).toBe(false);
    // A blog's title that brought its page's markup with it reads as its words.
    const gossner = found.feeds.find(
      (feed) => feed.feedUrl === 'http://weblogs.asp.net/stefan_gossner/rss.aspx',
    );
    expect(gossner?.title).toBe('Stefan Goßner Escalation Engineer for MCMS');
    expect(titles).toContain("Damian Barrow's Blog");
    expect(titles.filter((title) => /<\/|<\w+ \w+=/.test(title ?? ''))).toEqual([]);
  });

  it('RSS Guard: an address whose ampersand is escaped twice is the address its writer meant', () => {
    const found = readFixture(
      'opml-rssguard-ampersand-escaped-twice__spacecowboy__Feeder__rssguard_1.opml',
    );
    const addresses = found.feeds.map((feed) => feed.feedUrl);
    expect(addresses).toContain('http://www.mosqueedeparis.net/index.php?format=feed&type=atom');
    expect(addresses).toContain(
      'http://www.mairie6.lyon.fr/cs/Satellite?Thematique=&TypeContenu=Actualite&pagename=RSSFeed&site=Mairie6',
    );
    expect(addresses.some((address) => address.includes('amp;'))).toBe(false);
  });

  it('Google Reader: a title escaped over and over reads as its writer wrote it', () => {
    const found = readFixture(
      'opml-google-reader-escaped-four-times__torrez__feeds__google-reader-subscriptions.opml',
    );
    expect(found.feeds.map((feed) => feed.title)).toContain('Hewn & Hammered');
    expect(found.feeds.filter((feed) => /&\w+;/.test(feed.title ?? ''))).toEqual([]);
  });

  it('gPodder: each podcast by its title, not its description, read in the encoding it was written in', () => {
    const found = readFixture(
      'opml-gpodder-text-description-mojibake__tofrenz__podcast_abos__podwichteln2015.opml',
    );
    expect(found.feeds).toHaveLength(50);
    const titles = found.feeds.map((feed) => feed.title);
    expect(titles).toContain('Countdown');
    expect(titles).toContain('Selbstgespräche');
    expect(titles).toContain('Heikes Stadtgeflüster');
    expect(titles.some((title) => /Ã|â€/.test(title))).toBe(false);
  });

  it('Liferea: its search folders and their rules are neither feeds nor entries skipped', () => {
    const found = readFixture(
      'opml-liferea-vfolder-rules__leifmadsen__liferea_feedlist__feedlist.opml',
    );
    expect(found).toMatchObject({ duplicates: 0, withoutAddress: 0, notWeb: 0 });
    expect(found.feeds).toHaveLength(28);
  });

  it('a list whose feeds are some of them only a file name: those are counted, not invented', () => {
    const found = readFixture(
      'opml-bare-file-xmlurl__DreamOfTheRedChamber__engineering-blogs__mySubscriptions.opml',
    );
    expect(found.notWeb).toBe(3);
    expect(
      found.feeds.some((feed) =>
        /^https:\/\/(?:atom\.xml|news\.xml|index\.rss)\//.test(feed.feedUrl),
      ),
    ).toBe(false);
    expect(found.feeds).toHaveLength(361);
  });

  it('Tiny Tiny RSS: text-only titles; its preference outlines are not entries', () => {
    const found = readFixture('opml-ttrss__jakenheimer__configs__TinyTinyRSS.opml');
    expect(folderCounts(found.feeds)).toEqual({ BSD: 3, Linux: 9, SysAdmin: 3, Tech: 6, '': 18 });
    expect(found.feeds[0]).toEqual({
      feedUrl: 'http://www.tedunangst.com/flak/rss',
      title: 'flak rss',
      folder: 'BSD',
      siteUrl: 'http://www.tedunangst.com/flak/',
    });
    expect(found).toMatchObject({ duplicates: 0, withoutAddress: 0, notWeb: 0 });
  });

  it('Google Reader in an outliner: 35 feeds under two labels or more, feedUrl= counted, folder text wins', () => {
    const found = readFixture(
      'opml-google-reader-large-dups__AramZS__subscriptions__subscriptions.opml',
    );
    expect(found.feeds).toHaveLength(670);
    // Each under the first of its labels: 40 entries more, none a repeat in the same folder.
    expect(found).toMatchObject({
      duplicates: 0,
      inSeveralFolders: 35,
      withoutAddress: 1,
      notWeb: 0,
    });
    const folders = folderCounts(found.feeds);
    expect(Object.keys(folders)).toHaveLength(40);
    // text="On The Media" title="Media Industry"; text="Journalism" title="jounalism".
    expect(folders).toMatchObject({ 'On The Media': 16, Journalism: 12 });
    expect(folders).not.toHaveProperty('Media Industry');
    // A title cut short gives way to the text that has it whole.
    expect(found.feeds).toContainEqual(
      expect.objectContaining({
        feedUrl: 'http://feeds.propublica.org/propublica/main',
        title: 'ProPublica: Articles and Investigations',
      }),
    );
    expect(found.feeds[0]).toEqual({
      feedUrl: 'http://www.readwriteweb.com/rss.xml',
      title: 'ReadWriteWeb',
      folder: 'On The Media',
      siteUrl: 'http://readwrite.com/',
    });
  });

  it('Liferea (Hebrew): byte order mark, character references, three-deep folder paths', () => {
    const found = readOpmlBytes(
      opmlBytes('opml-liferea-hebrew-nested__lwindolf__liferea__feedlist_he.opml'),
    );
    if (!found.ok) throw new Error(found.reason);
    expect(folderCounts(found.feeds)).toEqual({
      'ערוצים לדוגמה / ישראליים': 19,
      'ערוצים לדוגמה / מהעולם / News': 4,
      'ערוצים לדוגמה / מהעולם / קוד פתוח': 2,
      'ערוצים לדוגמה / מהעולם / Podcasts & Music': 3,
      'ערוצים לדוגמה / מהעולם / Comics': 1,
    });
    expect(found.feeds[0]).toEqual({
      feedUrl: 'http://www.ynet.co.il/Integration/StoryRss2.xml',
      title: 'ynet - חדשות היום',
      folder: 'ערוצים לדוגמה / ישראליים',
      siteUrl: 'http://www.ynet.co.il/',
    });
    expect(found.feeds.map((feed) => feed.title)).toContain('\u202Bהידען\u202C');
    // Two search folders (xmlUrl="vfolder"); their rules are not looked into.
    expect(found).toMatchObject({ notWeb: 2, withoutAddress: 0, duplicates: 0 });
    const asText = readOpml(
      opmlText('opml-liferea-hebrew-nested__lwindolf__liferea__feedlist_he.opml'),
    );
    expect(asText).toEqual(found);
  });

  it('The Old Reader: 211 feeds in 15 folders, the empty folder is not an entry', () => {
    const found = readFixture('opml-theoldreader__tclancy__configurations__subscriptions.opml');
    expect(found.feeds).toHaveLength(211);
    expect(Object.keys(folderCounts(found.feeds))).toHaveLength(15);
    expect(folderCounts(found.feeds)).not.toHaveProperty('Subscriptions');
    expect(found).toMatchObject({ duplicates: 0, withoutAddress: 0, notWeb: 0 });
  });

  it('an <opml> without a version attribute', () => {
    const found = readFixture('opml-no-version__repat__blog-subscriptions__newsreader.opml');
    expect(found.feeds).toHaveLength(17);
    expect(found.feeds).toContainEqual({
      feedUrl: 'http://feeds.feedburner.com/zenhabits',
      title: 'zen habits',
      siteUrl: 'http://zenhabits.net/',
    });
  });

  it('a podcast app that writes xmlUrl only: the host is the title, until the feed is read', () => {
    const found = readFixture('opml-podcast-app-minimal__repat__blog-subscriptions__podcasts.opml');
    expect(found.feeds).toHaveLength(36);
    expect(found.feeds[0]).toEqual({
      feedUrl: 'http://feeds.thisamericanlife.org/talpodcast',
      title: 'feeds.thisamericanlife.org',
      untitled: true,
    });
  });

  it('snownews: folders from the category attribute of flat outlines; exec: commands skipped', () => {
    const found = readFixture('opml-snownews-category__zeppe-lin__pkgsrcfeeds__urls.opml');
    expect(found).toMatchObject({ duplicates: 0, withoutAddress: 0, notWeb: 460 });
    expect(folderCounts(found.feeds)).toEqual({
      core: 105,
      system: 65,
      xorg: 117,
      desktop: 75,
      games: 4,
      stuff: 118,
    });
    expect(found.feeds[0]).toEqual({
      feedUrl: 'https://git.savannah.nongnu.org/cgit/acl.git/atom',
      title: 'acl @ git.savannah.nongnu.org commits:master releases',
      folder: 'core',
    });
  });

  it('Feedbin: every feed at the top, then again under its tags: each feed takes its tag', () => {
    const found = readFixture(
      'opml-feedbin-all-then-tags__fabiantheblind__my.feedbin.com.subscriptions__subscriptions.xml',
    );
    expect(found).toMatchObject({
      duplicates: 344,
      inSeveralFolders: 21,
      withoutAddress: 0,
      notWeb: 0,
    });
    expect(found.feeds).toHaveLength(344);
    expect(found.feeds.filter((feed) => !feed.folder)).toEqual([]);
    expect(Object.keys(folderCounts(found.feeds))).toHaveLength(32);
    expect(found.feeds[0]).toMatchObject({ title: 'Coding Horror', folder: 'coding' });
  });

  it('Fever: "Kindling" lists every feed, the groups after it are where each one goes', () => {
    const found = readFixture('opml-fever-kindling__broderboy__Podcasts.opml__rss.opml');
    expect(found.feeds).toHaveLength(394);
    const counts = folderCounts(found.feeds);
    expect(counts).not.toHaveProperty('Kindling');
    expect(counts).toMatchObject({ ios: 34, people: 223, dev: 19, '': 1 });
    expect(found.feeds[0]).toMatchObject({
      feedUrl: 'http://chris.eidhof.nl/rss.xml',
      folder: 'ios',
    });
  });

  it('a file that is not well-formed: every feed it holds, and the line where it breaks', () => {
    // Line 46 ends in "//>": what follows reads as inside that outline, and is kept.
    const found = readFixture('opml-malformed__GetToSet__Subscriptions__Feeds.opml');
    expect(found.damaged).toBe('line 46: a tag is broken.');
    expect(found.feeds).toHaveLength(95);
    expect(folderCounts(found.feeds)).toMatchObject({ 'App Releases': 4, iDev: 24 });
  });

  it('Plenary: a description with raw markup in it breaks the file, not its 50 feeds', () => {
    const found = readFixture('opml-plenary-raw-markup__spacecowboy__Feeder__Programming.opml');
    expect(found.damaged).toBe('line 42: a tag is broken.');
    expect(found.feeds).toHaveLength(50);
    expect(found.feeds.find((feed) => feed.title === 'Signal v. Noise')).toEqual({
      feedUrl: 'https://m.signalvnoise.com/feed/',
      title: 'Signal v. Noise',
    });
  });
});

describe('more real exports', () => {
  it('AntennaPod: OPML 2.0, two podcasts listed twice each are kept once', () => {
    const found = readFixture('opml-antennapod-repeats__atecon__mypodcasts__antennapod-feeds.opml');
    // 33 outlines with an xmlUrl; "Dittsche" and "Eine Stunde History" are each written twice.
    expect(found.feeds).toHaveLength(31);
    expect(found).toMatchObject({ duplicates: 2, withoutAddress: 0, notWeb: 0 });
    expect(folderCounts(found.feeds)).toEqual({ '': 31 });
    expect(found.feeds).toContainEqual({
      feedUrl: 'http://www.jungundnaiv-podcast.de/feed/mp3/',
      title: 'Jung & Naiv',
      siteUrl: 'http://www.jungundnaiv-podcast.de/',
    });
    // Its htmlUrl is the feed's own address: no site.
    expect(found.feeds).toContainEqual({
      feedUrl: 'https://www.heise.de/heiseshow.rss',
      title: '#heiseshow (Audio)',
    });
  });

  it('YouTube subscription_manager: no XML declaration, one line, every channel in one folder', () => {
    const found = readFixture(
      'opml-youtube-subscription-manager__mngad__rssnc__subscription_manager',
    );
    expect(found.feeds).toHaveLength(124);
    expect(folderCounts(found.feeds)).toEqual({ 'YouTube Subscriptions': 124 });
    expect(found.feeds[0]).toEqual({
      feedUrl: 'https://www.youtube.com/feeds/videos.xml?channel_id=UC5iFJSKGBE9TcHuy2sZYwKQ',
      title: 'James Willems',
      folder: 'YouTube Subscriptions',
    });
    expect(found.feeds.map((feed) => feed.title)).toContain('Kurzgesagt – In a Nutshell');
    expect(found).toMatchObject({ duplicates: 0, withoutAddress: 0, notWeb: 0 });
  });

  it('Akregator: <head> with <text/>, folders with ids, feeds between folders, a folder in a folder', () => {
    const found = readFixture('opml-akregator-nested-ids__Kakadu__dotfiles__akregator.opml');
    expect(found.feeds).toHaveLength(33);
    expect(folderCounts(found.feeds)).toEqual({
      coding: 6,
      'coding / Qt': 8,
      ocaml: 9,
      Debian: 2,
      CSS: 1,
      '': 3,
      KDE: 4,
    });
    expect(found.feeds[0]).toEqual({
      feedUrl: 'http://stackoverflow.com/feeds/tag?tagnames=haskell&sort=newest',
      title: 'newest questions tagged haskell - Stack Overflow',
      folder: 'coding',
      siteUrl: 'http://stackoverflow.com/questions/tagged/?tagnames=haskell&sort=newest',
    });
    expect(found.feeds.map((feed) => feed.title)).toContain('ICS Qt & QML');
    expect(found).toMatchObject({ duplicates: 0, withoutAddress: 0, notWeb: 0 });
  });

  it('a folder commented out is not read; an escaped & in an address is one &', () => {
    const found = readFixture('opml-commented-out-folder__echopi__oh-my-rss__inoreader.opml');
    expect(found.feeds).toHaveLength(17);
    expect(folderCounts(found.feeds)).toEqual({ cs: 6, info: 11 });
    expect(found.feeds).toContainEqual({
      feedUrl:
        'http://ftr.fivefilters.org/makefulltextfeed.php?url=http%3A%2F%2Fwww.ftchinese.com%2Frss%2Ffeed&max=3',
      title: 'FT中文网_英国《金融时报》(Financial Times)',
      folder: 'info',
      siteUrl: 'http://www.ftchinese.com/rss/feed',
    });
    expect(found.feeds.some((feed) => feed.feedUrl.includes('twitrss.me'))).toBe(false);
  });

  it('Vienna: text and description, no title', () => {
    const found = readFixture('opml-vienna__olso__rss__vienna.opml');
    expect(found.feeds).toHaveLength(6);
    expect(folderCounts(found.feeds)).toEqual({ '': 6 });
    expect(found.feeds).toContainEqual({
      feedUrl: 'https://overthinkingmoney.com/feed/',
      title: 'Overthinking Money',
      siteUrl: 'https://overthinkingmoney.com/',
    });
  });

  it('iTunes: an & written as &#38; in an address', () => {
    const found = readFixture('opml-itunes-char-ref-in-url__1rick__podcasts__Podcasts.opml');
    expect(found.feeds).toHaveLength(67);
    expect(folderCounts(found.feeds)).toEqual({ '': 67 });
    expect(found.feeds).toContainEqual({
      feedUrl: 'http://www.cbsradionewsfeed.com/rss.php?id=90&ud=512',
      title: '60 Minutes - Full Audio',
      siteUrl: 'http://www.cbsradionewsfeed.com/rss.php?id=90',
    });
    expect(found).toMatchObject({ duplicates: 0, withoutAddress: 0, notWeb: 0 });
  });

  it('iTunes, hand-sorted: XML comments as section labels are no folders; &#38; in a title', () => {
    const found = readFixture(
      'opml-itunes-comment-sections__Tin__subscription-opml__Podcasts.opml',
    );
    expect(found.feeds).toHaveLength(57);
    expect(folderCounts(found.feeds)).toEqual({ '': 57 });
    expect(found.feeds).toContainEqual({
      feedUrl: 'http://feeds.feedburner.com/thebbpodcast',
      title: 'The B&B Podcast',
      siteUrl: 'http://5by5.tv/bb',
    });
    expect(found.feeds.map((feed) => feed.title)).toContain('文涛拍案（音频）');
    // htmlUrl="classicalnewengland.org": a site's address without its scheme.
    expect(found.feeds).toContainEqual({
      feedUrl: 'http://streams.wgbh.org/online/clas/clas_performance.xml',
      title: 'Classical Performance Podcast',
      siteUrl: 'https://classicalnewengland.org/',
    });
  });

  it('Pocket Casts: schemes written "Http://" and "HTTP://", a title with &#x2013;', () => {
    const found = readFixture('opml-pocketcasts-uppercase-scheme__thedadams__listen__export.opml');
    expect(found.feeds).toHaveLength(54);
    expect(folderCounts(found.feeds)).toEqual({ '': 54 });
    expect(found.feeds).toContainEqual({
      feedUrl: 'http://relay.fm/penaddict/feed',
      title: 'The Pen Addict',
    });
    expect(found.feeds).toContainEqual({
      feedUrl: 'http://sawbones.libsyn.com/rss',
      title: 'Sawbones: A Marital Tour of Misguided Medicine',
    });
    expect(found.feeds.map((feed) => feed.title)).toContain('Episode – Daily Tech News Show');
    expect(found).toMatchObject({ duplicates: 0, withoutAddress: 0, notWeb: 0 });
  });

  it('Bloglines (2006): OPML 1.1, one folder of 161 blogs, empty htmlUrl left out', () => {
    const found = readFixture('opml-bloglines__janedallaway__BrightonBloggers__export.opml');
    expect(found.feeds).toHaveLength(161);
    expect(folderCounts(found.feeds)).toEqual({ BrightonBloggers: 161 });
    expect(found.feeds[0]).toEqual({
      feedUrl: 'http://20yearsaveggie.blogspot.com/atom.xml',
      title: '20 years a veggie',
      folder: 'BrightonBloggers',
      siteUrl: 'http://20yearsaveggie.blogspot.com/',
    });
    expect(found.feeds).toContainEqual({
      feedUrl: 'http://stuffshop.blogspot.com/atom.xml',
      title: 'brighton stuff shop',
      folder: 'BrightonBloggers',
    });
    expect(found.feeds.map((feed) => feed.title)).toContain(
      'Brighton & Hove Green Party [press releases]',
    );
    expect(found).toMatchObject({ duplicates: 0, withoutAddress: 0, notWeb: 0 });
  });

  it('Feeder (Android): titles in title only, a head title over three lines', () => {
    const found = readFixture('opml-feeder-title-only__M07ak__company-watcher__feeder.opml');
    expect(found.feeds).toHaveLength(32);
    expect(folderCounts(found.feeds)).toEqual({ 'Startup Cyber ++': 6, Copains: 5, Cyber: 21 });
    expect(found.feeds[0]).toEqual({
      feedUrl: 'https://google.com/alerts/feeds/16312343590097909905/11747906367704877454',
      title: 'CybelAngel',
      folder: 'Startup Cyber ++',
    });
    expect(found).toMatchObject({ duplicates: 0, withoutAddress: 0, notWeb: 0 });
  });
});

describe('feeds named other than by xmlUrl', () => {
  it('a directory of type="link" outlines (OPML Editor): the feeds come in, pages about feeds do not', () => {
    const found = readFixture(
      'opml-opml-editor-link-directory__scripting__rssSpec__directory.opml',
    );
    // 115 links: 12 name a feed by their file; the rest are pages, kept out and counted.
    expect(found.feeds).toHaveLength(12);
    expect(found).toMatchObject({ duplicates: 0, withoutAddress: 103, notWeb: 0 });
    // "Feeds" alone holds feeds, and folders of them: it goes, as any wrapper does.
    expect(folderCounts(found.feeds)).toEqual({
      '': 4,
      'Rolling Stone': 5,
      'Ziff-Davis Publishing': 3,
    });
    expect(found.feeds).toContainEqual({
      feedUrl: 'http://www.scripting.com/rss.xml',
      title: 'Scripting News',
    });
    expect(found.feeds).toContainEqual({
      feedUrl: 'http://maccentral.macworld.com/news/mnnfeed.xml',
      title: 'MacCentral',
    });
    expect(found.feeds).toContainEqual({
      feedUrl: 'http://www.rollingstone.com/rssxml/album_reviews.xml',
      title: 'Album Reviews',
      folder: 'Rolling Stone',
    });
    expect(found.feeds).toContainEqual({
      feedUrl: 'http://rssnewsapps.ziffdavis.com/tech.xml',
      title: 'eWeek Tech News',
      folder: 'Ziff-Davis Publishing',
    });
    // Pages about feeds, the RSS specification and the validator's home are bookmarks.
    const addresses = found.feeds.map((feed) => feed.feedUrl);
    for (const page of [
      'http://www.apple.com/rss/',
      'http://msdn.microsoft.com/aboutmsdn/rss.asp',
      'http://blogs.law.harvard.edu/tech/rss',
      'http://news.yahoo.com/rss',
      'http://rss.scripting.com/',
      'http://feedreader.com/',
    ]) {
      expect(addresses).not.toContain(page);
    }
  });

  it('XML::OPML with every feed in htmlUrl and type="rss": each one is read as the feed', () => {
    const found = readFixture('opml-xml-opml-htmlurl-feeds__wcummings__dotemacs__feeds.opml');
    // 367 outlines: two addresses repeated, two that name no feed (a site, a bare id).
    expect(found.feeds).toHaveLength(363);
    expect(found).toMatchObject({ duplicates: 2, withoutAddress: 2, notWeb: 0 });
    expect(folderCounts(found.feeds)).toEqual({ '': 363 });
    // No title in the file: the host; the htmlUrl is the feed, so there is no site.
    expect(found.feeds[0]).toEqual({
      feedUrl: 'http://friendsoffortpointchannel.org/feed/',
      title: 'friendsoffortpointchannel.org',
      untitled: true,
    });
    const addresses = found.feeds.map((feed) => feed.feedUrl);
    expect(addresses).toEqual(
      expect.arrayContaining([
        'http://feeds.feedburner.com/charlesgate',
        'http://forthillhistory.tumblr.com/rss',
        'https://vimeo.com/user2045560/videos/rss',
        'http://www.archivespublichistory.org/?feed=rss2',
        'http://cpaboston.org/en/news-events/news/news.xml',
        'https://api.flickr.com/services/feeds/photos_public.gne?id=36054681@N04&lang=en-us&format=atom',
      ]),
    );
    expect(addresses).not.toContain('https://www.northeastern.edu/thedocket/');
  });
});
