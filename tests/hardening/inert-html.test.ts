import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inertMarkup } from '../../src/lib/inert-html';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('inertMarkup: nothing the page’s CSP would report is left to parse', () => {
  it('renames style and handler attributes and drops style elements', () => {
    const html =
      '<p style="color:red" onclick="a()" title="style=x onload=y">Hi</p>' +
      "<STYLE>p { color: blue }</STYLE><img src=x ONERROR=alert(1) alt='a>b'>" +
      '<!-- <p style="x"> --><textarea><b style="x"></textarea>';
    const doc = parse(inertMarkup(html));
    expect(doc.querySelectorAll('[style], style, [onclick], [onerror]')).toHaveLength(0);
    expect(doc.querySelector('p')?.getAttribute('title')).toBe('style=x onload=y');
    expect(doc.querySelector('img')?.getAttribute('alt')).toBe('a>b');
    expect(doc.body.textContent).toBe('Hi<b style="x">');
  });

  it('drops a base address, which the policy checks too', () => {
    const doc = parse(
      inertMarkup('<base href="https://evil.example/"><p>Hi <a href="x">there</a></p>'),
    );
    expect(doc.querySelector('base')).toBeNull();
    expect(doc.body.textContent).toBe('Hi there');
  });

  it('leaves markup without styles or handlers as it was', () => {
    const html = '<p class="a">One <a href="/x">link</a></p><!-- note -->';
    expect(inertMarkup(html)).toBe(html);
  });

  it('never changes the text a document holds, outside style elements', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<b style="x">',
      '<i onclick=y>',
      ' style=',
      '"',
      "'",
      '=',
      '>',
      '<',
      '<!--',
      '-->',
      '--!>',
      '<!-',
      '<script>',
      '</script>',
      '<style>',
      '</style>',
      'text',
      ' on ',
      '<br/>',
      '<a href="#a" onmouseover="z">',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const html = pieces.join('');
        const doc = parse(inertMarkup(html));
        expect(doc.querySelectorAll('[style], style')).toHaveLength(0);
        const original = parse(html);
        for (const style of original.querySelectorAll('style')) style.remove();
        expect(doc.body.textContent).toBe(original.body.textContent);
      }),
      { numRuns: 200 },
    );
  });
});
