import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** A path the server answers itself (a document sent in parts), instead of a file. */
type Answer = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * A copy of the production build served on its own port, with the single-page fallback a static
 * host gives. Tests change files in the copy to play a new deployment, or answer some paths
 * themselves (`answers`).
 */
export async function serveBuildCopy(answers: Record<string, Answer> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'broadsheet-deploy-'));
  cpSync('dist', root, { recursive: true });
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const answer = answers[path];
    if (answer) return answer(request, response);
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      file = join(root, 'index.html');
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    root,
    close: () => {
      server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
