import { articleIdOf } from '../config/paths';
import { nextTask } from '../lib/next-task';
import { sanitizeHtml } from '../lib/sanitize';
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

/**
 * A text of the parts most articles have, sanitised once while the feed downloads: the
 * sanitiser's first text costs it ten to twenty milliseconds more than the next (its code
 * compiled, its settings read), which would otherwise lengthen the task that draws the article.
 */
const FIRST_TEXT =
  '<p><a href="/a">a</a> <em>b</em> <strong>c</strong></p>' +
  '<blockquote><p>d</p></blockquote><ul><li>e</li></ul><img src="/f" alt="">';

const given = scriptFeed();
const id = articleIdOf(location.pathname);
if (given && id !== undefined) {
  void drawArticlePage(given.feedUrl, given.feedParam, id);
  void nextTask().then(() => sanitizeHtml(FIRST_TEXT, location.href));
}
