// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/lib/document-format';
import { decodeText } from '../../src/lib/decode-text';
import { fixtureBytes } from '../helpers/fixtures';

describe('what a document is, from the document', () => {
  it.each([
    ['{"version": "https://jsonfeed.org/version/1.1"}', 'json'],
    ['\uFEFF  {"items": []}', 'json'],
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', 'rss'],
    ['<rss version="0.91"><channel/></rss>', 'rss'],
    ['<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"><channel/></rdf:RDF>', 'rdf'],
    ['<RDF:RDF xmlns:RDF="x"/>', 'rdf'],
    ['<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>', 'atom'],
    ['<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"/>', 'atom'],
    [
      '<?xml version="1.0"?><!-- made by hand --><?xml-stylesheet href="s.css"?>\n<!DOCTYPE rss [<!ENTITY a "b">]><rss/>',
      'rss',
    ],
    ['<!DOCTYPE html><html><head></head></html>', 'html'],
    ['<html lang="en"><head>', 'html'],
    ['<?xml version="1.0"?><opml version="2.0"/>', 'unknown'],
    ['Just some words.', 'unknown'],
    ['', 'unknown'],
  ])('%j is %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });

  it('reads a feed named .rss that is really Atom as Atom', () => {
    const text = decodeText(fixtureBytes('xml', 'Ranchero-Software__RSParser__DaringFireball.rss'));
    expect(detectFormat(text)).toBe('atom');
  });
});
