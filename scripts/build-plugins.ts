// Build steps of our own, used by vite.config.ts. Each runs for `vite build` only.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createServer, minify } from 'vite';
import type { Plugin, Rolldown } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../src/config/csp.ts';

/**
 * Fails the build when `pattern` matches nothing in `html`: a step that edits the built page
 * must never be skipped silently (an edit of index.html, or an update of the tool that wrote it,
 * can leave its pattern without a match). `step` names the edit in the error.
 */
export function editHtml(
  html: string,
  step: string,
  pattern: string | RegExp,
  replacement: string | ((match: string, ...groups: string[]) => string),
): string {
  const found = typeof pattern === 'string' ? html.includes(pattern) : pattern.test(html);
  if (!found) throw new Error(`${step}: the page has no ${String(pattern)} to edit`);
  // Given as a function, so `$` in the text (an article's title, say) is taken as it is.
  return html.replace(pattern, typeof replacement === 'string' ? () => replacement : replacement);
}

/**
 * Adds the CSP to the built page only, first in its head (a policy covers what comes after it):
 * the dev server's hot reload needs an inline script.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'broadsheet-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      editHtml(
        html,
        'Content-Security-Policy',
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}" />`,
      ),
  };
}

/** The classic scripts in public/ that run before the first paint (see index.html). */
export const BOOT_SCRIPTS = ['theme-init.js', 'boot.js'];
/** Those and public/locale-worker.js, which boot.js starts on every page. */
export const MINIFIED_SCRIPTS = [...BOOT_SCRIPTS, 'locale-worker.js'];

/** A boot script as the build serves it: minified like the rest of the JavaScript. */
export async function minifiedBootScript(name: string, source: string): Promise<string> {
  const { code, errors } = await minify(name, source, {
    compress: { target: 'es2015' },
    mangle: true,
  });
  if (errors.length > 0) throw new Error(errors.map((error) => error.message).join('\n'));
  return code.trim();
}

/**
 * The page with the boot scripts written into it instead of fetched: each was a request the
 * first paint waited for (in turn, as they run in order). The CSP allows exactly these scripts,
 * by their hashes, and still no other inline script. `scripts` maps a file name to its code.
 */
