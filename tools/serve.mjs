// A small static file server for the built app (dist/): used by `make serve`, the end-to-end
// tests and the benchmark. Serves precompressed .br/.gz files when the browser accepts them,
// the right MIME types (application/wasm), and can mount the app under a sub-path to prove that
// deep links work there too.
//   node tools/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1] [--base /sub/path/]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const dir = resolve(args.dir ?? 'dist');
const port = Number(args.port ?? 8080);
const host = args.host ?? '127.0.0.1';
const base = (args.base ?? '/').replace(/\/?$/, '/');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

async function exists(p) {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  let path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  path = path.slice(base.length);
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const file = normalize(join(dir, path));
  if (!file.startsWith(dir) || !(await exists(file))) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const headers = {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    vary: 'accept-encoding',
  };
  const accept = req.headers['accept-encoding'] ?? '';
  let body;
  if (accept.includes('br') && (await exists(file + '.br'))) {
    body = await readFile(file + '.br');
    headers['content-encoding'] = 'br';
  } else if (accept.includes('gzip') && (await exists(file + '.gz'))) {
    body = await readFile(file + '.gz');
    headers['content-encoding'] = 'gzip';
  } else {
    body = await readFile(file);
  }
  res.writeHead(200, headers).end(body);
});

server.listen(port, host, () => {
  console.log(`B2C Kompas is served at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}`);
});
