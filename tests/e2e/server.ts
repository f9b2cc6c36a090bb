import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { FIXTURES_DIR } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A strict policy as careful sites send it: only the page's own scripts, styles and frames, and Trusted Types. */
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

/** A first script that wraps and freezes the platform's built-ins (tests/fixtures/pages/contexts/hostile-builtins.js). */
const HOSTILE_BUILTINS = '<script src="/pages/contexts/hostile-builtins.js"></script>';

/**
 * Serves tests/fixtures on 127.0.0.1 at a free port: the "host sites" of the tests. Any page can
 * be made harder to live in: `?csp=strict` sends STRICT_CSP, `?builtins=hostile` runs
 * HOSTILE_BUILTINS before the page's own scripts. Every response allows any origin, so pages in
 * sandboxed frames (an opaque origin) can load their module scripts.
 */
export async function startFixtureServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(FIXTURES_DIR, path.endsWith('/') ? `${path}index.html` : path);
    try {
      let body = await readFile(file);
      const headers: Record<string, string> = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'access-control-allow-origin': '*',
      };
      if (url.searchParams.get('csp') === 'strict') headers['content-security-policy'] = STRICT_CSP;
      if (url.searchParams.get('builtins') === 'hostile' && extname(file) === '.html') {
        body = Buffer.from(body.toString('utf8').replace('<head>', `<head>${HOSTILE_BUILTINS}`));
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
