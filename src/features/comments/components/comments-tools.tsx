import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { downloadJson } from '../../../lib/download';
import { plural } from '../../../lib/plural';
import { allComments, importComments } from '../store/comment-actions';
import { parseExport, toExport } from '../utils/export-format';
import { CHANGE_FAILED } from './storage-error';

interface Status {
  text: string;
  error?: boolean;
}

/** Export every comment in this browser to a file, and merge such a file back in. */
export function CommentsTools() {
  const [status, setStatus] = useState<Status>();
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
      setStatus({ text: 'That file is not a Broadsheet comments export.', error: true });
      return;
    }
    const result = importComments(parsed.comments);
    if (!result) {
      setStatus({ text: CHANGE_FAILED, error: true });
      return;
    }
    const added = plural(result.added, { one: '# comment added', other: '# comments added' });
    const skipped = parsed.skipped
      ? ` ${plural(parsed.skipped, { one: '# entry', other: '# entries' })} could not be read.`
      : '';
    setStatus({ text: `${added}.${skipped}` });
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
        {status?.text}
      </p>
    </div>
  );
}
