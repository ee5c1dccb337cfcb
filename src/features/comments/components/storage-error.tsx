export const POST_FAILED =
  'Your comment could not be saved in this browser: storage is full or unavailable.';
export const CHANGE_FAILED =
  'Your change could not be saved in this browser: storage is full or unavailable.';

/** Said right where the reader acted; their text stays where it was. */
export function StorageError({ message }: { message: string }) {
  return (
    <p role="alert" className="comment-error">
      {message}
    </p>
  );
}