export function withInlineBootScripts(page: string, scripts: Record<string, string>): string {
  let html = page;
  const hashes: string[] = [];
  for (const [name, code] of Object.entries(scripts)) {
    if (/<\/script/i.test(code)) throw new Error(`${name}: its code would end the inline script`);
    const tag = new RegExp(`<script src="[^"]*/${name.replaceAll('.', '\\.')}"></script>`);
    html = editHtml(html, `Inline ${name}`, tag, `<script>${code}</script>`);
    hashes.push(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
  }
  return editHtml(
    html,
    'Boot script hashes',
    "script-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`,
  );
}

/**
 * `public/theme-init.js` and `public/boot.js` run before the first paint, and every page starts
 * `public/locale-worker.js` early, so the built copies are minified like the rest of the
 * JavaScript (public files are otherwise copied as they are). Files are changed in
 * `writeBundle`, before the service worker's precache list is made in `closeBundle`, so the list
 * carries the revisions of what is served. A script that is not there fails the build.
 */
export function minifyBootScripts(): Plugin {
  let outDir = 'dist';
  return {
    name: 'broadsheet-minify-boot-scripts',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle: {
      order: 'post',
      async handler() {
        for (const name of MINIFIED_SCRIPTS) {
          const file = join(outDir, name);
          if (!existsSync(file)) throw new Error(`${name}: not in the build, nothing to minify`);
          writeFileSync(file, await minifiedBootScript(name, readFileSync(file, 'utf8')));
        }
      },
    },
  };
}

/**
 * Writes the bundled feed's pages into the built site, so their first screen shows before any
 * JavaScript has run (see src/prerender.tsx): the front page into index.html, and each article
 * into a file of its own at its decoded address, `articles/<id>.html` (see "Deploying" in the
 * README). The page's code is loaded through Vite's SSR loader, in a DOM of jsdom's as the tests'.
 *
 * The entry script becomes a `<meta name="app-entry">` that public/boot.js starts: after the
 * first paint at the address a file was written for, so that screen waits for neither the
 * download nor the compiling of the app; at any other address at once. An article's file names
 * its address in `<html data-first-screen>`.
 */
export function prerenderPages(): Plugin {
  let root = '.';
  let outDir = 'dist';
  let publicDir = 'public';
  return {
    name: 'broadsheet-prerender',
    apply: 'build',
    configResolved: (config) => {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      publicDir = config.publicDir;
    },
    writeBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const { JSDOM } = await import('jsdom');
        const restoreGlobals = installDom(new JSDOM('', { url: `${BUILD_ORIGIN}/` }).window);
        const server = await createServer({
          root,
          configFile: false,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const { renderFrontPage, renderArticlePages, writtenPages } = (await server.ssrLoadModule(
            '/src/prerender.tsx',
          )) as typeof import('../src/prerender');
          const file = join(outDir, 'index.html');
          const boot: Record<string, string> = {};
          for (const name of BOOT_SCRIPTS) {
            boot[name] = await minifiedBootScript(
              name,
              readFileSync(join(publicDir, name), 'utf8'),
            );
          }
          const shell = withEarlyCode(
            withInlineBootScripts(appShell(readFileSync(file, 'utf8')), boot),
            {
              ...earlyCode(bundle),
              draw: await writeDrawingScript(root, outDir, 'list'),
              drawArticle: await writeDrawingScript(root, outDir, 'article'),
              drawRiver: await writeDrawingScript(root, outDir, 'river'),
            },
          );
          const documents = bundledFeedPages(join(publicDir, 'data'));
          const defaults = DEFAULT_DOCUMENTS.map((path) => ({
            url: `/${path}`,
            text: readFileSync(join(publicDir, path), 'utf8'),
          }));
          // Every default subscription's first page, read once: the front page is rendered
          // from them and carries them, so the app reads none of them again.
          const written = await writtenPages(defaults);
          const frontPage = withRoot(shell, await renderFrontPage(documents[0], written));
          const bundledFeed = `${BUILD_ORIGIN}/${DEFAULT_DOCUMENTS[0]}`;
          writeFileSync(file, withWrittenPages(frontPage, written, bundledFeed));
          for (const written of await renderArticlePages(documents)) {
            const target = articleFile(outDir, written.id);
            if (!target) continue;
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, articlePage(shell, written));
          }
        } finally {
          await server.close();
          restoreGlobals();
        }
      },
    },
  };
}

const EMPTY_ROOT = '<div id="root"></div>';
/**
 * A first page longer than this as JSON is not written into the front page (a site whose own
 * feed lists thousands of items in one document): the app reads that feed itself.
 */
export const WRITTEN_PAGE_LIMIT = 200_000;
/** The element the written first pages are in (src/app/written-pages.ts reads it). */
const WRITTEN_PAGES_ID = 'app-written-pages';

/** The default subscriptions (src/config/env.ts) in public/: the bundled JSON Feed first. */
const DEFAULT_DOCUMENTS = ['data/feed.json', 'data/harbour-notes/posts.atom'];

/**
 * The site's address while its pages are written: the real one is not known until it is served,
 * so addresses on the site itself (the bundled feed's pictures) are written root-relative.
 */
const BUILD_ORIGIN = 'https://broadsheet.invalid';

/**
 * The built index.html with its entry script named instead of loaded, for public/boot.js: just
 * before that script, which can then ask for the app while the rest of the page is read.
 */
export function appShell(page: string): string {
  editHtml(page, 'Written pages', EMPTY_ROOT, EMPTY_ROOT);
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
  const src = entry.exec(page)?.[1] ?? '';
  return editHtml(
    editHtml(page, 'App entry', new RegExp(`\\s*${entry.source}`), ''),
    'App entry',
    /<script src="[^"]*\/boot\.js"><\/script>/,
    (boot) => `<meta name="app-entry" content="${src}">\n    ${boot}`,
  );
}

