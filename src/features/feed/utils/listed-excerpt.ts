import type { Article } from '../api/types';

/** A text as compared with another: without white space or the placeholders a title ends with. */
const bare = (text: string) => text.replace(/(?:\s*\[[^\]\s]{1,4}\])+$/u, '').replace(/\s+/g, '');

/** A title cut short, as Tumblr and RSS-Bridge cut a post's text to make one: "my latest book,...". */
const CUT = /\s*(?:\.{3}|…)$/u;

/** What separates the title from the rest where a text begins with its title. */
const SEPARATOR = /^[\s.,:;!?·|—–-]+/u;

/**
 * The rest of `text` after `opening`, white space aside (Tumblr's titles run its paragraphs
 * together: "Hi friends!I am…"); undefined where the text does not begin so, or (unless the
 * opening was cut mid-word) goes on in the same word.
 */
function afterOpening(text: string, opening: string, cut: boolean): string | undefined {
  const wanted = opening.replace(/\s+/g, '');
  let at = 0;
  for (const unit of wanted) {
    while (/\s/.test(text.charAt(at))) at++;
    if (!text.startsWith(unit, at)) return undefined;
    at += unit.length;
  }
  const next = text.charAt(at);
  if (!cut && next !== '' && !/[\s\p{P}]/u.test(next)) return undefined;
  const rest = text.slice(at).replace(SEPARATOR, '');
  // The title was the first part of a sentence that goes on ("…, esta quarta-feira à noite."):
  // what follows is shown as going on.
  const between = text.slice(at, text.length - rest.length);
  return !cut && /^\p{Ll}/u.test(rest) && !/[.!?:;|·—–]/u.test(between) ? `…${rest}` : rest;
}

/**
 * The excerpt a list shows under an entry's title: none where it only says the title again,
 * but for white space and the "[图片]" ("[picture]") RSSHub ends a Weibo post's title with for
 * each of its pictures; without the title where it begins with it, and where the title is its
 * opening cut short, going on from the cut ("…").
 */
export function listedExcerpt({
  title,
  excerpt,
  summary,
}: Pick<Article, 'title' | 'excerpt' | 'summary'>): string | undefined {
  const shown = excerpt ?? summary;
  if (!shown || bare(shown) === bare(title)) return undefined;
  const opening = title.replace(CUT, '');
  const cut = opening !== title;
  // A word or two ("Photo", "Hi") may begin a text by chance.
  if (bare(opening).length < 8) return shown;
  const rest = afterOpening(shown, opening, cut);
  if (rest === undefined) return shown;
  if (rest === '') return undefined;
  return cut && !rest.startsWith('…') ? `…${rest}` : rest;
}
