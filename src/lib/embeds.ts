import { parseUrl } from './safe';

/** What stands for a player a feed's HTML embeds: a link to it, with YouTube's still. */
export interface Embed {
  href: string;
  label: string;
  picture?: string;
}

const YOUTUBE = /^(?:www\.|m\.)?youtube(?:-nocookie)?\.com$/i;
/** Titles players give themselves, which say nothing of the video. */
const GENERIC_TITLE =
  /^(?:youtube(?: video)?(?: player)?|vimeo(?: video)?(?: player)?|embed(?:ded)?(?: content)?|video|iframe)$/i;
/** Resolves the paths of relative addresses, and is then left out of them. */
const RELATIVE = 'https://relative.invalid';

/**
 * A frame's player (`src`, as the feed wrote it) as a link: a YouTube or Vimeo video's own page,
 * anything else's address. Not for addresses that are no web page's (`javascript:`, `data:`).
 */
export function embedOf(src: string, title?: string | null): Embed | undefined {
  const url = parseUrl(src.trim(), `${RELATIVE}/`);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  const named = title?.trim() && !GENERIC_TITLE.test(title.trim()) ? title.trim() : undefined;
  const watch = (site: string) =>
    named ? `Watch “${named}” on ${site}` : `Watch the video on ${site}`;
  if (YOUTUBE.test(url.hostname)) {
    const id = /^\/embed\/([\w-]{6,})$/.exec(url.pathname)?.[1];
    const list = url.searchParams.get('list');
    if (id && id !== 'videoseries') {
      return {
        href: `https://www.youtube.com/watch?v=${id}`,
        label: watch('YouTube'),
        picture: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`,
      };
    }
    if (list) {
      return {
        href: `https://www.youtube.com/playlist?list=${encodeURIComponent(list)}`,
        label: named ? `Watch “${named}” on YouTube` : 'Watch the playlist on YouTube',
      };
    }
  }
  if (url.hostname === 'player.vimeo.com') {
    const id = /^\/video\/(\d+)/.exec(url.pathname)?.[1];
    if (id) return { href: `https://vimeo.com/${id}`, label: watch('Vimeo') };
  }
  if (url.origin === RELATIVE) return { href: src.trim(), label: named ?? 'Embedded content' };
  return { href: url.href, label: `${named ?? 'Embedded content'} (${url.hostname})` };
}
