import { plural } from '../../../lib/plural';
import { COUNTER_FROM, MAX_TEXT } from '../utils/validate';

/** Whether a text is near enough its limit to show how much is left: the counter describes it. */
export function counted(text: string): boolean {
  return MAX_TEXT - text.trim().length < COUNTER_FROM;
}

/** "120 characters left", "5 characters too many": shown near the limit, said as it changes. */
export function TextCounter({ id, text }: { id: string; text: string }) {
  const remaining = MAX_TEXT - text.trim().length;
  return (
    <p id={id} className="comment-counter" aria-live="polite">
      {remaining < COUNTER_FROM && counterText(remaining)}
    </p>
  );
}

function counterText(remaining: number): string {
  return remaining >= 0
    ? plural(remaining, { one: '# character left', other: '# characters left' })
    : plural(-remaining, { one: '# character too many', other: '# characters too many' });
}
