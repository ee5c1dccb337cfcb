import { useLayoutEffect, useRef, useState } from 'react';
import { Link } from '../../../components/link';
import { paths } from '../../../config/paths';
import { textDirection } from '../../../lib/direction';
import { hostOf, LoadError } from '../../../lib/http';
import { useFeed } from '../hooks/use-feed';
import type { FeedSource } from '../hooks/use-feed-source';

/**
 * A title's size class: a long one is set smaller, so that on a phone it is read whole on its one
 * line ("Ars Technica - All content" and longer) rather than cut off.
 */
function titleLength(title: string | undefined): 'long' | 'longer' | undefined {
  const length = title?.length ?? 0;
  if (length > 36) return 'longer';
  return length > 20 ? 'long' : undefined;
}

/**
 * The description's two lines, and whether they cut it short: then (and after widening the text's
 * spacing, or narrowing the window) a button shows the whole of it, on the link's line below.
 */
function useTwoLines(description: string | undefined) {
  const descriptionRef = useRef<HTMLParagraphElement>(null);
  const [cut, setCut] = useState(false);
  const [whole, setWhole] = useState(false);
  useLayoutEffect(() => {
    const box = descriptionRef.current;
    const text = box?.firstElementChild;
    if (whole || !text || typeof ResizeObserver === 'undefined') return;
    const measure = () => setCut(text.clientHeight > box.clientHeight + 1);
    // Told at once, before the frame (a button added after would push the centred link aside),
    // and again whenever the text's lines change (narrower, or spaced wider).
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(text);
    return () => observer.disconnect();
  }, [whole, description]);
  return { descriptionRef, cut, whole, setWhole };
}

/**
 * The masthead: the feed's title (home), its description and a link to its website. Its lines
 * keep their height while the feed loads, so nothing below moves when it arrives.
 */
export function FeedHeader({ source }: { source: FeedSource }) {
  const { feed, query } = useFeed(source.feedUrl);
  // A description that only says the title again (Bluesky's, an arXiv digest's) is said once.
  const description =
    feed?.description?.toLocaleLowerCase() === feed?.title.toLocaleLowerCase()
      ? undefined
      : feed?.description;
  const { descriptionRef, cut, whole, setWhole } = useTwoLines(description);
  return (
    <div className="masthead" lang={feed?.language}>
      <p
        className="masthead-title"
        dir={textDirection(feed?.language, feed?.title)}
        data-length={titleLength(feed?.title)}
      >
        {feed ? (
          <Link to={source.link(paths.home())}>{feed.title}</Link>
        ) : (
          // Where the address gave no feed, its site's name stands over what it said instead:
          // the one its page gives itself, else its host.
          (query.isError &&
            ((query.error instanceof LoadError && query.error.site) || hostOf(source.feedUrl))) ||
          '\u00a0'
        )}
      </p>
      <p
        ref={descriptionRef}
        className="masthead-description"
        dir={textDirection(feed?.language, description)}
        data-whole={whole || undefined}
      >
        <span>{description}</span>
      </p>
      <p className="masthead-site">
        {(cut || whole) && (
          <button
            type="button"
            className="masthead-more"
            aria-expanded={whole}
            onClick={() => setWhole(!whole)}
          >
            Whole description
          </button>
        )}
        {feed?.homePageUrl && (
          <a href={feed.homePageUrl} rel="noopener noreferrer" target="_blank">
            Visit {hostOf(feed.homePageUrl) ?? feed.homePageUrl}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        )}
      </p>
    </div>
  );
}
