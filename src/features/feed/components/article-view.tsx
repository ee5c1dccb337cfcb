import { useDocumentTitle } from '../../../components/document-title';
import { onlineManager, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useEffectEvent, useMemo } from 'react';
import type { ReactNode } from 'react';
import { Link } from '../../../components/link';
import { LoadStatus } from '../../../components/load-status';
import { PageHeading } from '../../../components/page-heading';
import { Time } from '../../../components/time';
import { feedParamOf, paths, withFeed } from '../../../config/paths';
import { addressKey } from '../../../lib/address-key';
import { afterLoad } from '../../../lib/after-load';
import { LoadError } from '../../../lib/http';
import { textDirection } from '../../../lib/direction';
import { sanitizeHtml } from '../../../lib/sanitize';
import { articleQuery, cachedArticlesByAddress, findCachedArticle } from '../api/article-queries';
import type { ArticleResult } from '../api/article-queries';
import type { Article } from '../api/types';
import type { FeedSource } from '../hooks/use-feed-source';
import { ArticleBody } from './article-body';
import { Attachments } from './attachments';
import { Byline } from './byline';
import { EpisodePeople } from './episode-people';
import { fitPicture } from '../utils/fit-picture';
import { fitLoadedPicture, useFailedPicture } from './picture-fit';
import { TagLinks } from './tag-links';
import { leadOf, leadPicture, shownText } from '../utils/lead-picture';
import { pictureSizes, pictureSrcSet } from '../utils/picture-renditions';
import { sourceLinksOf } from '../utils/source-links';

interface ArticleViewProps {
  source: FeedSource;
  id: string;
  /** Controls under the byline (save for offline), supplied by the app. */
  renderActions?: (article: Article) => ReactNode;
  /** What follows the article (its comment thread), supplied by the app. */
  renderAfter?: (article: Article) => ReactNode;
  /** Called once the article is on screen (the app marks it read). */
  onShown?: (article: Article) => void;
  /** On the saved list (the app knows): offline without it, its saved copy has gone. */
  saved?: boolean;
}

export function ArticleView({
  source,
  id,
  renderActions,
  renderAfter,
  onShown,
  saved = false,
}: ArticleViewProps) {
  const client = useQueryClient();
  const query = useQuery({
    ...articleQuery(source.feedUrl, id),
    initialData: () => findCachedArticle(client, source.feedUrl, id),
    // The last of a page is shown at once, while the page with its older neighbour is read.
    placeholderData: () => findCachedArticle(client, source.feedUrl, id, { settled: false }),
  });
  // An article arriving from the network is drawn in the background, a few milliseconds at a
  // time, so the page answers input meanwhile; one already in the cache is drawn at once.
  const data = useDeferredValue(query.data);

  const notFound = query.error instanceof LoadError && query.error.kind === 'not-found';
  useDocumentTitle(
    data
      ? `${data.article.title} · ${data.feed.title}`
      : notFound
        ? 'Article not found · Broadsheet'
        : undefined,
  );

  if (data) {
    return (
      <ArticleContent
        result={data}
        source={source}
        renderActions={renderActions}
        renderAfter={renderAfter}
        onShown={onShown}
      />
    );
  }
  if (notFound) {
    return (
      <NotFound heading="Article not found" home={source.link(paths.home())}>
        This feed has no article with that address. It may have been removed.
      </NotFound>
    );
  }
  const offline =
    query.fetchStatus === 'paused' ||
    (query.error instanceof LoadError &&
      query.error.kind === 'network' &&
      !onlineManager.isOnline());
  if (offline) {
    return saved ? (
      <NotFound heading="The saved copy of this article is gone" home={source.link(paths.home())}>
        You are offline, and the copy saved for offline reading is no longer in this browser&apos;s
        storage: the browser may have cleared it to make room. Online, it can be read and saved
        again.
      </NotFound>
    ) : (
      <NotFound
        heading="This article is not saved for offline reading"
        home={source.link(paths.home())}
      >
        You are offline, and this article was not opened or saved while online.
      </NotFound>
    );
  }
  return (
    <>
      <PageHeading>{query.error ? 'Article unavailable' : 'Loading article…'}</PageHeading>
      <LoadStatus
        query={query}
        loading="Loading article…"
        offline="You are offline, and this article was not opened or saved while online."
        errorTitle="This article could not be loaded."
        onRetry={() => void query.refetch()}
      />
    </>
  );
}

