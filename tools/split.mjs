// Splits the app's wasm per route (imported first by tools/postbuild.mjs, Trunk's post_build
// hook, in debug and release builds).
//
// Functions marked `split_point!` in Rust (src/lazy.rs: the dossier's parts, the import page,
// the comparison, the running kiosk, the readers of stored dossiers and imported files in
// src/readers.rs, their writer in src/writer.rs) are moved into their own wasm files, fetched
// the first time one of them is shown; the front page starts from the main module (and the reader of stored dossiers, when
// there are any), a running kiosk from those and its own module. Trunk has no step between
// `cargo build` and wasm-bindgen, so this hook redoes that stretch on the wasm cargo linked:
//   1. wasm-split-cli (crate wasm_split_cli_support, the tool `cargo leptos --split` uses) cuts
//      the module at the split points (needs `--emit-relocs`, see .cargo/config.toml), after
//      the exports of code the app never calls are taken out (UNUSED_EXPORTS);
//   2. wasm-bindgen (same pinned version as Trunk's) makes the JS glue for the main module,
//      keeping the table and memory the split modules link against;
//   3. release builds: wasm-opt -Oz on every module (Trunk's own pass is off in index.html);
//   4. the shared chunks under PACK_BELOW bytes of brotli go into one file, the pack, which the
//      loader fetches once and instantiates them from: wasm-split makes a chunk per set of split
//      points sharing code, so one page needed up to 55 files, most of a few hundred bytes. On
//      the Lighthouse mobile profile (150 ms a request, six connections over HTTP/1.1) a request
//      costs the time of about 5 KB, so nine requests in ten became one (BENCHMARKS.md).
//      The module that reads stored dossiers at start (`stored`) and every chunk it needs are a
//      second pack, the start pack; the running kiosk's own module (`kiosk`) is a third, the
//      kiosk pack; the chunks the kiosk shares with pages (not with `stored`) are a fourth, the
//      shared pack; the writer of dossiers (`writer`) and the chunks it needs besides the start
//      pack's are a fifth, the writer pack, fetched after the first paint;
//   5. the files replace Trunk's main JS and wasm under Trunk's hashed names; the split modules,
//      the packs and the loader get names with a hash of their contents (a new build never meets
//      an old module in a cache); the integrity attributes in index.html are recomputed;
//   6. index.html gets an inline script (postbuild.mjs puts its hash in the CSP), run as the
//      page is parsed: when a dossier is stored, it fetches and compiles the start pack, and when
//      a kiosk runs, the kiosk and shared packs, which then arrive alongside the main module
//      instead of after it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { brotliCompressSync } from 'node:zlib';
import { transformSync } from 'esbuild';
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
// Compiles the chunks of a pack's bytes `b` at `entries` ([offset, length] pairs): a Map from
// offset to a promise of the module. Old-style JavaScript, as it also goes into index.html's
// inline script (startScript).
const COMPILE =
  'function(b,entries){return new Map(entries.map(function(e){' +
  'var m=WebAssembly.compile(b.slice(e[0],e[0]+e[1]));m.catch(function(){});return[e[0],m]}))}';
