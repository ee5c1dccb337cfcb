import { articleIdOf } from '../config/paths';
import { readySanitiser } from '../lib/sanitize';
import { afterScript } from '../lib/after-script';
import { drawFromFeed, scriptFeed } from './drawing';
import { articleScreen, drawable } from './article-screen';
import { el } from './screen-parts';
import { leadPicture } from '../features/feed/utils/lead-picture';

/**
 * Draws an article's page (`/articles/<id>?feed=`) when the feed's first page holds it and it
 * is one drawn before the app (article-screen.ts). One the app alone lays out has its picture
 * above the text asked for at once, while the app's code is on its way: on a slow network that
 * picture is most often the page's largest paint, and the app would ask for it only once drawn.
 */
export function drawArticlePage(feedUrl: string, feedParam: string, id: string): Promise<boolean> {
  return drawFromFeed(feedUrl, undefined, (page) => {
    const article = page.articles.find((each) => each.id === id);
    if (!article) return undefined;
    const nodes = drawable(article) ? articleScreen(page, article, feedParam) : undefined;
    if (nodes) return { nodes, title: `${article.title} · ${page.feed.title}` };
    const picture = leadPicture(article);
    if (picture) {
      document.head.append(
        el('link', { rel: 'preload', as: 'image', href: picture, fetchpriority: 'high' }),
      );
    }
    return undefined;
  });
}

const given = scriptFeed();
const id = articleIdOf(location.pathname);
if (given && id !== undefined) {
  afterScript(() => {
    void drawArticlePage(given.feedUrl, given.feedParam, id);
    // While the feed downloads.
    readySanitiser();
  });
}
