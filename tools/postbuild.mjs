// After Trunk's release build (a post_build hook; TRUNK_STAGING_DIR is the build's folder):
//  1. a Content-Security-Policy <meta> tag that allows scripts from the app's own origin and
//     Trunk's inline loader by its SHA-256 hash (computed here, so it always matches);
//  2. precompressed .br and .gz copies of every text and wasm file, for static hosts that
//     serve them (Trunk does not compress).
// Debug builds (trunk serve) are left alone: their live-reload script would be refused.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, extname } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

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

// 2. Precompression
const compressible = new Set(['.html', '.js', '.css', '.wasm', '.json', '.svg', '.txt', '.webmanifest']);
function walk(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (compressible.has(extname(p))) {
      const data = readFileSync(p);
      writeFileSync(p + '.br', brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      writeFileSync(p + '.gz', gzipSync(data, { level: 9 }));
    }
  }
}
walk(dir);
console.log(`postbuild: CSP with ${hashes.length} inline script hash(es); compressed files in ${dir}`);