// Fetches a pack once (again after a failure) and compiles every chunk in it at once (`index`:
// each pack's [offset, length] pairs); a chunk is then instantiated from its compiled module. The
// start and kiosk packs may already be on their way: index.html's inline script (startScript)
// fetches and compiles them alongside the main module when this browser has dossiers or runs a
// kiosk, and leaves them in the globals `early` names per pack.
const packLoader = (packs, index, early) => `
// tools/split.mjs: the small chunks come in ${packs.length === 1 ? 'one file' : `${packs.length} files`}, each fetched once.
const __wasm_packs = ${JSON.stringify(packs)};
const __wasm_pack_index = ${JSON.stringify(index)};
const __wasm_pack_modules = [];
const __wasm_pack_compile = ${COMPILE};
const __wasm_pack_early = ${JSON.stringify(early)};
function __wasm_pack_fetch(pack) {
    if (__wasm_pack_modules[pack] === undefined) {
        const early = __wasm_pack_early[pack];
        let modules = early ? globalThis[early] : undefined;
        if (modules !== undefined) globalThis[early] = undefined;
        else modules = fetch(new URL("./" + __wasm_packs[pack], import.meta.url)).then((r) => {
            if (!r.ok) throw new Error(\`\${r.url}: \${r.status}\`);
            return r.arrayBuffer();
        }).then((b) => __wasm_pack_compile(b, __wasm_pack_index[pack]));
        modules.catch(() => { if (__wasm_pack_modules[pack] === modules) __wasm_pack_modules[pack] = undefined; });
        __wasm_pack_modules[pack] = modules;
    }
    return __wasm_pack_modules[pack];
}
function __wasm_pack(pack, offset) {
    return __wasm_pack_fetch(pack).then((modules) => modules.get(offset));
}
`;
// The split module that reads stored dossiers at start: it and the chunks it needs are a pack of
// their own (the start pack), which index.html fetches and compiles alongside the main module
// when this browser has dossiers: one request, and a start does not wait for the small chunks
// of every page.
const START = 'stored';
// True when this browser has a stored dossier (persistence.rs's key names).
const HAS_DOSSIERS = 'Object.keys(localStorage).some(function(k){return k.indexOf("b2c-kompas:dossier:")===0})';
// Where the inline script leaves the start pack's compiled modules (a promise of a Map from
// offset to a promise of a module) for the loader to take.
const START_GLOBAL = '__b2cStartPack';
// The writer of dossiers (src/writer.rs): the writer pack, with every chunk it needs that is not
// in the start pack; fetched by the loader just after the first paint.
const WRITER = 'writer';
// The split module of the running kiosk (src/app.rs): the kiosk pack, fetched alongside the start
// pack when a kiosk runs (a kiosk always has a stored dossier), with the shared pack: the chunks
// the kiosk needs besides the start pack's, which it shares with pages. A page that needs one
// fetches the shared pack, not the kiosk's own module; a front page with dossiers needs neither.
const KIOSK = 'kiosk';
// True when a kiosk runs in this browser (persistence.rs's key name).
const HAS_KIOSK = 'localStorage.getItem("b2c-kompas:kiosk")!==null';
const KIOSK_GLOBAL = '__b2cKioskPack';
const SHARED_GLOBAL = '__b2cSharedPack';
// The files one split module's loader fetches: its own and those of the chunks it needs (each
// pack once; `packs` names them).
function filesOf(loader, load, packs) {
  const esc = (x) => x.replace(/[$]/g, '\\$');
  const src = '\\s*const src = (?:fetch\\(new URL\\("\\./([^"]+)"|__wasm_pack\\(([0-9]+),)';
  const own = loader.match(new RegExp(`${esc(load)} = wrapAsyncCb\\(makeLoad\\(\\(\\) => \\{${src}[\\s\\S]*?\\n, \\[([^\\]]*)\\]\\)\\);`));
  if (!own) throw new Error(`split: the loader has no ${load}`);
  const files = [own[1] ?? packs[Number(own[2])]];
  for (const chunk of own[3].split(',').map((c) => c.trim()).filter(Boolean)) {
    const dep = loader.match(new RegExp(`const ${esc(chunk)} = makeLoad\\(\\(\\) => \\{${src}`));
    if (!dep) throw new Error(`split: the loader does not fetch ${chunk} as expected`);
    const file = dep[1] ?? packs[Number(dep[2])];
    if (!files.includes(file)) files.push(file);
  }
  return files;
}
// The fonts' stylesheet at once when the service worker serves the page: the fonts then come
// from the offline copy and take nothing from the page's own files. On a first visit the app adds
// it once the first page has settled (src/browser.rs, `Busy`, and style/fonts.css).
const FONTS_FROM_OFFLINE_COPY =
  'var c=navigator.serviceWorker;if(c&&c.controller){var l=document.createElement("link");' +
  'l.rel="stylesheet";l.href="assets/fonts.css";document.head.appendChild(l)}';
// An inline script (its hash goes into the CSP; a classic script, run as soon as it is parsed):
// when a dossier is stored, fetch the start pack and compile its modules, and when a kiosk runs,
// the kiosk pack, so they overlap the main module's download and compiling; and the fonts, when
// the page comes from the offline copy (FONTS_FROM_OFFLINE_COPY). A failure is left for the
// loader to retry and report. `early`: [condition, global, pack file, entries].
const startScript = (early) =>
  `try{var f=function(u,e){var p=fetch(u).then(function(r){` +
  `if(!r.ok)throw new Error(r.url+": "+r.status);return r.arrayBuffer()}).then(function(b){` +
  `return(${COMPILE})(b,e)});p.catch(function(){});return p};` +
  early.map(([when, global, pack, entries]) => `if(${when})self.${global}=f(${JSON.stringify(`./${pack}`)},${JSON.stringify(entries)});`).join('') +
  `${FONTS_FROM_OFFLINE_COPY}}catch(e){}`;
