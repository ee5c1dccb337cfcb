import { waitFor, within } from '@testing-library/react';
import DOMPurify from 'dompurify';
import { describe, expect, it, vi } from 'vitest';
import { readySanitiser, sanitizeHtml } from '../../src/lib/sanitize';

function render(html: string, base?: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = sanitizeHtml(html, base);
  return container;
}

describe('sanitizeHtml: hostile feed HTML', () => {
  it.each([
    ['script tags', '<p>ok</p><script>alert(1)</script>', 'script'],
    ['iframes', '<iframe src="https://evil.example"></iframe>', 'iframe'],
    [
      'forms and inputs',
      '<form action="https://evil.example"><input name="pw"><button>Go</button></form>',
      'form, input, button',
    ],
    ['objects and embeds', '<object data="x.swf"></object><embed src="x.swf">', 'object, embed'],
    ['style elements', '<style>body{display:none}</style>', 'style'],
    [
      'svg with script',
      '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg>',
      'svg, script',
    ],
  ])('removes %s', (_name, html, selector) => {
    expect(render(html).querySelector(selector)).toBeNull();
  });

  it('removes inline event handlers', () => {
    const root = render(
      '<img src="https://img.example/a.png" onerror="alert(1)"><p onclick="alert(1)">hi</p>',
    );
    expect(root.innerHTML).not.toMatch(/onerror|onclick/);
    expect(root.querySelector('img')).not.toBeNull();
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java&#x09;script:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
  ])('drops the dangerous URL %s', (url) => {
    const root = render(`<a href="${url}">click</a>`);
    const href = root.querySelector('a')?.getAttribute('href') ?? '';
    expect(href).not.toMatch(/script|data:/i);
  });

  it('removes inline styles', () => {
    expect(render('<p style="position:fixed;inset:0">x</p>').querySelector('[style]')).toBeNull();
  });

  it("leaves colours, typefaces and sizes to the reader's theme and text size", () => {
    // Planet Slackware's, a podcast's sponsor box (rorlab), Podbean's show notes.
    const root = render(
      '<span><b>DO READ THE CHANGELOGS </b><font color="#000000">and never do blind update.</font></span>' +
        "<table border='0'><tr bgcolor='#faf9dc'><td background='https://ads.example/bg.png'>Sponsored</td></tr></table>" +
        '<div><font face="Arial, Verdana" size="2">2014 AFC Champions League winners!</font></div>',
    );
    expect(root).toHaveTextContent(
      'DO READ THE CHANGELOGS and never do blind update.Sponsored2014 AFC Champions League winners!',
    );
    expect(root.querySelector('[color], [bgcolor], [background], [face], [size]')).toBeNull();
  });

  it('opens external links safely in a new tab', () => {
    const link = render('<a href="https://example.org/">x</a>').querySelector('a');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('keeps ordinary article markup and loads images lazily', () => {
    const root = render(
      '<h3>Sub</h3><blockquote><p>Quote</p></blockquote><pre><code>x</code></pre><img src="https://img.example/a.png" alt="A">',
    );
    expect(root.querySelector('h2')).toHaveTextContent('Sub');
    expect(root.querySelector('blockquote')).toHaveTextContent('Quote');
    expect(root.querySelector('img')).toHaveAttribute('loading', 'lazy');
    expect(root.querySelector('img')).toHaveAttribute('alt', 'A');
  });

  it('resolves relative links and images against the article URL', () => {
    const root = render(
      '<a href="/about">a</a><img src="pic.png" alt="">',
      'https://blog.example/2019/post/',
    );
    expect(root.querySelector('a')).toHaveAttribute('href', 'https://blog.example/about');
    expect(root.querySelector('img')).toHaveAttribute(
      'src',
      'https://blog.example/2019/post/pic.png',
    );
  });

  it('resolves the same text against each article that carries it (a cross-post), not the first', () => {
    const html = '<a href="/about">a</a><img src="pic.png" alt="">';
    render(html, 'https://blog.example/2019/post/');
    const root = render(html, 'https://mirror.example/posts/1/');
    expect(root.querySelector('a')).toHaveAttribute('href', 'https://mirror.example/about');
    expect(root.querySelector('img')).toHaveAttribute(
      'src',
      'https://mirror.example/posts/1/pic.png',
    );
    expect(render(html, 'https://blog.example/2019/post/').querySelector('a')).toHaveAttribute(
      'href',
      'https://blog.example/about',
    );
  });
});

describe('sanitizeHtml: a picture in several sizes', () => {
  it("keeps the box of a picture sized only in WordPress.com's data-orig-size", () => {
    // f1metrics.wordpress.com's feed, trimmed: 526 of its 568 pictures are written so.
    const root = render(
      '<p><img data-orig-size="1050,590" class="alignnone size-full wp-image-8052" src="https://f1metrics.wordpress.com/wp-content/uploads/2019/12/ver_ham_2019.jpg?w=640" alt="ver_ham_2019"></p>' +
        '<p><img data-orig-size="1200,800" width="600" height="400" src="https://x.example/b.jpg" alt="B"></p>' +
        '<p><img data-orig-size="0,0" src="https://x.example/c.jpg" alt="C"></p>',
    );
    const [sized, own, none] = root.querySelectorAll('img');
    expect(sized).toHaveAttribute('width', '1050');
    expect(sized).toHaveAttribute('height', '590');
    // Its own size stands; a size of nothing is none.
    expect(own).toHaveAttribute('width', '600');
    expect(none).not.toHaveAttribute('width');
  });

  it('reads each size of a srcset as browsers do: commas inside an address, none after one', () => {
    // An ssg site's JSON Feed (no space after a comma), and Cloudinary's addresses (commas inside).
    const root = render(
      '<img src="assets/a-640.jpg" alt="A" srcset="assets/a-1280.jpg 1280w, assets/a-1366.jpg 1366w,assets/a-1440.jpg 1440w">' +
        '<img alt="B" srcset="https://res.cloudinary.com/x/image/upload/w_300,h_200,c_fill/b.jpg 300w, https://res.cloudinary.com/x/image/upload/w_600,h_400,c_fill/b.jpg 600w">',
      'https://site.example/posts/one/',
    );
    const [first, second] = root.querySelectorAll('img');
    expect(first).toHaveAttribute(
      'srcset',
      'https://site.example/posts/one/assets/a-1280.jpg 1280w, https://site.example/posts/one/assets/a-1366.jpg 1366w, https://site.example/posts/one/assets/a-1440.jpg 1440w',
    );
    expect(second).toHaveAttribute(
      'srcset',
      'https://res.cloudinary.com/x/image/upload/w_300,h_200,c_fill/b.jpg 300w, https://res.cloudinary.com/x/image/upload/w_600,h_400,c_fill/b.jpg 600w',
    );
  });

  it('resolves each size in srcset against the article, as src is', () => {
    // As Adobe's blog writes its pictures.
    const root = render(
      '<picture><source type="image/webp" srcset="./media_1.jpeg?width=2000&amp;format=webply 2000w, ./media_1.jpeg?width=750 750w"><img src="./media_1.jpeg?width=750" alt="A"></picture>',
      'https://blog.example/en/2021/post.html',
    );
    expect(root.querySelector('source')).toHaveAttribute(
      'srcset',
      'https://blog.example/en/2021/media_1.jpeg?width=2000&format=webply 2000w, https://blog.example/en/2021/media_1.jpeg?width=750 750w',
    );
    expect(root.querySelector('img')).toHaveAttribute(
      'src',
      'https://blog.example/en/2021/media_1.jpeg?width=750',
    );
  });
});

describe('sanitizeHtml: pictures of sites still on http', () => {
  // As One Foot Tsunami's Atom feed writes its pictures.
  const picture =
    '<a href="http://onefoottsunami.com/pizza/"><img src="http://onefoottsunami.com/wp-content/uploads/pizza@2x.jpg" srcset="http://onefoottsunami.com/wp-content/uploads/pizza.jpg 1x, http://onefoottsunami.com/wp-content/uploads/pizza@2x.jpg 2x" alt="That’sa Pizza!"></a>';

  it('asks for them over https, which the page allows, and leaves links as they are', () => {
    const root = render(picture);
    expect(root.querySelector('img')).toHaveAttribute(
      'src',
      'https://onefoottsunami.com/wp-content/uploads/pizza@2x.jpg',
    );
    expect(root.querySelector('img')).toHaveAttribute(
      'srcset',
      'https://onefoottsunami.com/wp-content/uploads/pizza.jpg 1x, https://onefoottsunami.com/wp-content/uploads/pizza@2x.jpg 2x',
    );
    expect(root.querySelector('a')).toHaveAttribute('href', 'http://onefoottsunami.com/pizza/');
  });

  it('does the same for a relative picture of an http article, and for sound and video', () => {
    const root = render(
      '<img src="/a.png" alt=""><video src="http://media.example/v.mp4"></video>',
      'http://onefoottsunami.com/2015/08/pizza/',
    );
    expect(root.querySelector('img')).toHaveAttribute('src', 'https://onefoottsunami.com/a.png');
    expect(root.querySelector('video')).toHaveAttribute('src', 'https://media.example/v.mp4');
  });

  it("keeps the address of a picture on the app's own site, which the page allows as it is", () => {
    const own = `${window.location.origin}/pictures/a.png`;
    expect(own.startsWith('http:')).toBe(true);
    expect(render(`<img src="${own}" alt="">`).querySelector('img')).toHaveAttribute('src', own);
  });
});

describe('sanitizeHtml: ids from a feed', () => {
  it('prefixes ids and names, so feed HTML cannot take a comment’s address', () => {
    const root = render('<p id="comment-c1">feed</p><a name="top">t</a>');
    expect(root.querySelector('#comment-c1')).toBeNull();
    expect(root.querySelector('p')).toHaveAttribute('id', 'user-content-comment-c1');
    expect(root.querySelector('a')).toHaveAttribute('name', 'user-content-top');
  });

  it('keeps footnote links working in the same tab, with or without a base URL', () => {
    for (const base of [undefined, 'https://example.org/post']) {
      const root = render(
        '<p>Text<a href="#fn1" id="ref1">1</a></p><ol><li id="fn1">Note <a href="#ref1">back</a></li></ol>',
        base,
      );
      const [ref, back] = root.querySelectorAll('a');
      expect(ref).toHaveAttribute('href', '#user-content-fn1');
      expect(ref).not.toHaveAttribute('target');
      expect(root.querySelector('#user-content-fn1')).toHaveTextContent('Note');
      expect(back).toHaveAttribute('href', '#user-content-ref1');
      expect(root.querySelector('#user-content-ref1')).toBe(ref);
    }
  });

  it("keeps footnote links written as the article's full address in the text (Nikola's)", () => {
    // pypy.org's blog (kagisearch/fastfeedparser's tests/integration/pypy.xml), as Nikola writes it.
    const post = 'https://www.pypy.org/posts/2024/08/toy-knownbits.html';
    const root = render(
      `<p>Bit widths<sup id="fnref:proof_bitwidths"><a class="footnote-ref" href="${post}#fn:proof_bitwidths">1</a></sup>; ` +
        `<a href="${post}#comments">comments</a>, <a href="https://www.pypy.org/posts/other.html#fn:1">another post</a></p>` +
        `<div class="footnote"><ol><li id="fn:proof_bitwidths">Note <a class="footnote-backref" href="${post}#fnref:proof_bitwidths">↩</a></li></ol></div>`,
      post,
    );
    const [ref, comments, other, back] = root.querySelectorAll('a');
    expect(ref).toHaveAttribute('href', '#user-content-fn:proof_bitwidths');
    expect(ref).not.toHaveAttribute('target');
    expect(root.querySelector('[id="user-content-fn:proof_bitwidths"]')).toHaveTextContent('Note');
    expect(back).toHaveAttribute('href', '#user-content-fnref:proof_bitwidths');
    // A place the text has not got, or another page's, is the publisher's: in another tab.
    expect(comments).toHaveAttribute('href', `${post}#comments`);
    expect(comments).toHaveAttribute('target', '_blank');
    expect(other).toHaveAttribute('target', '_blank');
  });

  it("keeps the footnote links of Markdown that prefixed its ids already (remark's, Gatsby's)", () => {
    const root = render(
      '<p>In 2022<sup><a href="#user-content-fn-1" id="user-content-fnref-1" aria-describedby="footnote-label">1</a></sup></p>' +
        '<section><h2 id="footnote-label">Footnotes</h2><ol><li id="user-content-fn-1">Note <a href="#user-content-fnref-1">↩</a></li></ol></section>',
    );
    const [ref, back] = root.querySelectorAll('a');
    expect(ref).toHaveAttribute('href', '#user-content-fn-1');
    expect(root.querySelector('#user-content-fn-1')).toHaveTextContent('Note');
    expect(back).toHaveAttribute('href', '#user-content-fnref-1');
    expect(root.querySelector('#user-content-fnref-1')).toBe(ref);
    expect(ref).toHaveAttribute('aria-describedby', 'user-content-footnote-label');
  });

  it('points id references (aria, table headers) at the prefixed ids', () => {
    const root = render('<p aria-describedby="n1 n2">x</p><span id="n1">a</span>');
    expect(root.querySelector('p')).toHaveAttribute(
      'aria-describedby',
      'user-content-n1 user-content-n2',
    );
  });
});

describe('sanitizeHtml: what real feed HTML lacks for every reader', () => {
  it('drops one-pixel trackers (Medium, FeedBurner), never asking for them', () => {
    const root = render(
      '<p>Text</p><img src="https://medium.com/_/stat?event=post.clientViewed" width="1" height="1"><img src="https://img.example/a.png" width="600" height="1">',
    );
    expect(root.querySelectorAll('img')).toHaveLength(1);
    expect(root.querySelector('img')).toHaveAttribute('width', '600');
  });

  it('gives a picture without alt its title, or nothing rather than its address', () => {
    const root = render(
      '<img src="https://img.example/a.png" title="The harbour at dawn"><img src="https://img.example/b.png"><img src="https://img.example/c.png" alt="Kept">',
    );
    expect([...root.querySelectorAll('img')].map((image) => image.getAttribute('alt'))).toEqual([
      'The harbour at dawn',
      '',
      'Kept',
    ]);
  });

  it('names a link that is only a picture by where it goes (Blogger), so the link has a name', () => {
    const root = render(
      '<a href="http://covers.openlibrary.org/b/isbn/8424635779-M.jpg"><img border="0" src="https://covers.openlibrary.org/b/isbn/8424635779-M.jpg"></a><a href="/x"><img src="/y.png"></a><a href="https://a.example/">Words <img src="https://a.example/z.png"></a>',
      'https://blog.example/post',
    );
    const [cover, relative, worded] = root.querySelectorAll('a');
    expect(cover).toHaveAccessibleName('Picture linking to covers.openlibrary.org');
    expect(relative).toHaveAccessibleName('Linked picture');
    expect(worded?.querySelector('img')).toHaveAttribute('alt', '');
  });

  it('names such a link where the picture says alt="" (WordPress), and leaves other empty alts', () => {
    const root = render(
      '<a href="https://openstreetmap.org.pl/app/uploads/info.png"><img alt="" src="https://openstreetmap.org.pl/app/uploads/info.png"></a><p><img alt="" src="https://a.example/rule.png"></p>',
    );
    expect(root.querySelector('a')).toHaveAccessibleName('Picture linking to openstreetmap.org.pl');
    expect(root.querySelector('p img')).toHaveAttribute('alt', '');
  });

  it("leaves a link with nothing in it no address (a heading's anchor), but still a place to go to", () => {
    const root = render(
      '<h2><a id="merkle" class="anchor" href="#merkle"></a>Merkle trees</h2>' +
        '<p><a href="https://share.example/"> </a> <a href="#user-content-merkle">Up</a></p>',
    );
    expect(root.querySelectorAll('a[href]')).toHaveLength(1);
    expect(root.querySelector('a[href]')).toHaveTextContent('Up');
    expect(root.querySelector('#user-content-merkle')).not.toBeNull();
  });

  it('leaves a link of a no-break space alone no address either (TypePad), with a base URL or not', () => {
    const html =
      '<p>Listen: <a href="https://archive.example/episode.mp3">&nbsp;</a></p>' +
      '<p><a href="https://archive.example/notes">Notes</a></p>';
    for (const root of [render(html), render(html, 'https://blog.example/post')]) {
      expect(
        within(root)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(['Notes']);
    }
  });

  it('shows a link to screen readers where the feed hid its caption (aria-hidden) with the link', () => {
    const root = render(
      '<figure><img src="https://blog.example/catch.png" alt="Double Catch!">' +
        '<figcaption aria-hidden="true">Double Catch! <a href="https://game.example/">Play here!</a></figcaption></figure>' +
        '<p><span aria-hidden="true">★</span> Rated</p>',
      'https://blog.example/post',
    );
    expect(within(root).getByRole('link', { name: 'Play here!' })).toHaveAttribute('href');
    expect(root.querySelector('figcaption')).not.toHaveAttribute('aria-hidden');
    // A mark with nothing to reach stays hidden.
    expect(root.querySelector('span')).toHaveAttribute('aria-hidden', 'true');
  });

  it("drops Google's picture ads and FeedFlare's buttons on a publisher's own address, not the text", () => {
    // Anil Dash's blog (2006), PCWorld's FeedBurner feed at feeds.pcworld.com, and
    // BusinessWeek's at rss.businessweek.com (RSSOwl's test data).
    const root = render(
      '<p>From nowhere to somewhere.</p><p><img usemap="#ad" border="0" src="http://imageads.googleadservices.com/pagead/ads?format=468x30_aff_img&amp;client=ca-pub-1"></p>' +
        '<div class="flare"><a href="http://feeds.pcworld.com/~f/pcworld/downloads/weekly?a=TjO2Frto"><img src="http://feeds.pcworld.com/~f/pcworld/downloads/weekly?i=TjO2Frto" border="0"></a></div>' +
        '<img src="http://feeds.pcworld.com/pcworld/downloads/weekly?g=1">' +
        '<img src="http://rss.businessweek.com/bw_rss/bwdaily?g=1137"/>',
      'https://www.dashes.com/anil/2006/05/24/im_a_hustla_bab',
    );
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(within(root).queryAllByRole('link')).toEqual([]);
    expect(root).toHaveTextContent('From nowhere to somewhere.');
  });

  it('puts what an old blog wrote straight into a list into items, so the list holds items only', () => {
    // Little Yellow Different (2006): a paragraph around an item, and words between items.
    const root = render(
      '<ul><li><p>Greetings.</p></li>\n\n<p><li>Bacon.</p></li>\nAnd <b>more</b><img src="https://blog.example/a.png" alt="A">\n<li>Last.</li></ul>',
      'https://blog.example/2006/05/bullet-points',
    );
    const list = within(root).getByRole('list');
    expect([...list.children].map((child) => child.localName)).toEqual(['li', 'li', 'li', 'li']);
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.trim()),
    ).toEqual(['Greetings.', 'Bacon.', 'And more', 'Last.']);
    expect(within(list).getByRole('img', { name: 'A' })).toBeDefined();
  });

  it('drops the "Continue reading..." a text closes with, where it leads to the article itself', () => {
    // The Guardian's, after the last paragraph; Medium's, in a paragraph of its own.
    const guardian = render(
      '<p>Trump called for unity.</p> <a href="https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord">Continue reading...</a>',
      'https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord',
    );
    expect(guardian.querySelectorAll('a')).toHaveLength(0);
    expect(guardian).toHaveTextContent('Trump called for unity.');
    const medium = render(
      '<div class="medium-feed-item"><p class="medium-feed-snippet">Here’s a partial collection of links from my talk today…</p><p class="medium-feed-link"><a href="https://medium.com/@emarley/ui-automation-screenshots-c44a41af38d1?source=rss-b4981c59ffa5------2">Continue reading on  »</a></p></div>',
      'https://medium.com/@emarley/ui-automation-screenshots-c44a41af38d1',
    );
    expect(medium.querySelectorAll('a, p.medium-feed-link')).toHaveLength(0);
  });

  it('keeps one that leads to another site, or that more of the text follows', () => {
    const base = 'https://news.example/2026/12/story';
    const elsewhere = render(
      '<p>Short.</p><p><a href="https://wire.example/a">Read more</a></p>',
      base,
    );
    expect(within(elsewhere).getByRole('link', { name: 'Read more' })).toHaveAttribute('href');
    const followed = render(
      `<p>Short. <a href="${base}#more-12">Continue reading</a></p><p>The post Short appeared first on News.</p>`,
      base,
    );
    expect(within(followed).getByRole('link', { name: 'Continue reading' })).toHaveAttribute(
      'href',
    );
  });

  it("drops FeedBurner's share buttons and ads and WordPress.com's share links, not the text", () => {
    // The end of a TechCrunch item of 2011, as FeedBurner served it.
    const root = render(
      '<p>Read on.</p> <a rel="nofollow" href="http://feeds.wordpress.com/1.0/gotwitter/tctechcrunch2011.wordpress.com/446154/"><img alt="" border="0" src="http://feeds.wordpress.com/1.0/twitter/tctechcrunch2011.wordpress.com/446154/" /></a>' +
        '<p><a href="http://feedads.g.doubleclick.net/~at/qv0C7ycnV3JrFMT7HnFWNXc9uEY/0/da"><img src="http://feedads.g.doubleclick.net/~at/qv0C7ycnV3JrFMT7HnFWNXc9uEY/0/di" border="0" ismap="true"></img></a><br/>' +
        '<a href="http://feedads.g.doubleclick.net/~at/qv0C7ycnV3JrFMT7HnFWNXc9uEY/1/da"><img src="http://feedads.g.doubleclick.net/~at/qv0C7ycnV3JrFMT7HnFWNXc9uEY/1/di" border="0" ismap="true"></img></a></p>' +
        '<div class="feedflare">\n<a href="http://feeds.feedburner.com/~ff/Techcrunch?a=kTeeGj4FnwU:ARydNZJ6SxI:2mJPEYqXBVI"><img src="http://feeds.feedburner.com/~ff/Techcrunch?d=2mJPEYqXBVI" border="0"></img></a></div>' +
        '<img src="http://feeds.feedburner.com/~r/Techcrunch/~4/kTeeGj4FnwU" height="1" width="1"/>' +
        '<p><a href="https://techcrunch.com/2011/01/01/feedburner/">On FeedBurner</a></p>',
    );
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(
      within(root)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['On FeedBurner']);
    expect(root.querySelectorAll('p')).toHaveLength(2);
    expect(root.querySelector('.feedflare')).toBeNull();
  });

  it("drops a picture of a site's root, a Hugo theme's empty featured image, not the post's", () => {
    const root = render(
      '<img src="https://0andwild.com/" alt="Featured image of post Test Double 그게 뭔데?" />' +
        '<p>Words.</p><img src="https://0andwild.com/posts/260515_test_double/img4.png" width="500"><img src="/">',
      'https://0andwild.com/posts/260515_test_double/',
    );
    expect([...root.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual([
      'https://0andwild.com/posts/260515_test_double/img4.png',
    ]);
    expect(root).toHaveTextContent(/^Words\.$/);
  });

  it('leaves out what the feed hides with its own style, which goes', () => {
    // Podlove's Flattr button, HuffPost's video stand-in: shown only by the site's scripts.
    const root = render(
      '<p>Show notes.</p><p style="display: none"><a href="https://flattr.com/thing/1">Flattr Tim Pritlove</a></p>' +
        '<div class="vdb_player"><img src="https://img.vidible.tv/prod/a.jpg" style="display:none;" /></div>' +
        '<p style="color: gray; display:block">Kept, <span style="font-weight:bold">bold</span>.</p>',
    );
    expect(root.textContent).toContain('Show notes.');
    expect(root.textContent).toContain('Kept, bold.');
    expect(root.textContent).not.toContain('Flattr');
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(root.querySelector('[style], [x-style]')).toBeNull();
  });

  it("drops Pheedo's, Feedsportal's and AddToAny's ads and share buttons, not the text", () => {
    // The Washington Post through Pheedo (2012), a Feedsportal feed (2013), AddToAny's plugin.
    const root = render(
      '<p>Doctors were stumped.</p>' +
        "<p><a style='font-size: 10px; color: maroon;' href='http://www.pheedcontent.com/hostedMorselClick.php?hfmm=v3:820d9efc'><img border='0' title='Add to Facebook' alt='Add to Facebook' src='http://images.pheedo.com/images/mm/facebook.gif'/></a></p>" +
        '<a href="http://ads.pheedo.com/click.phdo?s=cc0c5fb0&amp;p=1"><img alt="" style="border: 0;" border="0" src="http://ads.pheedo.com/img.phdo?s=cc0c5fb0&amp;p=1"/></a>' +
        '<p><a href="http://share.feedsportal.com/share/twitter/?u=http%3A%2F%2Fnews.example%2Fa&amp;t=A" target="_blank"><img src="http://res3.feedsportal.com/social/twitter.png" border="0" /></a>&nbsp;<a href="http://da.feedsportal.com/r/186529795882/u/49/f/645551/c/35031/s/3180b4a3/a2.htm"><img src="http://da.feedsportal.com/r/186529795882/u/49/f/645551/c/35031/s/3180b4a3/a2.img" border="0"/></a><img width="1" height="1" src="http://pi.feedsportal.com/r/186529795882/u/49/f/645551/c/35031/s/3180b4a3/a2t.img" border="0"/></p>' +
        '<div class="addtoany_share_save_container"><div class="a2a_kit addtoany_list"><a class="a2a_button_facebook" href="http://www.addtoany.com/add_to/facebook?linkurl=http%3A%2F%2Fblog.example%2Fa" title="Facebook" rel="nofollow" target="_blank"><img src="http://blog.example/wp-content/plugins/add-to-any/icons/facebook.png" width="16" height="16" alt="Facebook"/></a></div></div>' +
        '<p>See <a href="https://www.washingtonpost.com/health">more on health</a>.</p>',
    );
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(
      within(root)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['more on health']);
    expect(root.textContent).toContain('Doctors were stumped.');
  });

  it("drops Slashdot's Twitter and Facebook buttons and social sites' share links, not a link to a post", () => {
    // As Slashdot's Atom feed ends each story (2023).
    const root = render(
      '<p>The carmakers argue otherwise.</p><p><div class="share_submission" style="position:relative;">\n' +
        '<a class="slashpop" href="http://twitter.com/home?status=Automakers+Ask+Judge%3A+https%3A%2F%2Fyro.slashdot.org%2Fstory%2F23%2F05%2F28%2F2213240%2F"><img src="https://a.fsdn.com/sd/twitter_icon_large.png"></a>\n' +
        '<a class="slashpop" href="http://www.facebook.com/sharer.php?u=https%3A%2F%2Fyro.slashdot.org%2Fstory%2F23%2F05%2F28%2F2213240%2F"><img src="https://a.fsdn.com/sd/facebook_icon_large.png"></a>\n' +
        '</div></p><p><a href="https://yro.slashdot.org/story/23/05/28/2213240/">Read more of this story</a> at Slashdot.</p>' +
        '<p>Share: <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fblog.example%2Fa">Tweet</a> <a href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https%3A%2F%2Fblog.example%2Fa">LinkedIn</a> <a href="https://twitter.com/slashdot/status/1">a post</a></p>',
    );
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(
      within(root)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Read more of this story', 'a post']);
  });

  it('drops the "Add to Facebook" WordPress plugin\'s share link and its button', () => {
    // As The Long Shot Podcast's WordPress 3.5 feed ends each episode (2013).
    const share =
      'http://www.facebook.com/share.php?u=http://www.thelongshotpodcast.com/episode-1017-the-fk-hole-episode-featuring-brandi-posey/';
    const root = render(
      '<p>DIRECT DOWNLOAD</p>' +
        `<p class="facebook"><a href="${share}" target="_blank"><img src="http://www.thelongshotpodcast.com/wp-content/plugins/add-to-facebook-plugin/facebook_share_icon.gif" alt="Share on Facebook" title="Share on Facebook" /></a><a href="${share}" target="_blank" title="Share on Facebook">Share on Facebook</a></p>`,
    );
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(within(root).queryByRole('link')).not.toBeInTheDocument();
    expect(root.textContent).toBe('DIRECT DOWNLOAD');
  });

  it('drops the "flattr this!" button a WordPress plugin or Flattr itself adds, not the text', () => {
    // As the Flattr plugin for WordPress wrote it into each post of a feed, and Flattr's own.
    const root = render(
      '<p>A mirror can be found <a href="http://downgoat.net/wp-content/uploads/2013/03/master.zip">here</a>.</p>\n' +
        ' <p><a href="http://downgoat.net/?flattrss_redirect&amp;id=153&amp;md5=62b2a12f3159b180746b0228542d25aa" target="_blank" title="Flattr"><img alt="flattr this!" src="http://downgoat.net/wp-content/plugins/flattr/img/flattr-badge-large.png" /></a></p>' +
        '<p><a href="https://flattr.com/submit/auto?user_id=someone&amp;url=https%3A%2F%2Fblog.example%2Fpost"><img src="https://api.flattr.com/button/flattr-badge-large.png" alt="Flattr this" /></a></p>',
    );
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(
      within(root)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['here']);
    expect(root.querySelectorAll('p')).toHaveLength(1);
  });

  it("drops WordPress's social links left empty, ad networks' frames, and FeedBurner's ads on a publisher's own address", () => {
    // An Indonesian WordPress site's social links block, an Amazon affiliate frame in a
    // Japanese WordPress post, and Slashdot's FeedBurner ad at rss.slashdot.org (2006).
    const root = render(
      '<p>Bagikan postingan ini melalui :</p><ul class="wp-block-social-links has-normal-icon-size is-style-logos-only"><li class="wp-social-link wp-social-link-facebook wp-block-social-link"><a href="" class="wp-block-social-link-anchor"><svg width="24" height="24" aria-hidden="true"><path d="M12 2"></path></svg><span class="wp-block-social-link-label screen-reader-text">Facebook</span></a></li></ul>' +
        '<p>Kindle版がないのがちょっと残念です。</p><p><iframe style="width: 120px; height: 240px;" src="https://rcm-fe.amazon-adsystem.com/e/cm?ref=qf_sp_asin_til&amp;t=330k-22&amp;asins=4062149486" scrolling="no" frameborder="0"></iframe></p>' +
        '<p><a href="http://rss.slashdot.org/~a/Slashdot/slashdot?a=rzBVRe"><img src="http://rss.slashdot.org/~a/Slashdot/slashdot?i=rzBVRe" border="0"></img></a></p>' +
        '<p>A link of its own with no address: <a href="">here</a>, <a href=" ">there</a>.</p>',
      'https://desa.example/informasi/',
    );
    expect(root.querySelector('.wp-block-social-links')).toBeNull();
    expect(root.querySelectorAll('img, svg')).toHaveLength(0);
    expect(within(root).queryAllByRole('link')).toEqual([]);
    expect(root.textContent).not.toMatch(/Facebook|Embedded content|amazon/);
    expect(root.textContent).toContain('Kindle版がないのがちょっと残念です。');
    // Words kept, leading nowhere rather than back to the article.
    expect(root.textContent).toContain('here, there.');
    // The same address elsewhere is a link like any other.
    expect(
      within(render('<a href="https://rss.slashdot.org/Slashdot/slashdot">the feed</a>')).getByRole(
        'link',
        { name: 'the feed' },
      ),
    ).toHaveAttribute('href', 'https://rss.slashdot.org/Slashdot/slashdot');
  });

  it('reads a picture description escaped twice as meant, and a run of line breaks as one blank line', () => {
    // micro.blog's xkcd post; a Spanish Blogger post's five breaks for room.
    const root = render(
      '<p><img src="https://imgs.example/correlation.png" alt="“Cueball: Then I took a statistics class. Now I don&amp;rsquo;t.”"></p>' +
        '<p>Vacaciones.<br /><br />\n<br /> <br /><br />Volvemos en septiembre.</p>',
    );
    expect(root.querySelector('img')).toHaveAttribute(
      'alt',
      '“Cueball: Then I took a statistics class. Now I don’t.”',
    );
    expect(root.querySelectorAll('p:nth-of-type(2) br')).toHaveLength(2);
    expect(root.querySelector('p:nth-of-type(2)')?.innerHTML).toBe(
      'Vacaciones.<br><br>Volvemos en septiembre.',
    );
    // Between paragraphs, none: Acast's `</p><br><p>`, Omny's `text <br><br><p>`.
    expect(render('<p>One.</p><br><p>Two.</p>').innerHTML).toBe('<p>One.</p><p>Two.</p>');
    expect(render('Listen now. <br><br><p>Two.</p><br>').innerHTML).toBe('Listen now. <p>Two.</p>');
    expect(render('<p>One<br>two</p>').innerHTML).toBe('<p>One<br>two</p>');
    // Not in a text with code, whose blank lines are its own.
    expect(render('<pre>line one<br><br><br>line four</pre>').querySelectorAll('br')).toHaveLength(
      3,
    );
  });

  it("drops a heading's anchor that is only a sign, keeping the heading's words and its place", () => {
    const root = render(
      // Eleventy's "#" before the words, Sphinx's "¶" after, VuePress's with the page's address.
      '<h2 id="setup"><a class="header-anchor" href="#setup">#</a> Setup</h2>' +
        '<h3>Usage<a class="headerlink" href="#usage" title="Permalink">¶</a></h3>' +
        '<h4><a href="https://blog.example/post/#notes" aria-hidden="true">🔗</a>Notes</h4>' +
        '<p>Issue <a href="https://git.example/issues/4">#</a> stays, as does <a href="#setup">§</a>.</p>',
    );
    const headings = within(root).getAllByRole('heading');
    expect(headings.map((heading) => heading.textContent.trim())).toEqual([
      'Setup',
      'Usage',
      'Notes',
    ]);
    expect(
      within(root)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['#', '§']);
    expect(root.querySelector('#user-content-setup')).not.toBeNull();
  });

  it('does the same where only an empty element or a dropped icon was in it, and names none', () => {
    const root = render(
      // A Discourse onebox's file logo; Hugo's heading anchor, its SVG icon not kept.
      '<p><a href="https://example.org/paper.pdf"><span class="pdf-logo"></span></a></p>' +
        '<h3>3.5.0<a aria-label="Anchor to: 3.5.0" href="#350"><svg><use href="#link"/></svg></a></h3>' +
        '<h3 id="h">Notes<a aria-labelledby="h" id="notes"></a></h3>',
    );
    expect(root.querySelectorAll('a[href]')).toHaveLength(0);
    expect(root.querySelectorAll('a[aria-label], a[aria-labelledby]')).toHaveLength(0);
  });

  it('puts a table in a box that scrolls sideways and is reached by keyboard, not the page', () => {
    const body = render(
      '<table><tr><td>Harbourside North</td><td><table><tr><td>inner</td></tr></table></td></tr></table>',
      'https://news.example/results/',
    );
    const [outer, inner] = within(body).getAllByRole('table');
    expect(outer?.parentElement).toHaveClass('table-scroll');
    expect(outer?.parentElement).toHaveAttribute('tabindex', '0');
    // A table inside a table scrolls with it.
    expect(inner?.parentElement?.tagName).toBe('TD');
    expect(body.querySelectorAll('.table-scroll')).toHaveLength(1);
  });

  it("lays out a one-row table of a picture beside the text as one after the other (Reddit's)", () => {
    const body = render(
      '<table> <tr><td> <a href="https://old.reddit.com/r/LocalLLaMA/comments/1vtcz8t/mach1/"> <img alt="Mach-1-Additive-35B-GGUF · Hugging Face" src="https://external-preview.redd.it/5i0x.png?width=640" /> </a> </td><td> <!-- SC_OFF --><div class="md"><p>They released both GGUFs &amp; custom llama.cpp fork today.</p> <ul><li><a href="https://huggingface.co/SyzygyResearch">GGUFs</a></li></ul></div><!-- SC_ON --> &#32; submitted by &#32; <a href="https://old.reddit.com/user/pmttyji"> /u/pmttyji </a> </td></tr></table>',
      'https://old.reddit.com/r/LocalLLaMA/comments/1vtcz8t/mach1/',
    );
    expect(within(body).queryByRole('table')).toBeNull();
    expect(body.querySelector('.table-scroll')).toBeNull();
    expect(
      within(body).getByRole('img', { name: 'Mach-1-Additive-35B-GGUF · Hugging Face' }),
    ).toBeTruthy();
    expect(body).toHaveTextContent('They released both GGUFs & custom llama.cpp fork today.');
    // A table of data, with headings, is still one.
    const data = render('<table><tr><th>Team</th><td><p>Harbourside North</p></td></tr></table>');
    expect(within(data).getByRole('table').parentElement).toHaveClass('table-scroll');
  });

  it('puts a text’s headings under the title, the page’s one first-level heading, skipping no level', () => {
    const body = render(
      '<h1 id="intro">Introduction</h1><p>Text</p><h2>Details</h2><h6>Fine print</h6>',
    );
    expect(within(body).queryByRole('heading', { level: 1 })).toBeNull();
    expect(within(body).getByRole('heading', { level: 2, name: 'Introduction' })).toHaveAttribute(
      'id',
      'user-content-intro',
    );
    expect(within(body).getByRole('heading', { level: 3, name: 'Details' })).toBeTruthy();
    // The level below, not a gap of three.
    expect(within(body).getByRole('heading', { level: 4, name: 'Fine print' })).toBeTruthy();
    // A text whose sections start at h3 (Jekyll's, an arXiv digest's), with h5 below them.
    const lower = render('<h3>Motivation</h3><p>Text</p><h5>Notes</h5><h3>Results</h3>');
    expect(
      within(lower)
        .getAllByRole('heading')
        .map((heading) => [heading.tagName, heading.textContent]),
    ).toEqual([
      ['H2', 'Motivation'],
      ['H3', 'Notes'],
      ['H2', 'Results'],
    ]);
    // A text whose headings start at the second level keeps them.
    expect(
      within(render('<h2>Section</h2><h3>Part</h3>')).getByRole('heading', {
        level: 2,
        name: 'Section',
      }),
    ).toBeTruthy();
  });

  it('lets a block of code that scrolls be reached by keyboard, once', () => {
    expect(render('<pre><code>a very long line</code></pre>').querySelector('pre')).toHaveAttribute(
      'tabindex',
      '0',
    );
    // Hexo's line numbers beside the code, a <pre> each, in a table whose box scrolls: one stop.
    const numbered = render(
      '<figure class="highlight yaml"><table><tr><td class="gutter"><pre><span class="line">1</span><br></pre></td>' +
        '<td class="code"><pre><span class="line">name: a very long line</span><br></pre></td></tr></table></figure>',
    );
    expect(numbered.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(numbered.querySelector('[tabindex="0"]')?.querySelector('table')).not.toBeNull();
  });

  it("leaves out the roles DPUB-ARIA retired, keeping the notes (kramdown's footnotes)", () => {
    const notes = render(
      '<div class="footnotes" role="doc-endnotes"><ol><li id="fn:1" role="doc-endnote"><p>Note</p></li></ol></div>',
    );
    expect(notes.querySelector('[role]')).toBeNull();
    expect(within(notes).getByRole('listitem')).toHaveTextContent('Note');
  });

  it('keeps a formula (MathML) with its text, but no link that runs script', () => {
    const body = render(
      '<p>Sum: <math><mrow><mi xlink:href="javascript:alert(1)">a</mi><mo>+</mo><mi>b</mi></mrow></math></p>',
    );
    expect(body.querySelector('math')).toHaveTextContent('a+b');
    expect(body.innerHTML).not.toMatch(/javascript|xlink/);
  });

  it('never plays a video by itself, nor downloads it before it is played', () => {
    const video = render(
      '<video autoplay controls muted preload="auto" src="https://cdn.example/v.mp4"></video>',
    ).querySelector('video');
    expect(video).not.toHaveAttribute('autoplay');
    expect(video).toHaveAttribute('preload', 'none');
    expect(video).toHaveAttribute('controls');
  });

  it("plays a Ghost video card with the browser's controls, its still in place of the spacer", async () => {
    const { parseXmlFeed } = await import('../../src/features/feed/api/formats/xml-feed');
    const { decodeText } = await import('../../src/lib/decode-text');
    const { fixtureBytes } = await import('../helpers/fixtures');
    const text = decodeText(
      fixtureBytes('xml', 'ghost-video-card-rss__jocmp__capyreader__feed-rss-itsfoss.xml'),
    );
    const post = parseXmlFeed(text, 'https://itsfoss.com/rss/', 'rss').articles.find((article) =>
      article.title.startsWith('Foot: The Wayland Terminal'),
    );
    const body = render(post?.contentHtml ?? '', post?.url);
    const video = body.querySelector('video');
    expect(video).toHaveAttribute('controls');
    expect(video).toHaveAttribute(
      'poster',
      'https://itsfoss.com/content/media/2026/03/scrollback-search_thumb.jpg',
    );
    // Its own player's times and speed, which its scripts ran, are not left as text.
    expect(body.textContent).not.toMatch(/0:00|\/0:32|1×/);
    // A sound written without controls gets them too.
    expect(
      render('<audio src="https://cdn.example/a.mp3"></audio>').querySelector('audio'),
    ).toHaveAttribute('controls');
  });
});

describe('sanitizeHtml: pictures a lazy-loading script was to show', () => {
  const POST = 'https://blog.example/2024/05/launch/';

  it('shows the picture a plugin kept aside, once, where its placeholder was', () => {
    const body = render(
      `<p><img width="800" height="450" src="data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20800%20450'%3E%3C/svg%3E" alt="The quay at dawn" data-lazy-srcset="https://blog.example/up/quay.jpg 800w, https://blog.example/up/quay-300.jpg 300w" data-lazy-src="https://blog.example/up/quay.jpg"><noscript><img src="https://blog.example/up/quay.jpg" alt="The quay at dawn"></noscript></p>` +
        '<p><img class="lazyload" src="/img/loading.gif" data-src="/up/ferry.jpg" alt="The ferry"></p>' +
        '<picture><source type="image/webp" data-srcset="/up/boat.webp"><img src="/up/boat.jpg" alt="A boat"></picture>',
      POST,
    );
    const quay = within(body).getByRole('img', { name: 'The quay at dawn' });
    expect(quay).toHaveAttribute('src', 'https://blog.example/up/quay.jpg');
    expect(quay).toHaveAttribute(
      'srcset',
      'https://blog.example/up/quay.jpg 800w, https://blog.example/up/quay-300.jpg 300w',
    );
    expect(within(body).getAllByRole('img', { name: 'The quay at dawn' })).toHaveLength(1);
    expect(within(body).getByRole('img', { name: 'The ferry' })).toHaveAttribute(
      'src',
      'https://blog.example/up/ferry.jpg',
    );
    expect(body.querySelector('source')).toHaveAttribute(
      'srcset',
      'https://blog.example/up/boat.webp',
    );
  });

  it('keeps a picture that is already there, and takes no script from where one was kept', () => {
    const body = render(
      '<img src="https://cdn.example/real.jpg" data-src="https://cdn.example/other.jpg" alt="Real">' +
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="javascript:alert(1)" alt="Hostile">',
    );
    expect(within(body).getByRole('img', { name: 'Real' })).toHaveAttribute(
      'src',
      'https://cdn.example/real.jpg',
    );
    expect(within(body).getByRole('img', { name: 'Hostile' })).not.toHaveAttribute(
      'src',
      expect.stringContaining('javascript'),
    );
  });
});

describe('sanitizeHtml: an embedded player', () => {
  const POST = 'https://blog.example/2024/05/launch/';

  it('leaves a link to a YouTube video, with its still, where the player was', () => {
    const body = render(
      '<p>Watch the launch:</p><figure><iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?feature=oembed" title="YouTube video player" allowfullscreen></iframe><figcaption>The launch</figcaption></figure>',
      POST,
    );
    expect(body.querySelector('iframe')).toBeNull();
    const link = within(body).getByRole('link', { name: 'Watch the video on YouTube' });
    expect(link).toHaveAttribute('href', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.querySelector('img')).toHaveAttribute(
      'src',
      'https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg',
    );
    expect(body.querySelector('figcaption')).toHaveTextContent('The launch');
  });

  it('names the video by the player’s title, and links Vimeo’s and other players', () => {
    const body = render(
      '<p>Before <iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e" title="The New Vimeo Player"></iframe> after</p>' +
        '<iframe src="about:blank" data-src="https://www.google.com/maps/embed?pb=1"></iframe>' +
        '<iframe src="/widgets/poll.html"></iframe>',
      POST,
    );
    expect(
      within(body).getByRole('link', { name: 'Watch “The New Vimeo Player” on Vimeo' }),
    ).toHaveAttribute('href', 'https://vimeo.com/76979871');
    // Inside the paragraph it was in.
    expect(body.querySelector('p')).toHaveTextContent(
      'Before Watch “The New Vimeo Player” on Vimeo after',
    );
    expect(
      within(body).getByRole('link', { name: 'Embedded content (www.google.com)' }),
    ).toHaveAttribute('href', 'https://www.google.com/maps/embed?pb=1');
    expect(within(body).getByRole('link', { name: 'Embedded content' })).toHaveAttribute(
      'href',
      'https://blog.example/widgets/poll.html',
    );
  });

  it("leaves a link to a GitHub Gist's code where its script was, and runs none", () => {
    // Paul Dix's TypePad blog (feedjira's PaulDixExplainsNothing.xml), an Eleventy blog's gists.
    const body = render(
      '<p>So when you see something like this: </p><script src="http://gist.github.com/50549.js"></script><p>It calls…</p>' +
        '<script src="https://gist.github.com/kylereddoch/0a1b2c3d4e5f.js?file=config.yml"></script>' +
        '<script src="https://evil.example/gist.github.com/1.js"></script>',
      POST,
    );
    expect(body.querySelector('script')).toBeNull();
    expect(
      within(body).getByRole('link', { name: 'View the code on GitHub Gist' }),
    ).toHaveAttribute('href', 'https://gist.github.com/50549');
    expect(
      within(body).getByRole('link', { name: 'View config.yml on GitHub Gist' }),
    ).toHaveAttribute('href', 'https://gist.github.com/kylereddoch/0a1b2c3d4e5f');
    expect(within(body).getAllByRole('link')).toHaveLength(2);
  });

  it("links Blogger's, Facebook's and Dailymotion's players to their videos", () => {
    const body = render(
      // As Blogger writes an uploaded video, and as French and Spanish blogs embed Facebook's.
      "<iframe allowfullscreen='allowfullscreen' width='320' height='266' src='https://www.blogger.com/video.g?token=AD6v5dydO5x4BYZlplLoT_OSUZzpr6GIDf92KIfzFo5JjtQB' class='b-hbp-video b-uploaded' frameborder='0'></iframe>" +
        '<iframe src="https://www.facebook.com/video/embed?video_id=480790335314024" width="400" height="224" frameborder="0"></iframe>' +
        '<iframe src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fpage%2Fvideos%2F10156%2F&amp;show_text=0&amp;width=560" width="560"></iframe>' +
        '<iframe src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fevil.example%2F"></iframe>' +
        '<iframe frameborder="0" width="480" height="270" src="https://www.dailymotion.com/embed/video/x8abc12" allowfullscreen></iframe>',
      POST,
    );
    const links = within(body).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [
        'Watch the video on Blogger',
        'https://www.blogger.com/video.g?token=AD6v5dydO5x4BYZlplLoT_OSUZzpr6GIDf92KIfzFo5JjtQB',
      ],
      ['Watch the video on Facebook', 'https://www.facebook.com/watch/?v=480790335314024'],
      ['Watch the video on Facebook', 'https://www.facebook.com/page/videos/10156/'],
      // Not Facebook's video, though its player names it: the player's own address.
      [
        'Embedded content (www.facebook.com)',
        'https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fevil.example%2F',
      ],
      ['Watch the video on Dailymotion', 'https://www.dailymotion.com/video/x8abc12'],
    ]);
  });

  it('leaves nothing for a frame of script or data', () => {
    const body = render(
      '<iframe src="javascript:alert(1)"></iframe><iframe src="data:text/html,<script>alert(1)</script>"></iframe><iframe></iframe>',
    );
    expect(body.innerHTML).toBe('');
  });
});

describe('readySanitiser', () => {
  it('has the sanitiser read a first text in a task of its own, not in the caller’s', async () => {
    const sanitize = vi.spyOn(DOMPurify, 'sanitize');
    try {
      readySanitiser();
      await Promise.resolve();
      expect(sanitize).not.toHaveBeenCalled();
      await waitFor(() => expect(sanitize).toHaveBeenCalledOnce());
    } finally {
      sanitize.mockRestore();
    }
  });
});
