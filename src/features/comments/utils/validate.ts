const MAX_NAME = 60;
export const MAX_TEXT = 10_000;
/** The remaining-characters counter appears below this many. */
export const COUNTER_FROM = 500;

const number = new Intl.NumberFormat('en');

export interface FieldErrors {
  name?: string;
  text?: string;
}

/** Checks trimmed input; an empty name is fine (shown as "Anonymous"). */
export function validateComment(name: string, text: string): FieldErrors {
  const errors: FieldErrors = {};
  if (name.length > MAX_NAME) {
    errors.name = `Your name can be up to ${MAX_NAME} characters; this one has ${name.length}.`;
  }
  const textError = validateText(text);
  if (textError) errors.text = textError;
  return errors;
}

export function validateText(text: string): string | undefined {
  if (text === '') return 'The comment is empty: write something first.';
  if (text.length > MAX_TEXT) {
    const over = number.format(text.length - MAX_TEXT);
    return `A comment can be up to ${number.format(MAX_TEXT)} characters; this one is ${over} over.`;
  }
  return undefined;
}

export function hasErrors(errors: FieldErrors): boolean {
  return errors.name !== undefined || errors.text !== undefined;
}
