import { decodeComponent, parseUrl } from './safe';

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
  const page = videoPage(url);
  if (page) return { href: page.href, label: watch(page.site) };
  if (url.origin === RELATIVE) return { href: src.trim(), label: named ?? 'Embedded content' };
  return { href: url.href, label: `${named ?? 'Embedded content'} (${url.hostname})` };
}

/**
 * The page of a video another site's player shows, and the site's name: Dailymotion's and
 * Facebook's own pages, Blogger's uploads (which have none but the player).
 */
function videoPage(url: URL): { href: string; site: string } | undefined {
  const host = url.hostname.replace(/^www\./, '');
  if (host === 'dailymotion.com' || host === 'geo.dailymotion.com') {
    const id =
      /^\/embed\/video\/(\w+)/.exec(url.pathname)?.[1] ??
      (url.pathname === '/player.html' ? url.searchParams.get('video') : null);
    if (id && /^\w+$/.test(id)) {
      return { href: `https://www.dailymotion.com/video/${id}`, site: 'Dailymotion' };
    }
  }
  if (host === 'facebook.com') {
    const shown = parseUrl(url.searchParams.get('href') ?? '');
    if (
      url.pathname === '/plugins/video.php' &&
      shown?.protocol === 'https:' &&
      /(?:^|\.)facebook\.com$/.test(shown.hostname)
    ) {
      return { href: shown.href, site: 'Facebook' };
    }
    const id = url.pathname === '/video/embed' ? url.searchParams.get('video_id') : null;
    if (id && /^\d+$/.test(id)) {
      return { href: `https://www.facebook.com/watch/?v=${id}`, site: 'Facebook' };
    }
  }
  if (host === 'blogger.com' && url.pathname === '/video.g') {
    return { href: url.href, site: 'Blogger' };
  }
  return undefined;
}

/** A GitHub Gist's script (`gist.github.com/ana/0a1b….js`), which writes the code in its place. */
const GIST = /^https?:\/\/gist\.github\.com\/((?:[\w-]+\/)?[\da-f]+)\.js(?:\?file=([^&#]+))?$/i;

/** The page of the code a GitHub Gist's script shows, where it was: no script runs here. */
export function gistOf(src: string): Embed | undefined {
  const [, gist, file] = GIST.exec(src.trim()) ?? [];
  if (!gist) return undefined;
  return {
    href: `https://gist.github.com/${gist}`,
    label: file ? `View ${decodeComponent(file)} on GitHub Gist` : 'View the code on GitHub Gist',
  };
}
