// Splits the app's wasm per route (imported first by tools/postbuild.mjs, Trunk's post_build
// hook, in debug and release builds).
//
// Functions marked `split_point!` in Rust (src/lazy.rs: the dossier's parts, the import page,
// the comparison, the readers of stored dossiers and imported files in src/readers.rs) are
// moved into their own wasm files, fetched the first time one of them is shown; the front page
// and the kiosk start from the main module alone. Trunk has no step between `cargo build` and
// wasm-bindgen, so this hook redoes that stretch on the wasm cargo linked:
//   1. wasm-split-cli (crate wasm_split_cli_support, the tool `cargo leptos --split` uses) cuts
//      the module at the split points (needs `--emit-relocs`, see .cargo/config.toml);
//   2. wasm-bindgen (same pinned version as Trunk's) makes the JS glue for the main module,
//      keeping the table and memory the split modules link against;
//   3. release builds: wasm-opt -Oz on every module (Trunk's own pass is off in index.html);
//   4. the shared chunks under PACK_BELOW bytes of brotli go into one file, the pack, which the
//      loader fetches once and instantiates them from: wasm-split makes a chunk per set of split
//      points sharing code, so one page needed up to 55 files, most of a few hundred bytes. On
//      the Lighthouse mobile profile (150 ms a request, six connections over HTTP/1.1) a request
//      costs the time of about 5 KB, so nine requests in ten became one (BENCHMARKS.md);
//   5. the files replace Trunk's main JS and wasm under Trunk's hashed names; the split modules,
//      the pack and the loader get names with a hash of their contents (a new build never meets
//      an old module in a cache); the integrity attributes in index.html are recomputed.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { brotliCompressSync } from 'node:zlib';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const profile = process.env.TRUNK_PROFILE ?? 'release';
const NAME = 'b2c-kompas';
const targetDir = process.env.CARGO_TARGET_DIR ?? process.env.CARGO_BUILD_TARGET_DIR ?? 'target';
const input = join(targetDir, 'wasm32-unknown-unknown', profile, `${NAME}.wasm`);
const cargoBin = join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'bin');
const tool = (name) => (existsSync(join(cargoBin, name)) ? join(cargoBin, name) : name);
// npm's binaryen only: Debian's wasm-opt produces a module that fails at start-up.
const wasmOpt = 'node_modules/.bin/wasm-opt';
if (profile === 'release' && !existsSync(wasmOpt)) throw new Error(`split: ${wasmOpt} is missing (run make setup)`);
// A tool's messages are shown only when it fails (wasm-opt warns about every split module's
// name section, which it does not read).
const run = (cmd, args) => {
  try {
    execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    process.stderr.write(e.stderr ?? '');
    throw new Error(`split: ${cmd} failed`);
  }
};
const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);
// A chunk smaller than this (brotli) goes into the pack; larger ones stay files of their own, so
// a page that does not need them does not wait for them.
const PACK_BELOW = 4096;
// Fetches the pack once (again after a failure) and gives a chunk of it as a wasm response.
const packLoader = (pack) => `
// tools/split.mjs: the small chunks come in one file, fetched once.
let __wasm_pack_bytes;
function __wasm_pack(offset, length) {
    if (__wasm_pack_bytes === undefined) {
        const bytes = fetch(new URL("./${pack}", import.meta.url)).then((r) => {
            if (!r.ok) throw new Error(\`\${r.url}: \${r.status}\`);
            return r.arrayBuffer();
        });
        bytes.catch(() => { if (__wasm_pack_bytes === bytes) __wasm_pack_bytes = undefined; });
        __wasm_pack_bytes = bytes;
    }
    return __wasm_pack_bytes.then((b) => new Response(b.slice(offset, offset + length), { headers: { "content-type": "application/wasm" } }));
}
`;
const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;

// Trunk's hashed names for the main glue and module.
const mainJs = readdirSync(dir).find((f) => new RegExp(`^${NAME}-[0-9a-f]+\\.js$`).test(f));
if (!mainJs) throw new Error(`split: no ${NAME}-<hash>.js in ${dir}`);
const mainWasm = mainJs.replace(/\.js$/, '_bg.wasm');