/** `html` written into the page's empty `#root`. */
export function withRoot(shell: string, html: string): string {
  const relative = html.replaceAll(`${BUILD_ORIGIN}/`, '/');
  return editHtml(shell, 'Written pages', EMPTY_ROOT, `<div id="root">${relative}</div>`);
}

/**
 * The front page with the default subscriptions' first pages as JSON (read by
 * src/app/written-pages.ts), after its root, those over WRITTEN_PAGE_LIMIT left out. Not a script the browser runs: JSON is data, and
 * the CSP allows no inline script but the two boot scripts. `<` is escaped, so no text in it
 * can close the element.
 */
export function withWrittenPages(
  page: string,
  pages: readonly { url: string }[],
  bundledFeed: string,
): string {
  const written = pages.filter((each) => JSON.stringify(each).length <= WRITTEN_PAGE_LIMIT);
  const json = JSON.stringify({ origin: BUILD_ORIGIN, pages: written }).replaceAll('<', '\\u003c');
  // Their addresses, for public/boot.js, which runs before the rest of the page has been read,
  // so before that script (which follows the bundled feed's <meta>): a reader's own list that
  // keeps them downloads none of them.
  const addresses = JSON.stringify(
    written.map(({ url }) => new URL(url).pathname + new URL(url).search),
  );
  const html = editHtml(
    editHtml(
      page,
      'Written pages addresses',
      '<meta name="app-feed"',
      `<meta name="app-written" content='${addresses.replaceAll("'", '&#39;')}'>\n    <meta name="app-feed"`,
    ),
    'Written pages data',
    '</body>',
    `<script type="application/json" id="${WRITTEN_PAGES_ID}">${json}</script>\n</body>`,
  );
  // public/boot.js then downloads no feed for the front page: it holds the bundled feed's page.
  return written.some((each) => each.url === bundledFeed)
    ? editHtml(
        html,
        'Written bundled feed',
        '<meta name="app-feed"',
        '<meta name="app-feed" data-written',
      )
    : html;
}

/**
 * The modules a page needs as soon as the app runs, by the kind of address public/boot.js sees:
 * a feed's own page (`?feed=`), the front page of a reader's own subscriptions (`river`), a
 * tag's and a folder's page of them, and an article. Their chunks download beside the entry instead of after it has run: each one
 * asked for only then would add a round trip after the entry's.
 * EVERY_PAGE is what each page loads at start whatever it shows (the saved cache's code, the
 * keyboard shortcuts, the update notice); read-in-worker starts the XML reader (1 KB, left
 * unused when the feed turns out to be JSON).
 */
const EVERY_PAGE = [
  'src/lib/query-persister.ts',
  'src/app/keyboard-shortcuts.tsx',
  'src/features/offline/components/update-prompt.tsx',
];
const RIVER = [
  ...EVERY_PAGE,
  'src/app/river/river-page.tsx',
  'src/features/feed/api/read-feed-document.ts',
  'src/features/feed/api/formats/read-in-worker.ts',
  'src/lib/decode-text.ts',
];
const EARLY_MODULES: Record<string, string[]> = {
  feed: [
    ...EVERY_PAGE,
    'src/app/routes/feed-page.tsx',
    'src/features/feed/api/read-feed-document.ts',
    'src/features/feed/api/formats/read-in-worker.ts',
    'src/lib/decode-text.ts',
  ],
  river: RIVER,
  tag: [...RIVER, 'src/app/routes/tag-page.tsx'],
  folder: [...RIVER, 'src/app/routes/folder-page.tsx'],
  article: [
    ...EVERY_PAGE,
    'src/app/routes/article-page.tsx',
    'src/features/feed/api/article-queries.ts',
    'src/features/feed/api/read-feed-document.ts',
    'src/features/feed/api/formats/read-in-worker.ts',
    'src/lib/decode-text.ts',
  ],
};

