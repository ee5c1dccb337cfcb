const rules = new Map<string, Intl.PluralRules>();

/** Picks the word form for `count` with Intl.PluralRules ("1 comment", "3 comments"). */
export function plural(count: number, forms: { one: string; other: string }): string {
  const locale = typeof navigator === 'undefined' ? 'en' : navigator.language;
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  const form = rule.select(count) === 'one' ? forms.one : forms.other;
  return form.replace('#', count.toLocaleString(locale));
}
