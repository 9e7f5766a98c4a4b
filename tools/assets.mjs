// Builds the static assets the app ships (build/style.css, hashed by Trunk; build/assets/, copied
// to dist/assets/):
//  - style.css: the subset of Det Fælles Designsystem in style/dkfds.scss, compiled with sass
//    (build/dkfds.css), followed by style/app.css, kiosk.css and print.css, without the rules no
//    view can use, minified;
//  - fonts.css: style/fonts.css as it is, added by the app once the first page has settled;
//  - the SVG icons that CSS actually references, and nothing else;
//  - the IBM Plex Sans Latin-1 woff2 subsets named in style/fonts.css;
//  - echarts.js: a custom ECharts build (tools/echarts-entry.js), loaded only on chart pages.
// Idempotent: skips work whose inputs have not changed since the last run.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, existsSync, statSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as sass from 'sass';
import { buildSync, transformSync } from 'esbuild';
import { PurgeCSS } from 'purgecss';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dkfds = join(root, 'node_modules', 'dkfds', 'dist');
const out = join(root, 'build', 'assets');
mkdirSync(join(out, 'icons'), { recursive: true });
mkdirSync(join(out, 'fonts'), { recursive: true });

function newer(target, ...sources) {
  if (!existsSync(target)) return true;
  const t = statSync(target).mtimeMs;
  return sources.some((s) => statSync(s).mtimeMs > t);
}

// 1. The design system's CSS.
const scss = join(root, 'style', 'dkfds.scss');
const css = join(root, 'build', 'dkfds.css');
if (newer(css, scss, join(dkfds, 'scss', 'dkfds.scss'))) {
  const result = sass.compile(scss, {
    loadPaths: [join(dkfds, 'scss')],
    style: 'compressed',
    quietDeps: true,
    silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'mixed-decls', 'slash-div'],
  });
  writeFileSync(css, result.css);
  console.log(`assets: dkfds.css ${(result.css.length / 1024).toFixed(1)} KiB`);
}

// 1b. One stylesheet for the page: the design system, then the app's own files in cascade order.
// Separate files would each take one of the browser's six connections to the host over HTTP/1.1,
// and the wasm (requested after them) would wait for a free one.
// Only the rules the app can use are kept (PurgeCSS): a rule stays when every class, element and
// attribute in its selector appears as a word in the views' source (src/**/*.rs, index.html),
// where every class is written out in full. The design system's modules bring many rules the
// app never uses (the grid's columns for every breakpoint, accordions, header variants): about
// half the stylesheet, which every start would download and parse.
const sheets = [css, ...['app.css', 'kiosk.css', 'print.css'].map((f) => join(root, 'style', f))];
const views = [...readdirSync(join(root, 'src'), { recursive: true })].filter((f) => f.endsWith('.rs')).map((f) => join(root, 'src', f));
const bundle = join(root, 'build', 'style.css');
if (newer(bundle, ...sheets, ...views, join(root, 'index.html'), fileURLToPath(import.meta.url))) {
  const joined = sheets.map((f) => readFileSync(f, 'utf8').trim()).join('\n');
  const [purged] = await new PurgeCSS().purge({
    content: [...views, join(root, 'index.html')],
    css: [{ raw: joined }],
    defaultExtractor: (text) => text.match(/[A-Za-z0-9_-]+/g) ?? [],
    keyframes: true,
  });
  // Minified (esbuild: whitespace, comments, shorter values; the rules and their order stay): the
  // stylesheet holds up every first paint, and app.css's comments are for its readers only
  // (8.6 instead of 10.6 KiB brotli on 2026-12-05).
  const minified = transformSync(purged.css, { loader: 'css', minify: true, logLevel: 'error' }).code;
  writeFileSync(bundle, minified);
  console.log(`assets: style.css ${(minified.length / 1024).toFixed(1)} KiB (${(joined.length / 1024).toFixed(1)} KiB before unused rules were left out and it was minified)`);
}

// 2. Only the icons the stylesheet (as shipped) references.
const used = new Set([...readFileSync(bundle, 'utf8').matchAll(/assets\/icons\/([a-z0-9-]+\.svg)/g)].map((m) => m[1]));
for (const icon of used) {
  copyFileSync(join(dkfds, 'img', 'svg-icons', icon), join(out, 'icons', icon));
}

// 3. The fonts' stylesheet, and only the font files it names.
const fontsCss = readFileSync(join(root, 'style', 'fonts.css'), 'utf8');
writeFileSync(join(out, 'fonts.css'), fontsCss);
const fonts = [...fontsCss.matchAll(/url\("fonts\/([A-Za-z0-9-]+\.woff2)"\)/g)].map((m) => m[1]);
if (fonts.length === 0) throw new Error('assets: style/fonts.css names no font file (url("fonts/….woff2"))');
const split = join(dkfds, 'fonts', 'IBMPlexSans', 'split', 'woff2');
for (const f of new Set(fonts)) {
  const target = join(out, 'fonts', f);
  if (newer(target, join(split, f))) copyFileSync(join(split, f), target);
}
copyFileSync(join(dkfds, 'fonts', 'IBMPlexSans', 'split', 'woff2', 'license.txt'), join(out, 'fonts', 'OFL-IBM-Plex.txt'));

// 4. ECharts, only the parts the app uses, as one script that sets window.echarts.
const echartsOut = join(out, 'echarts.js');
if (newer(echartsOut, join(root, 'tools', 'echarts-entry.js'), join(root, 'node_modules', 'echarts', 'package.json'))) {
  buildSync({
    entryPoints: [join(root, 'tools', 'echarts-entry.js')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
    outfile: echartsOut,
  });
  copyFileSync(join(root, 'node_modules', 'echarts', 'LICENSE'), join(out, 'ECHARTS-LICENSE.txt'));
  console.log(`assets: echarts.js ${(statSync(echartsOut).size / 1024).toFixed(1)} KiB`);
}

// Remove leftovers from earlier builds (e.g. an icon no longer referenced).
for (const f of readdirSync(join(out, 'icons'))) {
  if (!used.has(f)) {
    const { rmSync } = await import('node:fs');
    rmSync(join(out, 'icons', f));
  }
}