/** Where each kind of page's early code is (EARLY_MODULES), and the XML reader's worker. */
type EarlyCode = Record<string, string[] | string>;

/**
 * The chunks (and the chunks they import) that hold EARLY_MODULES, with their stylesheets, as
 * addresses on the site; and the worker that reads XML (src/features/feed/api/formats/
 * read-in-worker.ts), which public/boot.js starts where the page's feed is likely XML.
 */
export function earlyCode(bundle: Rolldown.OutputBundle): EarlyCode {
  const chunks = Object.values(bundle).filter(
    (item): item is Rolldown.OutputChunk => item.type === 'chunk',
  );
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const early: Record<string, string[]> = {};
  for (const [page, modules] of Object.entries(EARLY_MODULES)) {
    const files = new Set<string>();
    const add = (chunk: Rolldown.OutputChunk | undefined) => {
      if (!chunk || chunk.isEntry || files.has(chunk.fileName)) return;
      files.add(chunk.fileName);
      // Its stylesheet too: the page's code waits for it before it renders.
      for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
      for (const imported of chunk.imports) add(byFile.get(imported));
    };
    for (const module of modules) {
      const holder = chunks.find((chunk) =>
        chunk.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(`/${module}`)),
      );
      if (!holder) throw new Error(`Early code: no chunk holds ${module}`);
      add(holder);
    }
    early[page] = [...files].map((file) => `/${file}`);
  }
  const reader = Object.keys(bundle).find((file) =>
    /\/feed-document\.worker-[\w-]+\.js$/.test(file),
  );
  if (!reader) throw new Error('Early code: no XML reader worker in the bundle');
  return { ...early, reader: `/${reader}` };
}

/**
 * src/first-paint/draw-list.ts (a feed's page), draw-article.ts (an article) or draw-river.ts
 * (the front or a folder's page of the reader's own feeds) bundled on its own, into the built
 * site: public/boot.js loads it by itself, before the app, to draw that page from the feeds.
 * Shared with the app are only the modules it imports, copied in, never a
 * chunk that would join the app's first requests. Its address on the site.
 */
async function writeDrawingScript(
  root: string,
  outDir: string,
  page: 'list' | 'article' | 'river',
): Promise<string> {
  const built = await build({
    root,
    configFile: false,
    logLevel: 'error',
    publicDir: false,
    build: {
      write: false,
      // The app's own target (vite.config.ts): its classes' fields as written, with no helpers.
      target: 'es2022',
      lib: {
        entry: resolve(root, `src/first-paint/draw-${page}.ts`),
        formats: ['iife'],
        name: 'broadsheetDraw',
      },
    },
  });
  const [output] = Array.isArray(built) ? built : [built];
  const chunk = output && 'output' in output ? output.output[0] : undefined;
  if (!chunk) throw new Error('The drawing script of the first screen was not built');
  const name = `assets/draw-${page}-${createHash('sha256').update(chunk.code).digest('hex').slice(0, 8)}.js`;
  writeFileSync(join(outDir, name), chunk.code);
  return `/${name}`;
}

/** The page with its early code named for public/boot.js (`<meta name="app-early">`). */
export function withEarlyCode(page: string, early: EarlyCode): string {
  return editHtml(
    page,
    'Early code',
    /<meta name="app-entry" content="[^"]*">/,
    (entry) => `${entry}\n    <meta name="app-early" content='${JSON.stringify(early)}'>`,
  );
}

/** An article's own file: its first screen, its address and its title. */
export function articlePage(
  shell: string,
  written: { path: string; title: string; html: string },
): string {
  const page = editHtml(
    withRoot(shell, written.html),
    'Written article',
    '<html lang="en">',
    `<html lang="en" data-first-screen="${escapeHtml(written.path)}">`,
  );
  return editHtml(
    page,
    'Written article',
    /<title>[^<]*<\/title>/,
    `<title>${escapeHtml(written.title)}</title>`,
  );
}

