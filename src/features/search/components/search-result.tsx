import { memo, useId } from 'react';
import { entryKeyOf } from '../../../components/entry-elements';
import type { EntryElements } from '../../../components/entry-elements';
import { Link } from '../../../components/link';
import { Time } from '../../../components/time';
import { paths, withFeed } from '../../../config/paths';
import { nameList } from '../../../lib/name-list';
import type { SearchHit } from '../utils/article-index';
import { excerptAround, mentions } from '../utils/excerpt';
import { Highlighted } from './highlighted';

interface SearchResultProps {
  hit: SearchHit;
  link: (path: string) => string;
  /** The list's current entry (moved by j and k). */
  current: boolean;
  /** Where the list keeps its mounted entries. */
  entries: EntryElements;
}

/** One match: title link, date and authors, the text around the match, tags; matches marked. */
export const SearchResult = memo(function SearchResult({
  hit,
  link,
  current,
  entries,
}: SearchResultProps) {
  const { article, document, terms } = hit;
  const headingId = useId();
  const authors = authorList(article.authors);
  const excerpt = excerptOf(document.summary, document.text, terms);
  return (
    <li>
      <article
        ref={(element) => (element ? entries.keep(entryKeyOf(article), element) : undefined)}
        className={current ? 'search-result entry-current' : 'search-result'}
        lang={article.language}
        aria-labelledby={headingId}
        aria-current={current ? 'true' : undefined}
      >
        <h2 className="search-result-title" id={headingId} dir="auto">
          <Link
            to={
              article.origin
                ? withFeed(paths.article(article.id), article.origin.feedParam)
                : link(paths.article(article.id))
            }
          >
            <Highlighted text={article.title} terms={terms} />
          </Link>
        </h2>
        <p className="meta">
          {article.origin && `${article.origin.title} · `}
          {article.published && <Time iso={article.published} format="date" />}
          {article.published && authors && ' · '}
          {authors && <Highlighted text={authors} terms={terms} />}
        </p>
        {excerpt && (
          <p className="excerpt" dir="auto">
            <Highlighted text={excerpt} terms={terms} />
          </p>
        )}
        {article.tags.length > 0 && (
          <ul className="tags" aria-label="Tags">
            {article.tags.map((tag) => (
              <li key={tag}>
                <Link to={link(paths.tag(tag))} className="tag" dir="auto">
                  <Highlighted text={tag} terms={terms} />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </article>
    </li>
  );
});

/** The summary or the text, whichever holds a match, from the first match on. */
function excerptOf(summary: string, text: string, terms: ReadonlySet<string>): string {
  if (summary && mentions(summary, terms)) return excerptAround(summary, terms);
  if (text && mentions(text, terms)) return excerptAround(text, terms);
  return excerptAround(summary || text, terms);
}

function authorList(authors: { name?: string }[]): string {
  const names = authors.flatMap((author) => (author.name ? [author.name] : []));
  return nameList().format(names);
}
