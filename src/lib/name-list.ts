let names: Intl.ListFormat | undefined;

/** "Ana Ruiz and Tomas Berg", "A, B and C", in the reader's language. */
export function nameList(): Intl.ListFormat {
  names ??= new Intl.ListFormat(typeof navigator === 'undefined' ? 'en' : navigator.language, {
    type: 'conjunction',
  });
  return names;
}
