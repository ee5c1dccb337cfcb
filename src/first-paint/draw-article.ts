import { articleIdOf } from '../config/paths';
import { readySanitiser } from '../lib/sanitize';
import { drawFromFeed, scriptFeed } from './drawing';
import { articleScreen, drawable } from './article-screen';

/**
 * Draws an article's page (`/articles/<id>?feed=`) when the feed's first page holds it and it
 * is one drawn before the app (article-screen.ts).
 */
export function drawArticlePage(feedUrl: string, feedParam: string, id: string): Promise<boolean> {
  return drawFromFeed(feedUrl, undefined, (page) => {
    const article = page.articles.find((each) => each.id === id);
    return article && drawable(article)
      ? {
          nodes: articleScreen(page, article, feedParam),
          title: `${article.title} · ${page.feed.title}`,
        }
      : undefined;
  });
}

const given = scriptFeed();
const id = articleIdOf(location.pathname);
if (given && id !== undefined) {
  void drawArticlePage(given.feedUrl, given.feedParam, id);
  // While the feed downloads.
  readySanitiser();
}
