// After Trunk's build (a post_build hook; TRUNK_STAGING_DIR is the build's folder):
//  0. every build: the wasm split per route and optimised (tools/split.mjs);
// then, release builds only:
//  1. a Content-Security-Policy <meta> tag that allows scripts from the app's own origin and
//     the inline scripts (Trunk's loader, split.mjs' early fetch of the start pack) by their SHA-256
//     hashes (computed here, so they always match);
//  2. the service worker (tools/sw.js) with the list of every file to keep for offline use and
//     a version made from their contents;
//  3. precompressed .br and .gz copies of every text and wasm file, for static hosts that
//     serve them (Trunk does not compress).
// Debug builds (trunk serve) are left alone: their live-reload script would be refused.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, extname } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import './split.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== 'release') process.exit(0);

// 1. CSP
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
const csp = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
html = html.replace(/(<meta charset="utf-8"\s*\/?>)/i, `$1\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
writeFileSync(indexPath, html);

// 2. Service worker
function files(d, base = '') {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    const rel = base ? `${base}/${name}` : name;
    if (statSync(p).isDirectory()) return files(p, rel);
    if (/\.(br|gz)$/.test(name) || name === 'sw.js' || name === 'index.html') return [];
    return [rel];
  });
}
const precache = ['./', ...files(dir).sort()];
const version = createHash('sha256');
for (const f of precache) version.update(f).update(readFileSync(join(dir, f === './' ? 'index.html' : f)));
const swSource = readFileSync(new URL('./sw.js', import.meta.url), 'utf8')
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__FILES__', JSON.stringify(precache));
writeFileSync(join(dir, 'sw.js'), swSource);

// 3. Precompression. Brotli at its best quality; gzip by Zopfli, a slower compressor whose output
// any gzip reader reads and which is about 5 % smaller than zlib's best, with 15 iterations
// (Zopfli's own default; 5 made the main module 100–350 bytes larger) and no limit on the
// number of blocks it splits a file into (its default of 15 splits gives a large wasm, whose
// code and data compress best with codes of their own, about 0.4 % more). Zopfli takes about
// 35 s for the whole build on one core (24 s with 5 iterations and the limit), so it runs in a
// worker per core.
const compressible = new Set(['.bin', '.html', '.js', '.css', '.wasm', '.json', '.svg', '.txt', '.webmanifest']);
function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : compressible.has(extname(p)) ? [p] : [];
  });
}
const toCompress = walk(dir).sort((a, b) => statSync(b).size - statSync(a).size);
const zopfli = new URL('./zopfli-worker.mjs', import.meta.url);
const queue = [...toCompress];
await Promise.all(
  Array.from({ length: Math.min(availableParallelism(), 4, queue.length) }, async () => {
    const worker = new Worker(zopfli);
    try {
      for (let p = queue.shift(); p; p = queue.shift()) {
        // One file at a time: the listeners go once it is done (they would pile up otherwise).
        const done = new Promise((resolve, reject) => {
          const failed = (e) => reject(e);
          worker.once('error', failed);
          worker.once('message', (m) => {
            worker.off('error', failed);
            resolve(m);
          });
        });
        worker.postMessage(p);
        await done;
      }
    } finally {
      await worker.terminate();
    }
  }),
);
for (const p of toCompress) {
  writeFileSync(p + '.br', brotliCompressSync(readFileSync(p), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
console.log(`postbuild: CSP with ${hashes.length} inline script hash(es); service worker keeping ${precache.length} files; compressed files in ${dir}`);
