import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { lazyModule } from '../components/lazy-component';
import { PAGE_HEADING_TIMING } from '../components/page-heading';
import { paths } from '../config/paths';
import type { Article } from '../features/feed/api/types';
import type { FeedSource } from '../features/feed/hooks/use-feed-source';
import { discussionPage } from '../features/feed/utils/discussion-page';
import { afterShown } from '../lib/after-shown';
import type { CommentThreadSlotProps } from './comment-thread-slot';

type ThreadSlot = (props: CommentThreadSlotProps) => ReactNode;

// The thread (with its "Copy link" buttons) is a chunk of its own, fetched once the article is
// on screen: it lies below the article, whose own code and feed must not share the network
// with it. A later article tries again after a failure (a chunk can fail on a flaky network).
const threadSlot = lazyModule(() => import('./comment-thread-slot'));
const loadThreadSlot = () => threadSlot.load().then((module) => module.CommentThreadSlot);

const noUpdates = () => () => undefined;
const isBrowser = () => true;
const isBuild = () => false;

/**
 * The thread once its code is here. Not React.lazy with Suspense: React holds back content that
 * replaces a Suspense fallback until the fallback has been up for 300 ms, which made every
 * thread wait that long after the article. The code arriving is an ordinary update instead,
 * rendered as a transition so a long thread does not block the page while it renders.
 */
function LazyCommentThread(props: CommentThreadSlotProps) {
  const [slot, setSlot] = useState<{ Thread?: ThreadSlot; error?: unknown }>(() => ({
    Thread: threadSlot.loaded()?.CommentThreadSlot,
  }));
  const loaded = slot.Thread !== undefined;
  useEffect(() => {
    if (loaded) return;
    let live = true;
    const cancel = afterShown(PAGE_HEADING_TIMING, () => {
      loadThreadSlot().then(
        (Thread) => live && startTransition(() => setSlot({ Thread })),
        (error: unknown) => live && setSlot({ error }),
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [loaded]);
  // A page written at build time shows where the thread goes, never a thread: comments are the
  // reader's own, in their browser.
  const inBrowser = useSyncExternalStore(noUpdates, isBrowser, isBuild);
  // A failed load reaches the route's error boundary, as a failed lazy component would.
  if (slot.error !== undefined) throw slot.error;
  if (!slot.Thread || !inBrowser) {
    return (
      <p role="status" className="loading">
        Loading comments…
      </p>
    );
  }
  return <slot.Thread {...props} />;
}

/** The thread under an article. */
export function renderCommentThread(article: Article, source: FeedSource) {
  return (
    <LazyCommentThread
      key={`${source.feedUrl} ${article.id}`}
      feedUrl={source.feedUrl}
      articleId={article.id}
      commentsUrl={article.commentsUrl}
      publishedCount={article.commentCount}
      commentsPage={article.commentsPage ?? article.url}
      discussionPage={discussionPage(article)}
      articleLink={source.link(paths.article(article.id))}
    />
  );
}