/** The bundled feed's documents, its first page first, following `next_url` within data/. */
function bundledFeedPages(dataDir: string): unknown[] {
  const documents: unknown[] = [];
  const seen = new Set<string>();
  for (let name: unknown = 'feed.json'; typeof name === 'string' && /^[\w.-]+\.json$/.test(name);) {
    if (seen.has(name)) break;
    seen.add(name);
    const document = JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as {
      next_url?: unknown;
    };
    documents.push(document);
    name = document.next_url;
  }
  return documents;
}

/**
 * Where a static host finds an article's page: its address decoded, plus `.html`. Only ids made
 * of characters that are the same in a URL path and a file name get one; the rest are left to
 * the app.
 */
function articleFile(outDir: string, id: string): string | undefined {
  if (!/^[\w.~:/-]+$/.test(id) || id.split('/').some((part) => part === '.' || part === '..')) {
    return undefined;
  }
  if (id.endsWith('/')) return undefined;
  return join(outDir, 'articles', `${id}.html`);
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

const DOM_GLOBALS = [
  'window',
  'document',
  'location',
  'DOMParser',
  'Element',
  'HTMLAnchorElement',
  'HTMLImageElement',
  'HTMLMediaElement',
  'HTMLPreElement',
] as const;

/** Gives the page's code the DOM it uses (feed HTML is read and sanitised through one). */
function installDom(window: object): () => void {
  const scope = globalThis as Record<string, unknown>;
  const before = DOM_GLOBALS.map(
    (name) => [name, Object.getOwnPropertyDescriptor(scope, name)] as const,
  );
  for (const name of DOM_GLOBALS) {
    const value = name === 'window' ? window : (window as Record<string, unknown>)[name];
    Object.defineProperty(scope, name, { value, configurable: true, writable: true });
  }
  return () => {
    for (const [name, descriptor] of before) {
      if (descriptor) Object.defineProperty(scope, name, descriptor);
      else Reflect.deleteProperty(scope, name);
    }
  };
}

/** React Router's production bundle, which its package ships beside the development one. */
function reactRouterProductionEntry(): string {
  const development = fileURLToPath(import.meta.resolve('react-router'));
  const production = development.replace(
    /([\\/])dist[\\/]development[\\/]index\.mjs$/,
    '$1dist$1production$1index.mjs',
  );
  if (production === development || !existsSync(production)) {
    throw new Error(`React Router: no production bundle beside ${development}`);
  }
  return production;
}

/**
 * What the production bundle has that the app never uses, each with what replaces it. Every one
 * must match somewhere in the bundle, or the build fails: an update of the router (pinned to one
 * version in package.json for this reason) can change its text.
 */
export const REACT_ROUTER_EDITS = [
  // The names read by developer tools only.
  { name: 'component displayName', pattern: /^\w+\.displayName = "\w+";$/gm, replacement: '' },
  // Components and contexts made by calls the bundler must keep unless marked pure.
  {
    name: 'pure component factories',
    pattern: /= (React\d*)\.(forwardRef|createContext|memo)\(/g,
    replacement: '= /* @__PURE__ */ $1.$2(',
  },
] as const;

/**
 * Builds with React Router's production bundle, and lets the unused parts of it go.
 *
 * The package's exports name its development bundle for every bundler; the production one
 * ships beside it, without the development warnings. That bundle also sets `displayName` on each
 * component and creates components and contexts with calls not marked pure, which keeps every one
 * of them (forms, fetchers, prefetching links) in the first chunk whether the app uses them or
 * not. Dropping the names and marking those calls pure (`REACT_ROUTER_EDITS`) lets the bundler
 * drop what is unused. The build fails if an edit matched nothing in any of the router's files.
 */
export function reactRouterProduction(): Plugin {
  let entry: string | undefined;
  const matches = new Map<string, number>();
  return {
    name: 'broadsheet-react-router-production',
    apply: 'build',
    enforce: 'pre',
    buildStart: () => {
      entry = reactRouterProductionEntry();
      matches.clear();
    },
    resolveId: (source) => (source === 'react-router' ? (entry ?? null) : null),
    transform: {
      filter: { id: /[\\/]react-router[\\/]dist[\\/]production[\\/][^\\/]+\.mjs$/ },
      handler: (code) => {
        let edited = code;
        for (const { name, pattern, replacement } of REACT_ROUTER_EDITS) {
          const found = edited.match(pattern)?.length ?? 0;
          matches.set(name, (matches.get(name) ?? 0) + found);
          if (found > 0) edited = edited.replace(pattern, replacement);
        }
        return edited;
      },
    },
    buildEnd: (error) => {
      if (error) return;
      const missed = REACT_ROUTER_EDITS.filter(({ name }) => !matches.get(name));
      if (missed.length > 0) {
        throw new Error(
          `React Router's production bundle changed: ${missed.map(({ name }) => name).join(', ')} matched nothing. ` +
            'Update REACT_ROUTER_EDITS in scripts/build-plugins.ts to its new text.',
        );
      }
    },
  };
}

/**
 * Modules the entry reaches only through a package's index, which re-exports them, while only lazy
 * code uses them: TanStack Query's hydration, which the persister alone calls.
 */
const REEXPORTED_ONLY = /[\\/]@tanstack[\\/]query-core[\\/].*[\\/]hydration\.js$/;

type ModuleInfoOf = (id: string) => Rolldown.ModuleInfo | null;

type ChunkNamer = (id: string, context: { getModuleInfo: ModuleInfoOf }) => string | null;

/** Whether a module is imported, statically and at any depth, by one that `isRoot` accepts. */
function reachedFrom(isRoot: (module: Rolldown.ModuleInfo) => boolean) {
  const known = new Map<string, boolean>();
  const reached = (id: string, info: ModuleInfoOf, seen: Set<string>): boolean => {
    const cached = known.get(id);
    if (cached !== undefined) return cached;
    if (seen.has(id)) return false;
    seen.add(id);
    const module = info(id);
    const found =
      !!module && (isRoot(module) || module.importers.some((from) => reached(from, info, seen)));
    if (module) known.set(id, found);
    return found;
  };
  return (id: string, context: { getModuleInfo: ModuleInfoOf }) =>
    reached(id, (module) => context.getModuleInfo(module), new Set());
}

/**
 * Names the chunk of every module the entry imports statically, all of which the front page
 * loads before it can paint: they go in one file, which compresses better than the many small
 * shared chunks the splitter would otherwise cut between the entry and the lazy pages.
 */
export function firstChunk(): ChunkNamer {
  const loadsFirst = reachedFrom((module) => module.isEntry);
  return (id, context) => (!REEXPORTED_ONLY.test(id) && loadsFirst(id, context) ? 'index' : null);
}

/**
 * Names the chunk of every module a lazily loaded page imports statically, for a group after
 * firstChunk's (which keeps what the entry holds). A page loaded before the first render is then
 * one more file, not the score of small ones its code shared with other pages would be cut into;
 * those pages load this file for what they share with it.
 */
export function pageChunk(page: RegExp, name: string): ChunkNamer {
  const onPage = reachedFrom((module) => page.test(module.id));
  return (id, context) => (onPage(id, context) ? name : null);
}

/**
 * Names the chunk of every module that both `one` and `other` import statically: for a group
 * before `other`'s pageChunk, which would otherwise take them, and `one` would load that page.
 */
export function sharedChunk(one: RegExp, other: RegExp, name: string): ChunkNamer {
  const onOne = reachedFrom((module) => one.test(module.id));
  const onOther = reachedFrom((module) => other.test(module.id));
  return (id, context) => (onOne(id, context) && onOther(id, context) ? name : null);
}