const tmp = mkdtempSync(join(tmpdir(), 'b2c-split-'));
try {
  run(tool('wasm-split-cli'), [input, tmp, '--out-name', NAME, '--target', 'web']);
  run(tool('wasm-bindgen'), ['--keep-lld-exports', '--target', 'web', '--no-typescript', '--out-dir', tmp, join(tmp, `${NAME}.wasm`)]);
  const modules = readdirSync(tmp).filter((f) => f.endsWith('.wasm') && f !== `${NAME}.wasm`);
  if (profile === 'release') {
    const features = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types', 'multivalue'];
    for (const f of modules) {
      const p = join(tmp, f);
      // B2C_WASM_NAMES=1 keeps the functions' names, for a profile that shows them.
      const names = process.env.B2C_WASM_NAMES === '1' ? ['-g'] : [];
      run(wasmOpt, ['-Oz', ...names, ...features.map((x) => `--enable-${x}`), p, '-o', p]);
    }
  }
  // The split modules and their loader, renamed by content.
  let loader = readFileSync(join(tmp, '__wasm_split.js'), 'utf8').replace(`"./${NAME}.js"`, `"./${mainJs}"`);
  const parts = modules.filter((f) => f !== `${NAME}_bg.wasm`);
  const packed = [];
  for (const f of parts) {
    const data = readFileSync(join(tmp, f));
    if (f.startsWith('chunk_') && brotliCompressSync(data).length < PACK_BELOW) {
      packed.push([f, data]);
      continue;
    }
    const named = `${NAME}-${f.replace(/\.wasm$/, '').replace(/_[0-9]{6,}$/, '').replace(/_/g, '-')}-${hash(data)}.wasm`;
    if (!loader.includes(`"./${f}"`)) throw new Error(`split: the loader does not name ${f}`);
    loader = loader.replace(`"./${f}"`, `"./${named}"`);
    writeFileSync(join(dir, named), data);
  }
  if (packed.length > 0) {
    const pack = Buffer.concat(packed.map(([, data]) => data));
    const packName = `${NAME}-chunks-${hash(pack)}.bin`;
    let offset = 0;
    for (const [f, data] of packed) {
      const call = `fetch(new URL("./${f}", import.meta.url))`;
      if (!loader.includes(call)) throw new Error(`split: the loader does not fetch ${f} as expected`);
      loader = loader.replace(call, `__wasm_pack(${offset}, ${data.length})`);
      offset += data.length;
    }
    if (!/^import [^\n]*\n/.test(loader)) throw new Error('split: the loader does not start with its import');
    loader = loader.replace(/^(import [^\n]*\n)/, (line) => line + packLoader(packName));
    writeFileSync(join(dir, packName), pack);
  }
  const loaderName = `${NAME}-split-${hash(loader)}.js`;
  writeFileSync(join(dir, loaderName), loader);
  // Only the glue's `import … from` lines: the wasm's own import names stay as they are.
  const glue = readFileSync(join(tmp, `${NAME}.js`), 'utf8').replaceAll('from "./__wasm_split.js"', `from "./${loaderName}"`);
  const wasm = readFileSync(join(tmp, `${NAME}_bg.wasm`));
  writeFileSync(join(dir, mainJs), glue);
  writeFileSync(join(dir, mainWasm), wasm);

  // Integrity attributes of the preload links Trunk wrote for the main glue and module.
  const indexPath = join(dir, 'index.html');
  let html = readFileSync(indexPath, 'utf8');
  for (const [file, data] of [[mainJs, glue], [mainWasm, wasm]]) {
    const re = new RegExp(`(href="\\./${file.replace(/[.]/g, '\\.')}"[^>]*?integrity=")[^"]*`);
    if (re.test(html)) html = html.replace(re, `$1${sri(data)}`);
  }
  writeFileSync(indexPath, html);
  const size = (n) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(`split: main module ${size(wasm.length)}, ${parts.length} lazily loaded module(s) ${size(parts.reduce((a, f) => a + readFileSync(join(tmp, f)).length, 0))}, ${packed.length} of them in one pack`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
