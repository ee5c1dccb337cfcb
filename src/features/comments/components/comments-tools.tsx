import { useId } from 'react';
import type { ChangeEvent } from 'react';
import { useSaid } from '../../../components/use-said';
import { downloadJson } from '../../../lib/download';
import { plural } from '../../../lib/plural';
import { useThread } from '../hooks/thread-context';
import { allComments, importComments } from '../store/comment-actions';
import type { Comment } from '../types';
import { parseExport, toExport } from '../utils/export-format';
import { CHANGE_FAILED } from './storage-error';

interface Status {
  text: string;
  error?: boolean;
}

/** Export every comment in this browser to a file, and merge such a file back in. */
export function CommentsTools() {
  // Said anew each time, so the same outcome twice (a file imported again) is read out again.
  const [{ value: status, n: said }, setStatus] = useSaid<Status | undefined>(undefined);
  const { threadKey } = useThread();
  const id = useId();

  const exportAll = () => {
    const comments = allComments();
    downloadJson(
      JSON.stringify(toExport(comments), null, 2),
      `broadsheet-comments-${new Date().toISOString().slice(0, 10)}.json`,
    );
    setStatus({
      text: `${plural(comments.length, { one: '# comment', other: '# comments' })} exported.`,
    });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const parsed = parseExport(await file.text());
    input.value = '';
    if (!parsed.ok) {
      setStatus({ text: parsed.reason, error: true });
      return;
    }
    const result = importComments(parsed.comments);
    if (!result) {
      setStatus({ text: CHANGE_FAILED, error: true });
      return;
    }
    const here = hereCount(parsed.comments, result.addedIds, threadKey);
    const updated = result.updated
      ? ` ${plural(result.updated, { one: '# comment', other: '# comments' })} updated.`
      : '';
    const skipped = parsed.skipped
      ? ` ${plural(parsed.skipped, { one: '# entry', other: '# entries' })} could not be read.`
      : '';
    setStatus({ text: `${addedText(result.added, here)}${updated}${skipped}` });
  };

  return (
    <div className="comments-tools">
      <button type="button" className="button" onClick={exportAll}>
        Export comments
      </button>
      <label className="comments-import" htmlFor={`${id}-import`}>
        Import comments
      </label>
      <input
        id={`${id}-import`}
        type="file"
        accept=".json,application/json"
        onChange={(event) => void importFile(event)}
      />
      <p role="status" className={status?.error ? 'comment-error' : 'comments-tools-status'}>
        <span key={said}>{status?.text}</span>
      </p>
    </div>
  );
}

/** Of the comments added, how many are on this article's thread. */
function hereCount(comments: readonly Comment[], added: readonly string[], threadKey: string) {
  const ids = new Set(added);
  return comments.filter((comment) => ids.has(comment.id) && comment.threadKey === threadKey)
    .length;
}

/** "2 comments added.", or where some went to other articles, which. */
function addedText(added: number, here: number): string {
  const count = plural(added, { one: '# comment added', other: '# comments added' });
  if (here === added) return `${count}.`;
  if (here === 0) return `${count}, to ${added === 1 ? 'another article' : 'other articles'}.`;
  return `${count}, ${here} of them to this article.`;
}
