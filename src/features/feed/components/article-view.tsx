import { useDocumentTitle } from '../../../components/document-title';
import { onlineManager, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent } from 'react';
import type { ReactNode } from 'react';
import { Link } from '../../../components/link';
import { PageHeading } from '../../../components/page-heading';
import { Time } from '../../../components/time';
import { paths } from '../../../config/paths';
import { LoadError } from '../../../lib/http';
import { parseUrl } from '../../../lib/safe';
import { articleQuery, findCachedArticle } from '../api/article-queries';
import type { ArticleResult } from '../api/article-queries';
import type { Article } from '../api/types';
import type { FeedSource } from '../hooks/use-feed-source';
import { readingTimeText } from '../utils/reading-time';
import { ArticleBody } from './article-body';
import { Attachments } from './attachments';
import { AuthorNames } from './author-names';
import { FeedError } from './feed-error';
import { TagLinks } from './tag-links';

interface ArticleViewProps {
  source: FeedSource;
  id: string;
  /** Controls under the byline (save for offline), supplied by the app. */
  renderActions?: (article: Article) => ReactNode;
  /** What follows the article (its comment thread), supplied by the app. */
  renderAfter?: (article: Article) => ReactNode;
  /** Called once the article is on screen (the app marks it read). */
  onShown?: (article: Article) => void;
}

export function ArticleView({ source, id, renderActions, renderAfter, onShown }: ArticleViewProps) {
  const client = useQueryClient();
  const query = useQuery({
    ...articleQuery(source.feedUrl, id),
    initialData: () => findCachedArticle(client, source.feedUrl, id),
  });

  const notFound = query.error instanceof LoadError && query.error.kind === 'not-found';
  useDocumentTitle(
    query.data
      ? `${query.data.article.title} · ${query.data.feed.title}`
      : notFound
        ? 'Article not found · Broadsheet'
        : undefined,
  );

  if (query.data) {
    return (
      <ArticleContent
        result={query.data}
        source={source}
        renderActions={renderActions}
        renderAfter={renderAfter}
        onShown={onShown}
      />
    );
  }
  if (notFound) {
    return (
      <div className="not-found">
        <PageHeading>Article not found</PageHeading>
        <p>This feed has no article with that address. It may have been removed.</p>
        <p>
          <Link to={source.link(paths.home())}>Back to the front page</Link>
        </p>
      </div>
    );
  }
  const offline =
    query.fetchStatus === 'paused' ||
    (query.error instanceof LoadError &&
      query.error.kind === 'network' &&
      !onlineManager.isOnline());
  if (offline) {
    return (
      <div className="not-found">
        <PageHeading>This article is not saved for offline reading</PageHeading>
        <p>You are offline, and this article was not opened or saved while online.</p>
        <p>
          <Link to={source.link(paths.home())}>Back to the front page</Link>
        </p>
      </div>
    );
  }
  if (query.error) {
    return (
      <>
        <PageHeading>Article unavailable</PageHeading>
        <FeedError error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  return (
    <>
      <PageHeading>Loading article…</PageHeading>
      <p role="status" className="loading">
        Loading article…
      </p>
    </>
  );
}

function ArticleContent({
  result,
  source,
  renderActions,
  renderAfter,
  onShown,
}: Omit<ArticleViewProps, 'id'> & { result: ArticleResult }) {
  const { article, newer, older } = result;
  const shown = useEffectEvent(() => onShown?.(article));
  useEffect(() => {
    shown();
  }, [article.id]);
  const updated = article.modified && article.modified !== article.published;
  const picture = article.bannerImage ?? article.image;
  return (
    <>
      <article className="article" lang={article.language}>
        <header className="article-header">
          <PageHeading className="article-title">{article.title}</PageHeading>
          <p className="byline">
            <AuthorNames authors={article.authors} />
            {article.authors.some((author) => author.name) && article.published && ' · '}
            {article.published && <Time iso={article.published} format="long" />}
            {updated && article.modified && (
              <>
                {' · Updated '}
                <Time iso={article.modified} format="long" />
              </>
            )}
            {(article.authors.some((author) => author.name) || article.published) && ' · '}
            {readingTimeText(article)}
          </p>
          {article.originalDate && (
            <p className="dateline">
              First published <Time iso={article.originalDate} format="date" />
            </p>
          )}
          <TagLinks tags={article.tags} link={source.link} />
          {renderActions?.(article)}
        </header>
        {picture && (
          <img
            className="article-image"
            src={picture}
            alt=""
            width={1200}
            height={675}
            decoding="async"
          />
        )}
        <ArticleBody article={article} />
        <Attachments attachments={article.attachments} />
        <ArticleSourceLinks article={article} />
      </article>
      <nav className="article-nav" aria-label="More articles">
        {newer && (
          <Link to={source.link(paths.article(newer.id))} rel="prev" className="article-nav-newer">
            <span className="article-nav-label">Newer</span> <span dir="auto">{newer.title}</span>
          </Link>
        )}
        {older && (
          <Link to={source.link(paths.article(older.id))} rel="next" className="article-nav-older">
            <span className="article-nav-label">Older</span> <span dir="auto">{older.title}</span>
          </Link>
        )}
      </nav>
      {renderAfter?.(article)}
    </>
  );
}

function ArticleSourceLinks({ article }: { article: Article }) {
  const links: { href: string; label: string }[] = [];
  const external = article.externalUrl && parseUrl(article.externalUrl);
  if (article.externalUrl && external) {
    links.push({ href: article.externalUrl, label: `Linked page at ${external.host}` });
  }
  if (article.url && article.url !== article.externalUrl) {
    links.push({ href: article.url, label: 'Original post' });
  }
  if (links.length === 0) return null;
  return (
    <ul className="source-links">
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href} target="_blank" rel="noopener noreferrer">
            {link.label}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