// Release builds: the JS glue and the loader minified (esbuild: whitespace, comments and local
// names; exports, property names and import paths stay). They are on every start's way: 13 KiB
// brotli as wasm-bindgen writes them, about 10 KiB minified.
const minified = (code) =>
  profile === 'release' ? transformSync(code, { minify: true, format: 'esm', target: 'es2022', logLevel: 'error' }).code : code;
const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;

// Trunk's hashed names for the main glue and module.
const mainJs = readdirSync(dir).find((f) => new RegExp(`^${NAME}-[0-9a-f]+\\.js$`).test(f));
if (!mainJs) throw new Error(`split: no ${NAME}-<hash>.js in ${dir}`);
const mainWasm = mainJs.replace(/\.js$/, '_bg.wasm');

// Leptos always links server_fn's browser streams (wasm-streams). wasm-bindgen exports their JS
// classes (IntoUnderlyingSource, …Sink, …ByteSource) and so keeps their code, with the futures
// and vtables it reaches, in the main module, though only a server function's client creates
// them, and this app has none. Their exports are taken out of the linked module before it is
// split, so that wasm-split (which follows the relocations) leaves that code out. The JS classes
// wasm-bindgen still writes are never constructed.
const UNUSED_EXPORTS = /intounderlying(bytesource|sink|source)_/;

/** The module with the exports whose names match `pattern` left out (nothing else changes: the
 * relocations and the linking section refer to functions, not to the export section). */
function withoutExports(wasm, pattern) {
  let p = 8;
  const leb = () => {
    let r = 0;
    for (let shift = 0; ; shift += 7) {
      const x = wasm[p++];
      r += (x & 0x7f) * 2 ** shift;
      if (!(x & 0x80)) return r;
    }
  };
  const uleb = (n) => {
    const out = [];
    do {
      const x = n % 128;
      n = Math.floor(n / 128);
      out.push(n ? x | 0x80 : x);
    } while (n);
    return Buffer.from(out);
  };
  const parts = [wasm.subarray(0, 8)];
  let removed = 0;
  while (p < wasm.length) {
    const sectionStart = p;
    const id = wasm[p++];
    const size = leb();
    const end = p + size;
    if (id === 7) {
      const kept = [];
      for (let n = leb(); n > 0; n--) {
        const entry = p;
        const nameLength = leb();
        p += nameLength; // the name
        p++; // the kind
        leb(); // the index
        if (pattern.test(wasm.subarray(entry, p).toString('latin1'))) removed++;
        else kept.push(wasm.subarray(entry, p));
      }
      const body = Buffer.concat([uleb(kept.length), ...kept]);
      parts.push(Buffer.from([7]), uleb(body.length), body);
    } else {
      parts.push(wasm.subarray(sectionStart, end));
    }
    p = end;
  }
  if (removed === 0) throw new Error(`split: no export matches ${pattern} (has Leptos dropped wasm-streams?)`);
  return Buffer.concat(parts);
}

