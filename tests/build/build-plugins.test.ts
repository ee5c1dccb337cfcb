import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  appShell,
  articlePage,
  BOOT_SCRIPTS,
  contentSecurityPolicy,
  earlyCode,
  editHtml,
  minifiedBootScript,
  minifyBootScripts,
  MINIFIED_SCRIPTS,
  pageChunk,
  reactRouterProduction,
  REACT_ROUTER_EDITS,
  sharedChunk,
  withEarlyCode,
  withInlineBootScripts,
  withRoot,
} from '../../scripts/build-plugins';

const ROOT = join(import.meta.dirname, '..', '..');

/** A hook of a plugin, called as Vite would: a function, or an object with a handler. */
function hook(plugin: Plugin, name: keyof Plugin) {
  const value = plugin[name] as unknown;
  const handler = (
    typeof value === 'function' ? value : (value as { handler: unknown }).handler
  ) as (...args: unknown[]) => unknown;
  return (...args: unknown[]) => handler.call({}, ...args);
}

/** The built index.html as Vite writes it, before our steps. */
const BUILT_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <script src="/theme-init.js"></script>
    <script src="/boot.js"></script>
    <title>Broadsheet</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('a build step that edits the built page fails the build when its edit matches nothing', () => {
  it('editHtml edits what it finds, and throws, naming the step, when it finds nothing', () => {
    expect(editHtml('<a>$</a>', 'Step', '<a>', '<b $&>')).toBe('<b $&>$</a>');
    expect(() => editHtml('<p></p>', 'Step', '<a>', '<b>')).toThrow('Step: the page has no <a>');
    expect(() => editHtml('<p></p>', 'Step', /<a>/, '<b>')).toThrow('Step');
  });

  it('the Content-Security-Policy goes first in the head, and a page without one fails', () => {
    const csp = hook(contentSecurityPolicy(), 'transformIndexHtml');
    const html = csp(BUILT_PAGE) as string;
    expect(html).toMatch(
      /<head>\s*<meta http-equiv="Content-Security-Policy" content="default-src 'self';/,
    );
    expect(() => csp('<html><body></body></html>')).toThrow('Content-Security-Policy');
  });

  it('the entry script becomes <meta name="app-entry"> before boot.js; without it, boot.js or an empty #root, the build fails', () => {
    const shell = appShell(BUILT_PAGE);
    // Read by boot.js as it runs, before the rest of the page has arrived.
    expect(shell).toContain(
      '<meta name="app-entry" content="/assets/index-abc.js">\n    <script src="/boot.js"></script>',
    );
    expect(shell).not.toContain('type="module"');
    expect(() => appShell(BUILT_PAGE.replace('crossorigin ', ''))).toThrow('App entry');
    expect(() => appShell(BUILT_PAGE.replace('/boot.js', '/start.js'))).toThrow('App entry');
    expect(() =>
      appShell(BUILT_PAGE.replace('<div id="root"></div>', '<div id="app"></div>')),
    ).toThrow('Written pages');
    expect(() => withRoot('<body></body>', '<p>Hi</p>')).toThrow('Written pages');
  });

  it('in the page the app is built from, names all boot.js reads before it, outside comments', () => {
    // As Vite writes it: the entry moved into the head.
    const built = readFileSync(join(ROOT, 'index.html'), 'utf8')
      .replace('<script type="module" src="/src/main.tsx"></script>', '')
      .replace(
        '</head>',
        '<script type="module" crossorigin src="/assets/index-abc.js"></script></head>',
      );
    const shell = withEarlyCode(appShell(built), { feed: ['/a.js'] });
    const elements = shell.replace(/<!--[\s\S]*?-->/g, '');
    const boot = elements.indexOf('<script src="/boot.js">');
    for (const name of ['app-subscriptions', 'app-feed', 'app-entry', 'app-early']) {
      const meta = elements.search(new RegExp(`<meta\\s+name="${name}"`));
      expect(meta, name).toBeGreaterThan(-1);
      expect(meta, name).toBeLessThan(boot);
    }
  });

  it('an article page names its address and title; a page without <html lang> or <title> fails', () => {
    const written = { path: '/articles/a%20b', title: 'Costs $5 & "more"', html: '<h1>A</h1>' };
    const page = articlePage(appShell(BUILT_PAGE), written);
    expect(page).toContain('<html lang="en" data-first-screen="/articles/a%20b">');
    expect(page).toContain('<title>Costs $5 &amp; &quot;more&quot;</title>');
    expect(page).toContain('<div id="root"><h1>A</h1></div>');
    const shell = appShell(BUILT_PAGE);
    expect(() => articlePage(shell.replace('<html lang="en">', '<html>'), written)).toThrow(
      'Written article',
    );
    expect(() => articlePage(shell.replace(/<title>.*<\/title>/, ''), written)).toThrow(
      'Written article',
    );
  });

  it('the boot scripts and their worker are minified, and a missing one fails the build', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'broadsheet-build-'));
    try {
      const plugin = minifyBootScripts();
      hook(plugin, 'configResolved')({ root: outDir, build: { outDir: '.' } });
      const minify = hook(plugin, 'writeBundle');
      for (const name of MINIFIED_SCRIPTS) {
        writeFileSync(join(outDir, name), readFileSync(join(ROOT, 'public', name), 'utf8'));
      }
      await minify();
      for (const name of MINIFIED_SCRIPTS) {
        const built = readFileSync(join(outDir, name), 'utf8');
        expect(built.length).toBeLessThan(readFileSync(join(ROOT, 'public', name), 'utf8').length);
        expect(built).not.toContain('//');
      }
      rmSync(join(outDir, 'boot.js'));
      await expect(minify()).rejects.toThrow('boot.js: not in the build');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

describe('the boot scripts, written into the page', () => {
  const page = [
    `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; object-src 'none'" />`,
    '<script src="/theme-init.js"></script>',
    '<script src="/boot.js"></script></head>',
  ].join('\n');
  const scripts = { 'theme-init.js': 'var a=1;', 'boot.js': 'var b=2;' };
  const sha256 = (code: string) => createHash('sha256').update(code).digest('base64');

  it('replace their requests, and the CSP allows exactly them by their hashes', () => {
    const html = withInlineBootScripts(page, scripts);
    expect(html).not.toContain('src=');
    expect(html).toContain('<script>var a=1;</script>\n<script>var b=2;</script>');
    expect(html).toContain(
      `script-src 'self' 'sha256-${sha256('var a=1;')}' 'sha256-${sha256('var b=2;')}';`,
    );
    expect(html).not.toContain('unsafe-inline');
  });

  it('fail the build when a script tag or the CSP is not there, or the code would end the tag', () => {
    expect(() => withInlineBootScripts(page.replace('/boot.js', '/other.js'), scripts)).toThrow(
      'Inline boot.js',
    );
    expect(() => withInlineBootScripts(page.replace("script-src 'self'", ''), scripts)).toThrow(
      'Boot script hashes',
    );
    expect(() =>
      withInlineBootScripts(page, { ...scripts, 'boot.js': 'var c="</script>";' }),
    ).toThrow('would end the inline script');
  });

  it('fit the page the app is built from, with the CSP the build gives it', async () => {
    const source = readFileSync(join(ROOT, 'index.html'), 'utf8');
    const withCsp = hook(contentSecurityPolicy(), 'transformIndexHtml')(source) as string;
    const code: Record<string, string> = {};
    for (const name of BOOT_SCRIPTS) {
      code[name] = await minifiedBootScript(name, readFileSync(join(ROOT, 'public', name), 'utf8'));
    }
    const html = withInlineBootScripts(withCsp, code);
    for (const name of BOOT_SCRIPTS) {
      expect(html).not.toContain(`/${name}"`);
      expect(html).toContain(`'sha256-${sha256(code[name] ?? '')}'`);
    }
  });
});

describe("React Router's production build", () => {
  const productionDir = join(
    dirname(fileURLToPath(import.meta.resolve('react-router'))),
    '..',
    'production',
  );

  function buildWith(files: Record<string, string>) {
    const plugin = reactRouterProduction();
    hook(plugin, 'buildStart')();
    const transform = hook(plugin, 'transform');
    const output = Object.fromEntries(
      Object.entries(files).map(([id, code]) => [id, transform(code, id) as string]),
    );
    return { output, end: () => hook(plugin, 'buildEnd')() };
  }

  it('is pinned to one version, the one installed', () => {
    const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const installed = JSON.parse(
      readFileSync(join(productionDir, '..', '..', 'package.json'), 'utf8'),
    ) as { version: string };
    expect(dependencies['react-router']).toBe(installed.version);
  });

  it('every edit matches the installed router, and what it edits is gone', () => {
    const files = Object.fromEntries(
      readdirSync(productionDir)
        .filter((name) => name.endsWith('.mjs'))
        .map((name) => [
          join(productionDir, name),
          readFileSync(join(productionDir, name), 'utf8'),
        ]),
    );
    const { output, end } = buildWith(files);
    expect(end).not.toThrow();
    const code = Object.values(output).join('\n');
    expect(code).not.toMatch(/^\w+\.displayName = "\w+";$/m);
    expect(code).toContain('= /* @__PURE__ */ React');
    expect(REACT_ROUTER_EDITS.length).toBe(2);
  });

  it('a router whose text no edit matches fails the build, naming the edits', () => {
    const { output, end } = buildWith({
      '/node_modules/react-router/dist/production/index.mjs': 'export const Link = () => null;',
    });
    expect(Object.values(output)).toEqual(['export const Link = () => null;']);
    expect(end).toThrow(/component displayName, pure component factories matched nothing/);
  });

  it('a router where one edit matches and the other does not fails the build too', () => {
    const { end } = buildWith({
      '/node_modules/react-router/dist/production/chunk.mjs': 'Link.displayName = "Link";\n',
    });
    expect(end).toThrow(/pure component factories matched nothing/);
    expect(end).not.toThrow(/displayName,/);
  });
});

describe('which chunk a module goes in', () => {
  // A page, the XML reader and a settings page, each importing code of their own and shared.
  const importers: Record<string, string[]> = {
    '/app/article-page.tsx': [],
    '/app/read-document.ts': [],
    '/app/settings-page.tsx': [],
    '/app/article-view.tsx': ['/app/article-page.tsx'],
    '/app/saved-store.ts': ['/app/article-page.tsx', '/app/settings-page.tsx'],
    '/app/pictures.ts': ['/app/article-view.tsx', '/app/xml-shared.ts'],
    '/app/xml-shared.ts': ['/app/read-document.ts'],
  };
  const context = {
    getModuleInfo: (id: string) =>
      (id in importers ? { id, importers: importers[id] } : null) as never,
  };
  const article = /article-page\.tsx$/;
  const reader = /read-document\.ts$/;

  it("a page's chunk holds what the page imports, at any depth, shared or not", () => {
    const name = pageChunk(article, 'article-page');
    expect(name('/app/article-view.tsx', context)).toBe('article-page');
    expect(name('/app/saved-store.ts', context)).toBe('article-page');
    expect(name('/app/pictures.ts', context)).toBe('article-page');
    expect(name('/app/xml-shared.ts', context)).toBeNull();
    expect(name('/app/settings-page.tsx', context)).toBeNull();
  });

  it('a shared chunk holds only what both import, so the reader never loads the page', () => {
    const name = sharedChunk(reader, article, 'feed-reader');
    expect(name('/app/pictures.ts', context)).toBe('feed-reader');
    expect(name('/app/saved-store.ts', context)).toBeNull();
    expect(name('/app/xml-shared.ts', context)).toBeNull();
    expect(name('/app/article-view.tsx', context)).toBeNull();
  });
});

describe('the code a page needs at once, named for public/boot.js', () => {
  const chunk = (
    fileName: string,
    moduleIds: string[],
    imports: string[] = [],
    isEntry = false,
  ) => ({
    type: 'chunk' as const,
    fileName,
    moduleIds: moduleIds.map((id) => `/app/${id}`),
    imports,
    isEntry,
  });
  const bundle = Object.fromEntries(
    [
      chunk('assets/index.js', ['src/main.tsx'], [], true),
      chunk(
        'assets/feed-page.js',
        ['src/app/routes/feed-page.tsx'],
        ['assets/list.js', 'assets/index.js'],
      ),
      chunk('assets/list.js', ['src/features/feed/components/entry-list.tsx']),
      chunk('assets/river.js', ['src/app/river/river-page.tsx'], ['assets/list.js']),
      chunk(
        'assets/reader.js',
        ['src/features/feed/api/read-feed-document.ts'],
        ['assets/list.js'],
      ),
      chunk('assets/tag.js', ['src/app/routes/tag-page.tsx'], ['assets/river.js']),
      chunk('assets/folder.js', ['src/app/routes/folder-page.tsx'], ['assets/river.js']),
      chunk('assets/decode.js', ['src/lib/decode-text.ts']),
      chunk('assets/in-worker.js', ['src/features/feed/api/formats/read-in-worker.ts']),
      chunk('assets/persister.js', ['src/lib/query-persister.ts']),
      chunk('assets/keys.js', ['src/app/keyboard-shortcuts.tsx']),
      chunk('assets/update.js', ['src/features/offline/components/update-prompt.tsx']),
      chunk('assets/article.js', [
        'src/app/routes/article-page.tsx',
        'src/features/feed/api/article-queries.ts',
      ]),
      { type: 'asset' as const, fileName: 'assets/index.css' },
      { type: 'asset' as const, fileName: 'assets/feed-document.worker-a1B2.js' },
    ].map((item) => [item.fileName, item]),
  ) as unknown as Parameters<typeof earlyCode>[0];

  it('is each page’s chunks and what they import, never the entry, once each', () => {
    // What every page loads as soon as the app runs (the saved cache, the keys, the update
    // notice) comes first, then the page's own code.
    const everyPage = ['/assets/persister.js', '/assets/keys.js', '/assets/update.js'];
    const river = [
      ...everyPage,
      '/assets/river.js',
      '/assets/list.js',
      '/assets/reader.js',
      '/assets/in-worker.js',
      '/assets/decode.js',
    ];
    expect(earlyCode(bundle)).toEqual({
      feed: [
        ...everyPage,
        '/assets/feed-page.js',
        '/assets/list.js',
        '/assets/reader.js',
        '/assets/in-worker.js',
        '/assets/decode.js',
      ],
      river,
      // A tag's and a folder's page of the reader's feeds: the river's, and the page's own.
      tag: [...river, '/assets/tag.js'],
      folder: [...river, '/assets/folder.js'],
      article: [
        ...everyPage,
        '/assets/article.js',
        '/assets/reader.js',
        '/assets/list.js',
        '/assets/in-worker.js',
        '/assets/decode.js',
      ],
      // The XML reader, which public/boot.js starts where a page's feed is likely XML.
      reader: '/assets/feed-document.worker-a1B2.js',
    });
  });

  it('fails the build when a module it names is in no chunk', () => {
    const without = Object.fromEntries(
      Object.entries(bundle).filter(([file]) => file !== 'assets/decode.js'),
    ) as typeof bundle;
    expect(() => earlyCode(without)).toThrow('Early code: no chunk holds src/lib/decode-text.ts');
    const noReader = Object.fromEntries(
      Object.entries(bundle).filter(([file]) => !file.includes('feed-document')),
    ) as typeof bundle;
    expect(() => earlyCode(noReader)).toThrow('Early code: no XML reader worker in the bundle');
  });

  it('is written beside the entry, and a page without one fails', () => {
    const page = '<head><meta name="app-entry" content="/assets/index.js"></head>';
    expect(withEarlyCode(page, { feed: ['/a.js'] })).toContain(
      `<meta name="app-early" content='{"feed":["/a.js"]}'>`,
    );
    expect(() => withEarlyCode('<head></head>', {})).toThrow('Early code');
  });
});
