// @vitest-environment node
// Node, not jsdom: these helpers also run where there is no DOM (a Web Worker, the build).
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, summaryText, truncateAtWord } from '../../src/lib/text';

describe('htmlToText without a DOM', () => {
  it('has no DOM to lean on', () => {
    expect(typeof DOMParser).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('keeps the lines <br> and paragraphs make, not the source’s own, but in a <pre>', () => {
    const comment = '<p>Line one<br />\nLine two\nstill two</p>\n<p>Next</p><pre>a\nb</pre>';
    expect(htmlToText(comment, { lineBreaks: true })).toBe(
      'Line one\nLine two still two\n\nNext\n\na\nb',
    );
  });

  it('drops tags, keeping words inside a line together and parting blocks', () => {
    expect(htmlToText('<p>Tram <b>line</b> <a href="/x">opens</a></p><p>today</p>')).toBe(
      'Tram line opens today',
    );
    expect(htmlToText('<p>one</p><p>two<br>three</p><ul><li>four</li><li>five</li></ul>')).toBe(
      'one two three four five',
    );
    expect(htmlToText('<h2>Heading</h2>Text<div>Block</div>')).toBe('Heading Text Block');
    expect(htmlToText('un<em>believ</em>able')).toBe('unbelievable');
  });

  it('keeps a word with its reading aid (ruby) whole, the reading in brackets', () => {
    // Aozora Bunko's blog: 明（あ）かす, not "明 （ あ ） かす".
    const html =
      'だれにも<ruby><rb>明</rb><rp>（</rp><rt>あ</rt><rp>）</rp></ruby>かすことの<ruby>怖<rp>（</rp><rt>こわ</rt><rp>）</rp></ruby>がられ';
    expect(htmlToText(html)).toBe('だれにも明（あ）かすことの怖（こわ）がられ');
  });

  it('drops the anchors static sites put beside headings, not a link to a place with words', () => {
    // Eleventy's markdown-it-anchor (fortmarek.dev's JSON Feed), Python's docs, a "§".
    expect(
      htmlToText(
        '<h3 id="motivation" tabindex="-1">Motivation <a class="header-anchor" href="#motivation">#</a></h3><p>Let me first start…</p>',
      ),
    ).toBe('Motivation Let me first start…');
    expect(htmlToText('<h2>Usage<a class="headerlink" href="#usage" title="Link">¶</a></h2>')).toBe(
      'Usage',
    );
    expect(htmlToText('<h2 id="a">A <a href="#a" aria-hidden="true"> § </a></h2>')).toBe('A');
    // The same anchor written with the page's whole address (marekfort.me's feed).
    expect(
      htmlToText(
        '<h3 id="motivation">Motivation <a class="header-anchor" href="https://marekfort.me/blog/package-swift/">#</a></h3>',
      ),
    ).toBe('Motivation');
    expect(htmlToText('<p>See <a href="#notes">the notes</a> and <a href="/x">#</a>.</p>')).toBe(
      'See the notes and #.',
    );
    // Eleventy's `direct-link`, with the page's whole address (PolyMC's JSON Feed).
    expect(
      htmlToText(
        '<h2 id="fixed">Fixed <a class="direct-link" href="https://polymc.org/news/release-7.0/#fixed" aria-hidden="true">#</a></h2><ul><li>Fix storage</li></ul>',
      ),
    ).toBe('Fixed Fix storage');
  });

  it("drops the line numbers beside a block of code, not the code (Hexo's, Pygments', Hugo's)", () => {
    // As Hexo writes a highlighted block (a Taiwanese blog's Atom feed).
    expect(
      htmlToText(
        '<p>增加<code>hook</code>的執行指令：</p> <figure class="highlight plaintext"><table><tr><td class="gutter"><pre><span class="line">1</span><br><span class="line">2</span><br><span class="line">3</span><br></pre></td><td class="code"><pre><span class="line">cd /pat/to/git/clo/hooks</span><br><span class="line"></span><br><span class="line">cp post-update.sample post-update</span><br></pre></td></tr></table></figure>',
      ),
    ).toBe('增加hook的執行指令： cd /pat/to/git/clo/hooks cp post-update.sample post-update');
    expect(
      htmlToText(
        '<table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre><span class="normal">1</span>\n<span class="normal">2</span></pre></div></td><td class="code"><div><pre>x = 1\ny = 2</pre></div></td></tr></table>',
      ),
    ).toBe('x = 1 y = 2');
    expect(
      htmlToText(
        '<pre class="chroma"><code><span class="line"><span class="ln">1</span><span class="cl">go run .</span></span></code></pre><p>Line <span class="lnt-note">2</span> stays.</p>',
      ),
    ).toBe('go run . Line 2 stays.');
    // Discourse's enlarged picture, its file's name and size under it.
    expect(
      htmlToText(
        '<p>Is this OCaml grammar?</p><p><div class="lightbox-wrapper"><a class="lightbox" href="https://d.example/original/b5.png" title="image"><img src="https://d.example/optimized/b5.png" alt="image" width="690" height="352"><div class="meta"><svg class="fa d-icon svg-icon" aria-hidden="true"><use xlink:href="#far-image"></use></svg><span class="filename">image</span><span class="informations">1507×770 50 KB</span><svg class="fa svg-icon" aria-hidden="true"><use xlink:href="#discourse-expand"></use></svg></div></a></div></p>',
      ),
    ).toBe('Is this OCaml grammar?');
  });

  it('drops words a site writes for screen readers alone, not words beside them', () => {
    // Squarespace's gallery links, WordPress's "Continue reading" label, Bootstrap's.
    expect(
      htmlToText(
        '<p>Repeated listening is advised.</p><a href="/a.jpg" class="\n image-slide-anchor\n"><span class="v6-visually-hidden">View fullsize</span><img src="/a.jpg"></a>',
      ),
    ).toBe('Repeated listening is advised.');
    expect(
      htmlToText(
        '<p>Short post. <a href="/p">Continue reading<span class="screen-reader-text"> "Short post"</span></a></p>',
      ),
    ).toBe('Short post. Continue reading');
    expect(htmlToText("<p><span class='sr-only'>Note:</span> <b>Open</b> late</p>")).toBe(
      'Open late',
    );
    expect(htmlToText('<p class="invisible-ink">Seen</p><span class="hidden">kept</span>')).toBe(
      'Seen kept',
    );
  });

  it('drops a tag cut off at the end of a text, and keeps a "<" between words', () => {
    // Hexo's Atom summary, cut in the middle of a tag: "…持有注册过&lt;".
    expect(htmlToText('$refs是一个对象，持有注册过<')).toBe('$refs是一个对象，持有注册过');
    expect(htmlToText('<p>Costs rose</p><')).toBe('Costs rose');
    expect(htmlToText('a < b and 1<2')).toBe('a < b and 1<2');
  });

  it('ends a summary cut inside a tag with an ellipsis, and no other', () => {
    // Hexo cuts its summaries at a number of characters, wherever that falls.
    expect(summaryText('<h1>Vue中computed分析</h1><p>在<code>Vue</code>中<cod')).toBe(
      'Vue中computed分析 在Vue中…',
    );
    expect(summaryText('<p>$refs是一个对象，持有注册过<')).toBe('$refs是一个对象，持有注册过…');
    expect(summaryText('<p>Vue</cod')).toBe('Vue…');
    expect(summaryText('<p>Done.</p>')).toBe('Done.');
    expect(summaryText('a < b')).toBe('a < b');
    expect(summaryText('<p></p><')).toBe('');
  });

  it('drops scripts, styles and templates with their contents, and comments', () => {
    expect(
      htmlToText(
        '<style>p { color: red }</style><p>one</p><script>if (a < b) alert("</p>")</script>' +
          '<!-- a note --><template><p>hidden</p></template><SCRIPT type="x">c</SCRIPT>two',
      ),
    ).toBe('one two');
  });

  it('reads no attribute as text, even one holding ">"', () => {
    expect(htmlToText('<img alt="a > b, long description" src="x.png">one')).toBe('one');
    expect(htmlToText('<a title=\'x > y\' href="/">link</a>')).toBe('link');
  });

  it('keeps a "<" that starts no tag', () => {
    expect(htmlToText('<p>1 < 2 and 3 <= 4</p>')).toBe('1 < 2 and 3 <= 4');
  });

  it('decodes named and numeric entities and collapses whitespace', () => {
    expect(htmlToText('<p>Tram&nbsp;line\n\n  opens&hellip;</p>')).toBe('Tram line opens…');
    expect(htmlToText('Caf&eacute; &amp; bar &#8211; &#x2019;s &lt;b&gt; &madeup;')).toBe(
      'Café & bar – ’s <b> &madeup;',
    );
  });

  it('gives empty text for empty or tag-only HTML, and stops at a tag cut off', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<p><br></p>')).toBe('');
    expect(htmlToText('<p>Opening words <a href="/long')).toBe('Opening words');
  });
});

describe('decodeEntities', () => {
  it('leaves tags in plain text as text', () => {
    expect(decodeEntities('Tom &amp; Jerry <3')).toBe('Tom & Jerry <3');
  });

  it('decodes accented letters by name, case-sensitively', () => {
    expect(decodeEntities('&Eacute;t&eacute; &agrave; &Ccedil;a &ouml; &ntilde; &szlig;')).toBe(
      'Été à Ça ö ñ ß',
    );
    expect(decodeEntities('&EACUTE; &xacute;')).toBe('&EACUTE; &xacute;');
  });

  it('reads numbers as a browser does: Windows-1252 codes and invalid ones', () => {
    expect(decodeEntities('it&#146;s &#150; &#128;5')).toBe('it’s – €5');
    expect(decodeEntities('&#0; &#xD800; &#x110000;')).toBe('\ufffd \ufffd \ufffd');
  });
});

describe('truncateAtWord', () => {
  it('cuts at a word and marks the cut', () => {
    expect(truncateAtWord('The harbour tram line opens', 16)).toBe('The harbour tram…');
    expect(truncateAtWord('Short', 16)).toBe('Short');
  });
});
