// A tiny static file server for the end-to-end tests: serves dist/ on
// 127.0.0.1 at a free port, as any static host would (no rewrites).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Starts serving `root`. Options: `prefix` mounts the files under a
 * sub-path; `mounts` maps further URL prefixes to folders (test pages,
 * fixtures); `headers` are added to every response.
 * Returns { url, origin, close }.
 */
export async function serve(root, { prefix = '/', headers = {}, mounts = {} } = {}) {
  const folders = [...Object.entries(mounts).map(([p, d]) => [p, resolve(d)]), [prefix, resolve(root)]];
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const mount = folders.find(([p]) => path.startsWith(p));
      if (!mount) return notFound(res);
      const [at, base] = mount;
      let file = normalize(join(base, path.slice(at.length)));
      if (!file.startsWith(base)) return notFound(res);
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers,
      });
      res.end(body);
    } catch {
      notFound(res);
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}