/** Why there is no article to show, and the way back to the front page. */
function NotFound({
  heading,
  home,
  children,
}: {
  heading: string;
  home: string;
  children: ReactNode;
}) {
  return (
    <div className="not-found">
      <PageHeading>{heading}</PageHeading>
      <p>{children}</p>
      <p>
        <Link to={home}>Back to the front page</Link>
      </p>
    </div>
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
  const { lead, poster } = leadOf(article);
  // Looked for in the text once per article, not on each render: the text may be long.
  const picture = useMemo(() => leadPicture(article), [article]);
  const withText = useMemo(() => shownText(article), [article]);
  const copies = useMemo(() => picture && pictureSrcSet(picture), [picture]);
  const failure = useFailedPicture(picture, copies);
  const client = useQueryClient();
  const { feedUrl, feedParam } = source;
  // What j and k, Older and Newer open next: their texts are made ready while this one is read.
  const [olderId, newerId] = [older?.id, newer?.id];
  useEffect(() => {
    const cached = (id: string | undefined) => () =>
      id === undefined
        ? undefined
        : findCachedArticle(client, feedUrl, id, { settled: false })?.article;
    readAhead([cached(olderId), cached(newerId)]);
  }, [client, feedUrl, olderId, newerId]);
  const linkWithin = useMemo(() => {
    // Gathered on the first link the text has, not for an article that links nowhere.
    let articles: ReturnType<typeof cachedArticlesByAddress> | undefined;
    return (href: string) => {
      articles ??= cachedArticlesByAddress(client, feedUrl);
      const found = articles.get(addressKey(href));
      if (!found || (found.feedUrl === feedUrl && found.id === article.id)) return undefined;
      const path = paths.article(found.id);
      return found.feedUrl === feedUrl
        ? withFeed(path, feedParam)
        : withFeed(path, feedParamOf(found.feedUrl));
    };
  }, [client, feedUrl, feedParam, article.id]);
  return (
    <>
      <article className="article" lang={article.language}>
        <header className="article-header">
          <PageHeading
            className="article-title"
            dir={textDirection(article.language, article.title)}
          >
            {article.title}
          </PageHeading>
          <Byline article={article} className="byline" format="long" showUpdated />
          {article.originalDate && (
            <p className="dateline">
              First published <Time iso={article.originalDate} format="date" />
            </p>
          )}
          <TagLinks tags={article.tags} link={source.link} />
          {renderActions?.(article)}
        </header>
        {picture && (
          <figure className="article-figure">
            <img
              key={failure.key}
              className="article-image"
              srcSet={failure.failed ? undefined : failure.srcSet}
              sizes={failure.srcSet && pictureSizes('article')}
              src={failure.failed ? undefined : picture}
              alt={(!article.bannerImage && article.imageAlt) || ''}
              width={1200}
              height={675}
              fetchPriority="high"
              decoding="async"
              ref={fitPicture}
              onLoad={fitLoadedPicture}
              onError={failure.fail}
            />
            {/* The credit of the lead picture, not of a banner shown in its place. */}
            {!article.bannerImage && article.imageCredit && !failure.failed && (
              <figcaption className="article-credit muted" dir="auto">
                {article.imageCredit}
              </figcaption>
            )}
          </figure>
        )}
        <ArticleBody article={withText} linkWithin={linkWithin} />
        <Attachments
          attachments={article.attachments}
          chapters={article.chapters}
          chaptersUrl={article.chaptersUrl}
          notes={article.contentHtml ?? article.contentText ?? article.summary}
          episodeTitle={article.hasTitle ? article.title : undefined}
          poster={poster ? lead : undefined}
          soundbites={article.soundbites}
        />
        <EpisodePeople people={article.people} />
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

let readingAhead: (() => void) | undefined;

/**
 * Sanitises the texts of articles the reader may open next, one each time the browser is idle,
 * in the order given: a long one (Russ Cox's posts, 80 ms of sanitising on a laptop and several
 * times that on a phone) then opens without that wait. Each call replaces the last.
 */
export function readAhead(articles: readonly (() => Article | undefined)[]): void {
  readingAhead?.();
  const [next, ...rest] = articles;
  if (!next) return;
  readingAhead = afterLoad(() => {
    const article = next();
    if (article?.contentHtml) {
      const { contentHtml, contentBase, url } = shownText(article);
      if (contentHtml) sanitizeHtml(contentHtml, contentBase ?? url);
    }
    readAhead(rest);
  });
}

function ArticleSourceLinks({ article }: { article: Article }) {
  const links = sourceLinksOf(article);
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
