/** Why a browser refuses to keep anything at all: nothing the reader can free would help. */
const NO_STORAGE =
  'A private window, or a browser set to keep no data for this site, cannot keep comments.';

export const POST_FAILED = `Your comment could not be saved in this browser: storage is full or unavailable. Your text is still here: copy it to keep it. ${NO_STORAGE}`;
export const CHANGE_FAILED = `Your change could not be saved in this browser: storage is full or unavailable, so nothing was changed. ${NO_STORAGE}`;

/** Said right where the reader acted; their text stays where it was. */
export function StorageError({ message }: { message: string }) {
  return (
    <p role="alert" className="comment-error">
      {message}
    </p>
  );
}
