import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from '../../../components/link';
import { useSaid } from '../../../components/use-said';
import { paths } from '../../../config/paths';
import { subscribe } from '../store/subscription-actions';
import { followedAt } from '../store/followed';
import { useSubscriptionStore } from '../store/subscription-store';
import type { NewSubscription } from '../store/subscription-store';
import { unwrappedFeedLink } from '../opml/opml-values';

/** What an address leads to: a feed, or the several feeds a web page names. */
export type FoundFeed =
  | { kind: 'feed'; feed: NewSubscription }
  | { kind: 'choose'; choices: { url: string; title: string }[] };

interface SubscribeFormProps {
  /** Reads the address (autodiscovery included); throws an error in words when it cannot. */
  find: (address: string) => Promise<FoundFeed>;
  /** Something else on the page has said more since: what this form did is not said again. */
  quiet?: boolean;
  /** The form has something to say (what became of an address). */
  onSaid?: () => void;
}

type Choices = { url: string; title: string }[];

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; message: string; feedUrl?: string }
  /** With the page's feeds still to choose from, where one of them failed. */
  | { kind: 'failed'; message: string; choices?: Choices }
  | { kind: 'choose'; choices: Choices };

function addressOf(text: string): string | undefined {
  // A feed's link as some sites write it ("feed://…", a podcast app's "itpc://…").
  const trimmed = unwrappedFeedLink(text.trim());
  if (!trimmed) return undefined;
  // "example.com/feed" is a site's address, and so is "localhost:8080/feed" (a host and its
  // port, not a scheme), over http on this computer; "/feed.xml" and "./feed.xml" are on this one.
  const hostAndPort = /^[\w.-]+:\d+(?:[/?#]|$)/.test(trimmed);
  const local = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?:[:/?#]|$)/i.test(trimmed);
  const withScheme =
    (!hostAndPort && /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) || /^[./]/.test(trimmed)
      ? trimmed
      : `${local ? 'http' : 'https'}://${trimmed}`;
  // Words ("not an address", "news") are no address, though a browser would make a host of them.
  if (/\s/.test(trimmed)) return undefined;
  try {
    const url = new URL(withScheme, globalThis.location?.href);
    const host = url.hostname;
    const named = host === 'localhost' || host.includes('.') || host.startsWith('[');
    return named && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why a feed chosen among a site's could not be read, naming it: the site's address, which the
 * reader just gave, is no advice, so an answer's advice gives way to the other choices.
 */
function choiceFailed(title: string, message: string): string {
  const answered = /^The (?:server|relay) answered [^.]*\./.exec(message)?.[0];
  return answered
    ? `“${title}” could not be read. ${answered} Choose another of the site’s feeds, or try again later.`
    : `“${title}” could not be read. ${message}`;
}

/** "Feed or site address" and "Subscribe": a feed, or a site whose page names its feed. */
export function SubscribeForm({ find, quiet = false, onSaid }: SubscribeFormProps) {
  const [text, setText] = useState('');
  const [{ value: outcome, n: said }, setOutcomeState] = useSaid<Outcome>({ kind: 'idle' });
  const setOutcome = (next: Outcome) => {
    setOutcomeState(next);
    onSaid?.();
  };
  const field = useRef<HTMLInputElement>(null);
  const feeds = useSubscriptionStore((state) => state.feeds);
  const hintId = useId();

  const follow = (feed: NewSubscription) => {
    const { added, duplicates } = subscribe([feed]);
    const known = followedAt(feeds, feed.feedUrl);
    const title = added[0]?.title ?? known?.title ?? feed.title;
    if (duplicates.length > 0) {
      const feedUrl = known?.feedUrl ?? feed.feedUrl;
      setOutcome({ kind: 'done', message: `You already follow ${title}.`, feedUrl });
    } else {
      setText('');
      setOutcome({ kind: 'done', message: `Subscribed to ${title}.`, feedUrl: feed.feedUrl });
    }
  };

  /** Reads an address, or one of `choices` (a page's feeds), which stay offered should it fail. */
  const read = async (address: string, choices?: Choices) => {
    const known = followedAt(feeds, address);
    if (known) {
      const { title, feedUrl } = known;
      setOutcome({ kind: 'done', message: `You already follow ${title}.`, feedUrl });
      return;
    }
    setOutcome({ kind: 'busy' });
    try {
      const found = await find(address);
      if (found.kind === 'feed') follow(found.feed);
      else setOutcome(found);
    } catch (error) {
      const message = error instanceof Error ? error.message : 'This address could not be read.';
      const chosen = choices?.find((choice) => choice.url === address);
      setOutcome({
        kind: 'failed',
        message: chosen ? choiceFailed(chosen.title, message) : message,
        choices,
      });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Left enabled while an address is read, "Subscribe" keeps the focus and does nothing.
    if (outcome.kind === 'busy') return;
    const address = addressOf(text);
    if (!address) {
      setOutcome({ kind: 'failed', message: 'Enter the address of a feed or of a website.' });
      return;
    }
    void read(address);
  };

  return (
    <form className="subscribe-form" onSubmit={submit} aria-busy={outcome.kind === 'busy'}>
      <label htmlFor={`${hintId}-address`}>Feed or site address</label>
      <div className="subscribe-row">
        <input
          ref={field}
          id={`${hintId}-address`}
          type="text"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={outcome.kind === 'failed' || undefined}
          aria-describedby={outcome.kind === 'failed' ? `${hintId}-error ${hintId}` : hintId}
        />
        <button type="submit" className="button">
          Subscribe
        </button>
      </div>
      <p id={hintId} className="muted">
        A feed (RSS, Atom, JSON Feed) or a website that names its feed.
      </p>
      <div className="subscribe-outcome">
        <span role="status">
          <span key={said}>
            {outcome.kind === 'busy' && 'Reading the address…'}
            {outcome.kind === 'done' && !quiet && outcome.message}
            {outcome.kind === 'choose' && 'This page names several feeds. Choose one:'}
          </span>
        </span>{' '}
        {outcome.kind === 'done' && !quiet && outcome.feedUrl && (
          <Link to={paths.feed(outcome.feedUrl)}>Read it</Link>
        )}
      </div>
      {outcome.kind === 'failed' && (
        <p key={said} id={`${hintId}-error`} role="alert" className="notice notice-error">
          {outcome.message}
        </p>
      )}
      {(outcome.kind === 'choose' || outcome.kind === 'failed') && outcome.choices && (
        <ul className="feed-choices">
          {outcome.choices.map((choice, _index, choices) => (
            <li key={choice.url}>
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  // The choices give way while it is read: focus waits in the address field.
                  field.current?.focus();
                  void read(choice.url, choices);
                }}
              >
                Subscribe to {choice.title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
