import { useMemo } from 'react';
import { linkify } from '../utils/linkify';

/**
 * A comment's text exactly as typed: React escapes it, line breaks show through CSS
 * (white-space: pre-wrap), and only http(s) URLs become links.
 */
export function CommentText({ text }: { text: string }) {
  const parts = useMemo(() => linkify(text), [text]);
  return (
    <p className="comment-text" dir="auto">
      {parts.map((part, i) =>
        part.kind === 'link' ? (
          // dir isolates the link, so an override in the text around it cannot turn it round.
          <a key={i} href={part.href} rel="nofollow ugc noopener noreferrer" dir="ltr">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
