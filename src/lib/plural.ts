const rules = new Map<string, { plural: Intl.PluralRules; number: Intl.NumberFormat }>();

/** Picks the word form for `count` with Intl.PluralRules ("1 comment", "3 comments"). */
export function plural(count: number, forms: { one: string; other: string }): string {
  const locale = typeof navigator === 'undefined' ? 'en' : navigator.language;
  let rule = rules.get(locale);
  if (!rule) {
    rule = { plural: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale) };
    rules.set(locale, rule);
  }
  const form = rule.plural.select(count) === 'one' ? forms.one : forms.other;
  return form.replace('#', rule.number.format(count));
}

/** Makes the reader's plural rules and number format ahead of the first count shown. */
export function preparePlurals(): void {
  plural(1, { one: '#', other: '#' });
}
