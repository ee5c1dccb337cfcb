import MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import { articleKey } from '../../../lib/article-ref';
import { htmlToText } from '../../../lib/text';
import type { SearchableArticle } from '../types';
import { normalizeTerm, tokenize } from './terms';

/** The indexed text of one article; `text` is kept for excerpts. */
export interface SearchDocument {
  id: string;
  title: string;
  summary: string;
  text: string;
  authors: string;
  tags: string;
}

export interface SearchHit<A extends SearchableArticle = SearchableArticle> {
  article: A;
  document: SearchDocument;
  /** The indexed words that matched (after prefix and typo expansion), normalised. */
  terms: ReadonlySet<string>;
}

/** What readers of the index use, as it stands at one moment. */
export interface IndexReader {
  search<A extends SearchableArticle>(query: string, among: ReadonlyMap<string, A>): SearchHit<A>[];
  covers(articles: readonly SearchableArticle[]): boolean;
}

const FIELDS = ['title', 'summary', 'text', 'authors', 'tags'] as const;

/**
 * The most words a query is searched for, each counted once: a pasted paragraph is searched by
 * its first ones. Every word costs a walk of the index, and a few thousand held the page for
 * seconds.
 */
export const MAX_QUERY_WORDS = 12;
/**
 * Longer words are matched as written: forgiving a typo costs time with a word's length, and
 * no word of a language is this long.
 */
const MAX_FUZZY_LENGTH = 32;

/** The words a query is searched for, and whether some were left out. */
export function queryWords(query: string): { words: string[]; cut: boolean } {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const word of tokenize(query)) {
    const term = normalizeTerm(word);
    if (!term || seen.has(term)) continue;
    seen.add(term);
    words.push(word);
  }
  return { words: words.slice(0, MAX_QUERY_WORDS), cut: words.length > MAX_QUERY_WORDS };
}

/**
 * Whether a query term also finds the words it begins: not a lone letter or digit, which begins
 * most words; a Chinese character does, being a word of its own or the start of many ("港口").
 */
function matchesPrefix(term: string): boolean {
  return [...term].length > 1 || /\p{Script=Han}/u.test(term);
}

/** Fewer letters than this, and one letter off is another word: "cat" is not "car". */
const MIN_FUZZY_LENGTH = 5;
/**
 * A word of an alphabet, where a typo is one letter off. In kana, Hangul, Thai or the Indic
 * scripts a character is a syllable, and one off is another word (たけ, だけ; 나무, 너무).
 */
const ALPHABETIC =
  /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Hebrew}\p{Script=Arabic}\p{N}]+$/u;

/**
 * How far a query term may be misspelt: only a word of an alphabet's letters and digits, of five
 * or more. A name written with a symbol is matched as written: one character off C++ or .NET is
 * another word (G++, NET).
 */
function typoTolerance(term: string): number | false {
  const length = [...term].length;
  return length >= MIN_FUZZY_LENGTH && length <= MAX_FUZZY_LENGTH && ALPHABETIC.test(term) && 0.2;
}

/** An article's key in the index: ids are unique only within a feed. */
export function searchKey(article: SearchableArticle): string {
  return articleKey({ feedUrl: article.origin?.feedUrl ?? '', id: article.id });
}

export function documentOf(article: SearchableArticle): SearchDocument {
  return {
    id: searchKey(article),
    title: article.title,
    summary: article.summary ?? '',
    text: article.contentText ?? (article.contentHtml ? htmlToText(article.contentHtml) : ''),
    authors: article.authors.flatMap((author) => (author.name ? [author.name] : [])).join(', '),
    tags: article.tags.join(', '),
  };
}

/**
 * A full-text index that follows a changing list of articles: when older pages arrive only
 * the new articles are read, and an article that changed (a new object) is read again.
 * Components subscribe to it as an external store: its snapshot is a new reader whenever the
 * contents change, so what was computed from the old one is known to be out of date.
 */
