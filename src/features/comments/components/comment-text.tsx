import { useMemo } from 'react';
import { codeBlocks } from '../utils/code-blocks';
import { linkify } from '../utils/linkify';

/**
 * A comment's text exactly as typed: React escapes it, line breaks show through CSS
 * (white-space: pre-wrap), only http(s) URLs become links, the lines between two lines of
 * three backticks are a block of code, in a fixed-width font, and lines that open with "> "
 * are a quote.
 */
export function CommentText({ text }: { text: string }) {
  const blocks = useMemo(() => codeBlocks(text), [text]);
  const [only] = blocks;
  if (blocks.length === 1 && only?.kind === 'text') {
    return (
      <p className="comment-text" dir="auto">
        <Linked text={only.text} />
      </p>
    );
  }
  return (
    <div className="comment-text" dir="auto">
      {blocks.map((block, i) =>
        block.kind === 'code' ? (
          // Code reads left to right, whatever the prose around it.
          <pre key={i} dir="ltr" tabIndex={0}>
            <code>{block.text}</code>
          </pre>
        ) : block.kind === 'quote' ? (
          <blockquote key={i}>
            <p>
              <Linked text={block.text} />
            </p>
          </blockquote>
        ) : (
          <p key={i}>
            <Linked text={block.text} />
          </p>
        ),
      )}
    </div>
  );
}

function Linked({ text }: { text: string }) {
  const parts = useMemo(() => linkify(text), [text]);
  return parts.map((part, i) =>
    part.kind === 'link' ? (
      // dir isolates the link, so an override in the text around it cannot turn it round.
      <a key={i} href={part.href} rel="nofollow ugc noopener noreferrer" dir="ltr">
        {part.text}
      </a>
    ) : (
      part.text
    ),
  );
}
