import { useState } from 'react';

interface ShareButtonProps {
  url: string;
  title: string;
}

function canShare(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function';
}

/** The system share sheet (Web Share API); nothing where the browser has none. */
export function ShareButton({ url, title }: ShareButtonProps) {
  const [failed, setFailed] = useState(false);
  if (!canShare()) return null;

  const share = async () => {
    setFailed(false);
    try {
      await navigator.share({ title, url: new URL(url, document.baseURI).href });
    } catch (error) {
      // The reader closed the share sheet: nothing went wrong.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setFailed(true);
    }
  };

  return (
    <span className="share">
      <button type="button" className="button button-small" onClick={() => void share()}>
        Share
      </button>
      <span role="status" className="muted">
        {failed ? 'Could not open sharing; copy the link instead.' : ''}
      </span>
    </span>
  );
}