export class ArticleIndex {
  private readonly index = new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    tokenize,
    processTerm: (term) => normalizeTerm(term) || null,
    searchOptions: {
      boost: { title: 3, tags: 2, authors: 1.5 },
      prefix: matchesPrefix,
      fuzzy: typoTolerance,
      combineWith: 'AND',
    },
    // Removal is exact (below), so nothing is left to clear out. The library's own clean-up
    // walks the index in pauses, and a word added during a pause could break the walk.
    autoVacuum: false,
  });
  private readonly entries = new Map<
    string,
    { article: SearchableArticle; document: SearchDocument }
  >();
  private readonly listeners = new Set<() => void>();
  private reader = this.createReader();
  private unpublished = false;

  get size(): number {
    return this.entries.size;
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly getSnapshot = (): IndexReader => this.reader;

  /**
   * Brings the index in line with `articles`, reading new or changed ones for about `time`
   * milliseconds (one at least): a podcast's show notes or a blog's full posts are many times
   * a headline's text, so a count of articles would not bound the work. Returns true once every
   * article is indexed; call again to continue. Readers hear of the change at once, or with
   * `quiet` only once `publish` is called: each new reader searches again.
   */
  sync(articles: readonly SearchableArticle[], time = Infinity, quiet = false): boolean {
    const end = performance.now() + time;
    let changed = false;
    const wanted = new Set(articles.map(searchKey));
    for (const id of this.entries.keys()) {
      if (!wanted.has(id)) changed = this.remove(id);
    }
    let added = false;
    const seen = new Set<string>();
    let done = true;
    for (const article of articles) {
      const key = searchKey(article);
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = this.entries.get(key);
      if (entry?.article === article) continue;
      if (added && performance.now() >= end) {
        done = false;
        break;
      }
      if (entry) this.remove(key);
      const document = documentOf(article);
      this.entries.set(key, { article, document });
      this.index.add(document);
      added = true;
    }
    if (changed || added) this.unpublished = true;
    if (!quiet) this.publish();
    return done;
  }

  /** A new reader for what has been read since the last one, if anything has. */
  publish(): void {
    if (!this.unpublished) return;
    this.unpublished = false;
    this.reader = this.createReader();
    for (const listener of this.listeners) listener();
  }

  /** Whether every one of `articles`, as it is now, is in the index. */
  covers(articles: readonly SearchableArticle[]): boolean {
    return articles.every((article) => this.entries.get(searchKey(article))?.article === article);
  }

  /**
   * Best matches first, and of matches about as good (scores within some 5%: a feed's dozens
   * of "… released" posts) the newest; `among` (by searchKey) limits hits to the articles of
   * one render.
   */
  search<A extends SearchableArticle>(
    query: string,
    among: ReadonlyMap<string, A>,
  ): SearchHit<A>[] {
    if (!query.trim()) return [];
    return this.results(query)
      .flatMap((result) => {
        const article = among.get(String(result.id));
        const entry = this.entries.get(String(result.id));
        if (!article || !entry) return [];
        const hit = { article, document: entry.document, terms: new Set(result.terms) };
        const time = Date.parse(article.published ?? '') || 0;
        return [{ hit, rank: Math.round(Math.log(result.score) * 20), time }];
      })
      .sort((a, b) => b.rank - a.rank || b.time - a.time)
      .map(({ hit }) => hit);
  }

  /**
   * The index's answer, for the query's first words. A query it cannot take finds nothing
   * rather than breaking the page.
   */
  private results(query: string): SearchResult[] {
    try {
      return this.index.search(queryWords(query).words.join(' '));
    } catch {
      return [];
    }
  }

  private createReader(): IndexReader {
    return {
      search: (query, among) => this.search(query, among),
      covers: (articles) => this.covers(articles),
    };
  }

  /** Takes the words of the text as it was read out of the index at once. */
  private remove(id: string): true {
    const entry = this.entries.get(id);
    if (entry) this.index.remove(entry.document);
    this.entries.delete(id);
    return true;
  }
}
