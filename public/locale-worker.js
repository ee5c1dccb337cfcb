// Loads the reader's locale tables, started by public/boot.js while the page's feeds or code
// download. The first date, number, list of names or comparison a page formats loads them,
// some thirty milliseconds of work; the tables are then the whole page's, whichever of its
// threads loaded them. Loaded here, they cost the page's own first date under a millisecond,
// and none of the page's tasks grows long for them.
try {
  new Intl.DateTimeFormat(navigator.language, { dateStyle: 'full' }).format(0);
  new Intl.PluralRules(navigator.language).select(1);
  new Intl.NumberFormat(navigator.language).format(1);
  new Intl.ListFormat(navigator.language, { type: 'conjunction' }).format(['a', 'b']);
  'a'.localeCompare('b');
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs a catch binding
} catch (unsupported) {
  // The page formats without them.
}
close();