const tmp = mkdtempSync(join(tmpdir(), 'b2c-split-'));
try {
  const linked = join(tmp, 'linked.wasm');
  writeFileSync(linked, withoutExports(readFileSync(input), UNUSED_EXPORTS));
  run(tool('wasm-split-cli'), [linked, tmp, '--out-name', NAME, '--target', 'web']);
  rmSync(linked);
  run(tool('wasm-bindgen'), ['--keep-lld-exports', '--target', 'web', '--no-typescript', '--out-dir', tmp, join(tmp, `${NAME}.wasm`)]);
  const modules = readdirSync(tmp).filter((f) => f.endsWith('.wasm') && f !== `${NAME}.wasm`);
  if (profile === 'release') {
    const features = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types', 'multivalue'];
    for (const f of modules) {
      const p = join(tmp, f);
      // B2C_WASM_NAMES=1 keeps the functions' names, for a profile that shows them.
      const names = process.env.B2C_WASM_NAMES === '1' ? ['-g'] : [];
      // The `producers` and `target_features` sections (289 bytes in the main module, as many in
      // every split module) are for tools, which are done with them here; no browser reads them.
      const strip = ['--strip-producers', '--strip-target-features'];
      run(wasmOpt, ['-Oz', ...strip, ...names, ...features.map((x) => `--enable-${x}`), p, '-o', p]);
    }
  }
  // The split modules and their loader, renamed by content.
  let loader = readFileSync(join(tmp, '__wasm_split.js'), 'utf8').replace(`"./${NAME}.js"`, `"./${mainJs}"`);
  const parts = modules.filter((f) => f !== `${NAME}_bg.wasm`);
  // The start module and every chunk it needs (as wasm-split named them) go into the start
  // pack, whatever their size: one request at start. The kiosk pack holds the kiosk module
  // alone; the chunks it needs besides are the shared pack (whatever their size: one request),
  // as pages share them (a page that needs one would otherwise fetch the kiosk's code too), and
  // the front page with dossiers does not wait for them. The few the writer needs too go into
  // the start pack, so that the writer needs only the start and writer packs.
  // The writer of dossiers (src/writer.rs) and the chunks it needs that are not in the start pack
  // are a further pack, the writer pack, fetched once the first page is painted: the front page
  // and the kiosk do not wait for it (a dossier's pages share some of its chunks, and do).
  const [kioskOwn, ...kioskChunks] = filesOf(loader, `__wasm_split_load_${KIOSK}`, []);
  const writerNeeds = filesOf(loader, `__wasm_split_load_${WRITER}`, []);
  const startFiles = new Set([...filesOf(loader, `__wasm_split_load_${START}`, []), ...kioskChunks.filter((f) => writerNeeds.includes(f))]);
  const kioskFiles = new Set([kioskOwn]);
  const sharedFiles = new Set(kioskChunks.filter((f) => !startFiles.has(f)));
  const writerFiles = new Set(writerNeeds.filter((f) => !startFiles.has(f)));
  const packed = [[], [], [], [], []]; // [start pack, kiosk pack, shared pack, pack, writer pack]
  for (const f of parts) {
    const data = readFileSync(join(tmp, f));
    const into = startFiles.has(f)
      ? 0
      : kioskFiles.has(f)
        ? 1
        : sharedFiles.has(f)
          ? 2
          : writerFiles.has(f)
            ? 4
            : f.startsWith('chunk_') && brotliCompressSync(data).length < PACK_BELOW
              ? 3
              : -1;
    if (into >= 0) {
      packed[into].push([f, data]);
      continue;
    }
    const named = `${NAME}-${f.replace(/\.wasm$/, '').replace(/_[0-9]{6,}$/, '').replace(/_/g, '-')}-${hash(data)}.wasm`;
    if (!loader.includes(`"./${f}"`)) throw new Error(`split: the loader does not name ${f}`);
    loader = loader.replace(`"./${f}"`, `"./${named}"`);
    writeFileSync(join(dir, named), data);
  }
  const packs = [];
  const index = [];
  const early = [];
  for (const [kind, chunks, global] of [
    ['start', packed[0], START_GLOBAL],
    ['kiosk', packed[1], KIOSK_GLOBAL],
    ['shared', packed[2], SHARED_GLOBAL],
    ['chunks', packed[3], null],
    ['writer', packed[4], null],
  ]) {
    if (chunks.length === 0) continue;
    early.push(global);
    const pack = Buffer.concat(chunks.map(([, data]) => data));
    const packName = `${NAME}-${kind}-${hash(pack)}.bin`;
    const entries = [];
    let offset = 0;
    for (const [f, data] of chunks) {
      // A packed module is instantiated from the module compiled when its pack arrived.
      const block = `const src = fetch(new URL("./${f}", import.meta.url));\n    src.catch(() => {});\n    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));`;
      if (!loader.includes(block)) throw new Error(`split: the loader does not fetch ${f} as expected`);
      loader = loader.replace(block, `const src = __wasm_pack(${packs.length}, ${offset});\n    src.catch(() => {});\n    return async (imports) => (WebAssembly.instantiate(await src, imports));`);
      entries.push([offset, data.length]);
      offset += data.length;
    }
    packs.push(packName);
    index.push(entries);
    writeFileSync(join(dir, packName), pack);
  }
  if (packs.length > 0) {
    if (!/^import [^\n]*\n/.test(loader)) throw new Error('split: the loader does not start with its import');
    loader = loader.replace(/^(import [^\n]*\n)/, (line) => line + packLoader(packs, index, early));
  }
  // The loader as written is minified; `loader` stays as wasm-bindgen wrote it, for the checks below.
  const loaderOut = minified(loader);
  const loaderName = `${NAME}-split-${hash(loaderOut)}.js`;
  writeFileSync(join(dir, loaderName), loaderOut);
  // Only the glue's `import … from` lines: the wasm's own import names stay as they are.
  const glue = minified(readFileSync(join(tmp, `${NAME}.js`), 'utf8').replaceAll('from "./__wasm_split.js"', `from "./${loaderName}"`));
  const wasm = readFileSync(join(tmp, `${NAME}_bg.wasm`));
  writeFileSync(join(dir, mainJs), glue);
  writeFileSync(join(dir, mainWasm), wasm);

  // Integrity attributes of the preload links Trunk wrote for the main glue and module. The
  // glue's (a module preload) is checked by the browser and is recomputed. The module's is left
  // out: a preload `as="fetch"` cannot carry one (Chromium ignores it and says so in the console
  // on every start), and the glue's own fetch of the module has none either.
  const indexPath = join(dir, 'index.html');
  let html = readFileSync(indexPath, 'utf8');
  const attr = (file) => new RegExp(`(href="\\./${file.replace(/[.]/g, '\\.')}"[^>]*?) integrity="[^"]*"`);
  if (attr(mainJs).test(html)) html = html.replace(attr(mainJs), `$1 integrity="${sri(glue)}"`);
  html = html.replace(attr(mainWasm), '$1');
  // Stored dossiers are read at start by the START module, all of it in the start pack: when this
  // browser has any, the inline script fetches and compiles it alongside the main module; a
  // running kiosk needs the KIOSK module besides, all of it in the start, kiosk and shared packs.
  html = html.replace(/\s*<script data-start-pack>[\s\S]*?<\/script>/g, '');
  const inStart = filesOf(loader, `__wasm_split_load_${START}`, packs);
  if (packed[0].length === 0 || inStart.length !== 1 || inStart[0] !== packs[0]) throw new Error(`split: ${START} is not all in the start pack`);
  const inWriter = filesOf(loader, `__wasm_split_load_${WRITER}`, packs);
  const writerPack = packs.findIndex((p) => p.includes('-writer-'));
  if (writerPack < 0 || inWriter.some((f) => f !== packs[0] && f !== packs[writerPack])) throw new Error(`split: ${WRITER} is not all in the start and writer packs`);
  const kioskPack = early.indexOf(KIOSK_GLOBAL);
  const sharedPack = early.indexOf(SHARED_GLOBAL);
  const inKiosk = filesOf(loader, `__wasm_split_load_${KIOSK}`, packs);
  if (kioskPack < 0 || inKiosk.some((f) => f !== packs[0] && f !== packs[kioskPack] && f !== packs[sharedPack]))
    throw new Error(`split: ${KIOSK} is not all in the start, kiosk and shared packs`);
  const startTag = `<script data-start-pack>${startScript([
    [HAS_DOSSIERS, START_GLOBAL, packs[0], index[0]],
    [HAS_KIOSK, KIOSK_GLOBAL, packs[kioskPack], index[kioskPack]],
    ...(sharedPack < 0 ? [] : [[HAS_KIOSK, SHARED_GLOBAL, packs[sharedPack], index[sharedPack]]]),
  ])}</script>`;
  // Before the stylesheet: a classic script after it would wait for it.
  if (!html.includes('</title>')) throw new Error('split: index.html has no </title>');
  html = html.replace('</title>', `</title>\n    ${startTag}`);
  writeFileSync(indexPath, html);
  const size = (n) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(`split: main module ${size(wasm.length)}, ${parts.length} lazily loaded module(s) ${size(parts.reduce((a, f) => a + readFileSync(join(tmp, f)).length, 0))}, ${packed.flat().length} of them in ${packs.length} pack(s)`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
