import { decodeText } from '../../../../lib/decode-text';
import { textDigest } from '../../../../lib/digest';
import { withEntityTable } from '../../../../lib/html-entities';
import { detectFormat } from '../../../../lib/document-format';
import { LoadError, parseJson } from '../../../../lib/http';
import type { LoadErrorKind } from '../../../../lib/http';
import type { Article, FeedPage } from '../types';
import { MAX_DOCUMENT_LENGTH, notAFeed, tooLarge } from './document-errors';
import { parseFeedPage } from './json-feed';
import { parseXmlFeed } from './xml-feed';
import type { XmlFormat } from './xml-feed';

/** What is asked of the thread that reads documents. */
export type DocumentRequest =
  /** An XML feed already decoded. */
  | { text: string; pageUrl: string; format: XmlFormat }
  /** A document as it came: decoded, fingerprinted and read there, whatever its format. */
  | { bytes: Uint8Array; contentType: string | null; pageUrl: string; previousDigest?: string };

/** Its answer: a page; the same document as before; a web page to look for feeds in; or why not. */
export type DocumentResult =
  | { page: FeedPage; digest?: string }
  | { same: true; digest: string }
  | { html: string; digest: string }
  | { error: { kind: LoadErrorKind; message: string } };

/**
 * Reads a document without touching the page (no DOM): where workers run, in the worker that
 * reads feeds, so a document of megabytes never holds up scrolling or typing.
 */
export function readDocument(request: DocumentRequest): DocumentResult {
  try {
    if ('text' in request) {
      return { page: parseXmlFeed(request.text, request.pageUrl, request.format) };
    }
    if (request.bytes.length > MAX_DOCUMENT_LENGTH) throw tooLarge();
    const text = decodeText(request.bytes, request.contentType);
    const digest = textDigest(text);
    if (digest === request.previousDigest) return { same: true, digest };
    const format = detectFormat(text);
    switch (format) {
      case 'json':
        return { page: parseFeedPage(parseJson(text), request.pageUrl), digest };
      case 'rss':
      case 'rdf':
      case 'atom':
        return { page: parseXmlFeed(text, request.pageUrl, format), digest };
      case 'html':
        return { html: text, digest };
      default:
        throw notAFeed();
    }
  } catch (error) {
    const known = error instanceof LoadError;
    return {
      error: {
        kind: known ? error.kind : 'format',
        message: known ? error.message : 'This feed could not be read.',
      },
    };
  }
}

/**
 * readDocument, with every HTML entity a feed names decoded: read again with the full table
 * where the first reading met a name the short one has not got (src/lib/html-entities.ts).
 */
export function readDocumentWithEntities(request: DocumentRequest): Promise<DocumentResult> {
  return withEntityTable(() => readDocument(request));
}

/** A request to the worker, numbered so that answers find their caller. */
export type WorkerRequest = DocumentRequest & { id: number };

/**
 * An answer, in parts: the result with a page's first articles, then the rest a few hundred at a
 * time (`more` until the last part). Each part is taken in on the main thread in a task of its
 * own, none of them long, where thousands of articles at once would be.
 */
export type WorkerAnswer =
  | { id: number; result: DocumentResult; more: boolean }
  | { id: number; articles: Article[]; more: boolean };

const FIRST_PART = 50;
const PART = 250;

export function answerParts(id: number, result: DocumentResult): WorkerAnswer[] {
  if (!('page' in result) || result.page.articles.length <= FIRST_PART) {
    return [{ id, result, more: false }];
  }
  const { articles } = result.page;
  const first = { ...result, page: { ...result.page, articles: articles.slice(0, FIRST_PART) } };
  const parts: WorkerAnswer[] = [{ id, result: first, more: true }];
  for (let start = FIRST_PART; start < articles.length; start += PART) {
    parts.push({
      id,
      articles: articles.slice(start, start + PART),
      more: start + PART < articles.length,
    });
  }
  return parts;
}
