import { useEffect, useId, useRef, useState } from 'react';
import '../share.css';

interface CopyLinkButtonProps {
  /** The address to copy: absolute, or relative to the page. */
  url: string;
  /** The button's text, e.g. "Copy link to this comment". */
  label?: string;
  /** A fuller accessible name where the text alone is ambiguous, e.g. one button per comment. */
  ariaLabel?: string;
}

/** Resolved where it is used: the page's address is not known when the page is built. */
function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

function copyShortcut(): string {
  return /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘C' : 'Ctrl+C';
}

/**
 * Copies `url` to the clipboard. Where the clipboard is refused or missing (http pages, older
 * browsers, permissions), the address appears selected in a read-only field to copy by hand.
 */
export function CopyLinkButton({ url, label = 'Copy link', ariaLabel }: CopyLinkButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();

  useEffect(() => {
    if (state !== 'manual') return;
    field.current?.focus();
    field.current?.select();
  }, [state]);

  const copy = async () => {
    try {
      // Without a clipboard API this throws a TypeError, which takes the same way out.
      await navigator.clipboard.writeText(absolute(url));
      setState('copied');
    } catch {
      setState('manual');
    }
  };

  return (
    <span className="copy-link">
      <button
        type="button"
        className="button button-small"
        aria-label={ariaLabel}
        onClick={() => void copy()}
      >
        {label}
      </button>
      {state === 'manual' && (
        <>
          <label htmlFor={fieldId} className="visually-hidden">
            Link
          </label>
          <input
            ref={field}
            id={fieldId}
            className="copy-link-field"
            type="url"
            readOnly
            value={absolute(url)}
            onFocus={(event) => event.currentTarget.select()}
          />
        </>
      )}
      <span role="status" className="muted">
        {state === 'copied'
          ? 'Link copied'
          : state === 'manual'
            ? `Press ${copyShortcut()} to copy`
            : ''}
      </span>
    </span>
  );
}
