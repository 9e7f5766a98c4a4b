// `make bench`: prints the release build's sizes and times measured in headless Chromium.
// Figures only, never pass/fail: these machines are shared and noisy, so compare within a run.
import { chromium } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { spawn } from 'node:child_process';

// BENCH_DIST: another build to measure (to compare two builds in one session, run them in turn).
const DIST = process.env.BENCH_DIST ?? 'dist';
const PORT = 4180;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

function files(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function sizes(paths) {
  const raw = paths.reduce((a, p) => a + statSync(p).size, 0);
  const data = paths.map((p) => readFileSync(p));
  const gz = data.reduce((a, d) => a + gzipSync(d, { level: 9 }).length, 0);
  // The .gz files the build ships (Zopfli, tools/postbuild.mjs), for what a gzip-only host serves.
  const served = paths.reduce((a, p, i) => a + (existsSync(`${p}.gz`) ? statSync(`${p}.gz`).size : gzipSync(data[i], { level: 9 }).length), 0);
  const br = data.reduce((a, d) => a + brotliCompressSync(d, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
  return { raw, gz, served, br };
}

const all = files(DIST).filter((p) => !p.endsWith('.gz') && !p.endsWith('.br'));
const groups = {
  // The split modules: .wasm files, and the small shared chunks in one pack (tools/split.mjs).
  'app wasm, all modules': all.filter((p) => extname(p) === '.wasm' || /-(chunks|start|kiosk|shared|writer)-[0-9a-f]+\.bin$/.test(p)),
  // What a first visit loads (the rest is fetched per page: tools/split.mjs).
  'app wasm, main module': all.filter((p) => /b2c-kompas-[0-9a-f]+_bg\.wasm$/.test(p)),
  // The reader of stored dossiers and what it needs, fetched alongside when there are any.
  'app wasm, start pack (a start with stored dossiers)': all.filter((p) => /-start-[0-9a-f]+\.bin$/.test(p)),
  // The running kiosk, fetched alongside the start pack when a kiosk runs.
  'app wasm, kiosk pack (a start while a kiosk runs)': all.filter((p) => /-kiosk-[0-9a-f]+\.bin$/.test(p)),
  // The chunks the kiosk shares with pages, fetched alongside the kiosk pack, and by a page that needs one.
  'app wasm, shared pack (a start while a kiosk runs; pages)': all.filter((p) => /-shared-[0-9a-f]+\.bin$/.test(p)),
  // The writer of dossiers and the chunks it needs besides the start pack's, fetched after the first paint.
  'app wasm, writer pack (fetched once the first page is painted)': all.filter((p) => /-writer-[0-9a-f]+\.bin$/.test(p)),
  'app wasm, page modules (fetched when a page is first opened)': all.filter((p) => (extname(p) === '.wasm' && !/_bg\.wasm$/.test(p)) || /-chunks-[0-9a-f]+\.bin$/.test(p)),
  'app JS glue (+ split loader)': all.filter((p) => /b2c-kompas-(split-)?[0-9a-f]+\.js$/.test(p)),
  CSS: all.filter((p) => extname(p) === '.css'),
  ECharts: all.filter((p) => /echarts.*\.js$/.test(p)),
  fonts: all.filter((p) => extname(p) === '.woff2'),
  'everything': all,
};

console.log('\n## Sizes of the release build (dist/)\n');
console.log('| part | raw | gzip (zlib -9) | gzip as shipped (Zopfli) | brotli |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, paths] of Object.entries(groups)) {
  if (paths.length === 0) continue;
  const s = sizes(paths);
  console.log(`| ${name} | ${kib(s.raw)} | ${kib(s.gz)} | ${kib(s.served)} | ${kib(s.br)} |`);
}

// A server for dist/ and Chromium with 4x CPU slowdown.
// The server stops with the bench, also when a measurement fails; a server left from an earlier
// run on the same port would answer instead (and measure another build), so that stops the bench.
const server = spawn('node', ['tools/serve.mjs', '--dir', DIST, '--port', String(PORT)], { stdio: 'ignore' });
let serverExit = null;
server.on('exit', (code) => (serverExit = code));
process.on('exit', () => server.kill());
await new Promise((r) => setTimeout(r, 700));
if (serverExit !== null) throw new Error(`bench: the server for ${DIST} did not start (port ${PORT} in use?)`);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Time from navigation start to the app's `app-ready` mark, in a fresh context each run. */
async function timeToReady(hash, { cpu = 4, setup } = {}) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (setup) await setup(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.goto(`http://127.0.0.1:${PORT}/${hash}`);
    await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
    times.push(await page.evaluate(() => performance.getEntriesByName('app-ready')[0].startTime));
    await context.close();
  }
  return times;
}

console.log(`\n## Timings in headless Chromium (median of ${RUNS} runs, local server, cold cache)\n`);
console.log('| measurement | median | min | max |');
console.log('| --- | ---: | ---: | ---: |');
const row = (name, xs, unit = 'ms', digits = 0) =>
  console.log(`| ${name} | ${median(xs).toFixed(digits)} ${unit} | ${Math.min(...xs).toFixed(digits)} ${unit} | ${Math.max(...xs).toFixed(digits)} ${unit} |`);
// The same with tenths, for figures under a few milliseconds.
const row1 = (name, xs) => row(name, xs, 'ms', 1);
row('front page interactive, 4x CPU slowdown', await timeToReady(''));
row('front page interactive, no slowdown', await timeToReady('', { cpu: 1 }));

// The Lighthouse mobile profile: Slow 4G (150 ms RTT, 1.6 Mbps down, 750 kbps up) and 4x CPU.
// Cold: a fresh context. Warm: the same context loaded again (HTTP cache and service worker).
async function slow4g(page, context) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}
// The Slow 4G link's download rate, bytes per millisecond.
const SLOW4G_BYTES_PER_MS = (1.6 * 1024 * 1024) / 8 / 1000;

// When the page counts as on screen: the frame that first draws its element (`selector`), that
// is, the element is looked for in every frame's animation callback, and the time is taken by a
// timeout started from the first callback that finds it, which runs once that frame is painted.
// Until 2026-12-03 the front page and the kiosk counted from the app's `app-ready` mark, the
// moment the views are in the DOM: their first frame (the first style pass and layout of a fresh
// page, at 4x CPU) came 150–300 ms after it, and the kiosk's screen, a module of its own, is
// drawn after the mark as well. The other moments are printed beside it: `ready` is the mark,
// `dom` when the element was first in the DOM (and `firstContentfulPaint` the browser's own).
async function onScreen(page, selector) {
  await page.waitForFunction(
    (sel) => {
      if (window.__paintedAt === undefined && window.__seenAt === undefined && document.querySelector(sel)) {
        window.__seenAt = performance.now();
        setTimeout(() => (window.__paintedAt = performance.now()));
      }
      return window.__paintedAt !== undefined;
    },
    selector,
    { timeout: 60_000, polling: 'raf' },
  );
  return page.evaluate(() => ({
    painted: window.__paintedAt,
    dom: window.__seenAt,
    ready: performance.getEntriesByName('app-ready')[0]?.startTime ?? NaN,
  }));
}

/** The browser's First Contentful Paint, reported once that frame is presented (NaN if none). */
async function firstContentfulPaint(page) {
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 5_000 }).catch(() => {});
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
}

async function mobileProfile(prepare, selector) {
  const cold = [];
  const warm = [];
  // The cold loads' other moments (see onScreen): in the DOM, the app's mark, First Contentful Paint.
  const dom = [];
  const ready = [];
  const fcp = [];
  // The bytes that crossed the link (as sent, compressed) until the page was on screen, cold.
  const bytes = [];
  let echarts = false;
  const n = Math.max(3, Math.ceil(RUNS / 2));
  for (let i = 0; i < n; i++) {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    page.on('request', (r) => {
      if (/echarts/.test(r.url()) && r.frame() === page.mainFrame()) echarts = true;
    });
    const url = await prepare(page);
    await page.goto('about:blank');
    const cdp = await slow4g(page, context);
    let sum = 0;
    let counting = true;
    cdp.on('Network.loadingFinished', (e) => {
      if (counting) sum += e.encodedDataLength;
    });
    await page.goto(url);
    const c = await onScreen(page, selector);
    cold.push(c.painted);
    dom.push(c.dom);
    ready.push(c.ready);
    counting = false;
    bytes.push(sum);
    fcp.push(await firstContentfulPaint(page));
    // Let the service worker finish caching, then load again.
    await page.evaluate(() => navigator.serviceWorker?.ready);
    await page.waitForTimeout(300);
    await page.goto('about:blank');
    await page.goto(url);
    warm.push((await onScreen(page, selector)).painted);
    await context.close();
  }
  return { cold, warm, dom, ready, fcp, bytes, echarts };
}

const base = `http://127.0.0.1:${PORT}/`;
// A static file of the app's origin: storage can be seeded there without starting the app (and
// its service worker), so the first load measured is really cold.
const seedUrl = `${base}favicon.svg`;

// Scoring in the browser: the wasm's own domain code through a bench-only export.
for (const cpu of [1, 4]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const xs = [];
  for (let i = 0; i < RUNS; i++) xs.push(await page.evaluate(() => window.wasmBindings.benchScore(100000, 10)));
  row(`score 100,000 × 10 answers in the browser (wasm), ${cpu}x CPU`, xs);
  // The exchange file in the browser: export a 2 MB dossier, then read, check and merge it.
  const exp = [];
  const imp = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const [b, e, m] = await page.evaluate(async () => Array.from(await window.wasmBindings.benchExchange(2000000)));
    if (Number.isNaN(e)) throw new Error('benchExchange: the import did not merge');
    bytes = b;
    exp.push(e);
    imp.push(m);
  }
  const mb = (bytes / 1e6).toFixed(1);
  row(`export a ${mb} MB dossier in the browser (wasm), ${cpu}x CPU`, exp);
  row(`import + validate + merge that file in the browser (wasm), ${cpu}x CPU`, imp);
  await context.close();
}

const front = await mobileProfile(async () => base, 'main h1');
// The moments before the paint, cold (what this row measured until 2026-12-03: the app's mark).
const moments = (name, r) => {
  row(`${name}, cold: the app's views in the DOM (its app-ready mark)`, r.ready);
  row(`${name}, cold: its element in the DOM`, r.dom);
  row(`${name}, cold: First Contentful Paint (the browser's own)`, r.fcp);
};
// What the link alone costs: the bytes a cold load needed before it was on screen, and the time
// they take at 1.6 Mbit/s with nothing else (no round trips, no work): a floor for the cold figure.
const floor = (name, r) => {
  row(`${name}, cold: bytes over the link until on screen`, r.bytes.map((b) => b / 1024), 'KiB');
  row(`${name}, cold: those bytes alone at 1.6 Mbit/s (a floor)`, r.bytes.map((b) => b / SLOW4G_BYTES_PER_MS));
};
// The rows of one start on the mobile profile: cold and warm, the moments before the paint, and
// the link's floor.
const startRows = (name, r) => {
  row(`${name} on screen (its first frame painted), Slow 4G + 4x CPU, cold`, r.cold);
  row(`${name} on screen, Slow 4G + 4x CPU, warm`, r.warm);
  moments(name, r);
  floor(name, r);
};
startRows('front page', front);
// The front page of a browser that has dossiers (three, small): the start pack is fetched
// alongside the main module and the stored dossiers are read before the page is drawn. Cold, as
// after the HTTP cache and the service worker's were cleared (new in this row on 2026-12-03).
const returning = await mobileProfile(async (page) => {
  await page.goto(seedUrl);
  await page.evaluate(() => {
    for (const title of ['Sommerfest', 'Lektiecafé', 'Styringsdialog']) {
      const id = crypto.randomUUID();
      const now = new Date().toISOString();
      const dossier = { id, type: 'b2c', titel: { tekst: title }, oprettet: now, aendret: now };
      localStorage.setItem(`b2c-kompas:dossier:${id}`, JSON.stringify({ lokal: { mig: 'boligorganisation' }, dokument: { format: 'b2c-kompas', formatVersion: 2, dossier } }));
    }
  });
  return base;
}, 'main h1');
startRows('front page with three stored dossiers', returning);
// The kiosk: started once (fast), then loaded on the mobile profile like a tablet in the fælleshus.
const kiosk = await mobileProfile(async (page) => {
  await page.goto(seedUrl);
  await page.evaluate(() => {
    const id = crypto.randomUUID();
    const round = crypto.randomUUID();
    const now = new Date().toISOString();
    const ind = 'b2c00000-0000-4000-8000-000000000001';
    const dossier = {
      id, type: 'b2c', titel: { tekst: 'Kiosk' }, oprettet: now, aendret: now,
      del3: { maalinger: [{ id: round, oprettet: now, navn: 'Baseline', udsagn: [{ id: crypto.randomUUID(), indikator: ind, da: 'Jeg føler mig hjemme her.' }] }] },
    };
    localStorage.setItem(`b2c-kompas:dossier:${id}`, JSON.stringify({ lokal: { mig: 'boligorganisation' }, dokument: { format: 'b2c-kompas', formatVersion: 2, dossier } }));
    localStorage.setItem('b2c-kompas:kiosk', JSON.stringify({ dossier: id, round, sprog: ['da'], salt: '00', pinHash: '00', inaktivSekunder: 60, startet: now.slice(0, 10) }));
  });
  return base;
}, '.kiosk h1');
startRows('kiosk', kiosk);
/** Stores a new, empty partnership titled `title` in `page`'s browser (without starting the app); its id. */
async function storeNewPartnership(page, title) {
  await page.goto(seedUrl);
  return page.evaluate((title) => {
    const id = crypto.randomUUID();
    const now = new Date().toISOString();
    const dossier = { id, type: 'b2c', titel: { tekst: title }, oprettet: now, aendret: now };
    localStorage.setItem(`b2c-kompas:dossier:${id}`, JSON.stringify({ lokal: { mig: 'boligorganisation' }, dokument: { format: 'b2c-kompas', formatVersion: 2, dossier } }));
    return id;
  }, title);
}
// The first chart: the partnership agreement's årshjul from a deep link (the app, then ECharts
// loaded on demand, then the chart drawn).
const chart = await mobileProfile(async (page) => {
  const id = await storeNewPartnership(page, 'Årshjul');
  return `${base}#/d/${id}/aftale`;
}, '.chart svg');
row('first chart (årshjul, deep link) drawn (the frame that paints it), Slow 4G + 4x CPU, cold', chart.cold);
row('first chart, cold: its SVG in the DOM (what this row measured until 2026-12-03)', chart.dom);
row('first chart drawn, Slow 4G + 4x CPU, warm', chart.warm);
floor('first chart', chart);
console.log(`\nECharts requested by the front page: ${front.echarts ? 'yes' : 'no'}; by the kiosk: ${kiosk.echarts ? 'yes' : 'no'}.`);
// A first visit's layout shift (the browser's Cumulative Layout Shift): a dossier's Del 1 from a
// deep link, cold on the mobile profile, until its fonts are in (they come after the page has
// settled, and the text moves if the face before them takes other room) and two frames more.
// Phone-sized (412 × 823, as Lighthouse's mobile profile) and desktop-sized (1280 × 900).
async function firstVisitShift(viewport) {
  const xs = [];
  for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const id = await storeNewPartnership(page, 'Hedemarken 2027');
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('about:blank');
    await slow4g(page, context);
    await page.goto(`${base}#/d/${id}/del1`);
    await page.waitForFunction(() => document.querySelector('link[href="assets/fonts.css"]')?.sheet, null, { timeout: 60_000 });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForFunction(() => [...document.fonts].some((f) => f.family.includes('IBM Plex Sans') && f.status === 'loaded'), null, { timeout: 60_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    xs.push(await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0)));
    await context.close();
  }
  return xs;
}
const cls = (name, xs) =>
  console.log(`| ${name} | ${median(xs).toFixed(3)} | ${Math.min(...xs).toFixed(3)} | ${Math.max(...xs).toFixed(3)} |`);
cls('layout shift of a first visit to Del 1 until its fonts are in (CLS), phone 412 × 823, Slow 4G + 4x CPU', await firstVisitShift({ width: 412, height: 823 }));
cls('layout shift of a first visit to Del 1 until its fonts are in (CLS), desktop 1280 × 900, Slow 4G + 4x CPU', await firstVisitShift({ width: 1280, height: 900 }));

/**
 * Collects Event Timing entries in the page: the longest duration per interaction (what INP
 * counts), rounded by the browser to 8 ms. Beside it, not rounded: `__handling`, the time the
 * interaction's events took to handle (their handlers and the browser's own work, such as the
 * edit a key makes), and `__app`, the time from an `input` event's first listener to its last
 * (the app's handler and the reactions it starts, which run in its microtasks).
 */
async function observeInteractions(page) {
  await page.evaluate(() => {
    // Once per document: a page reached by a link in the app keeps the observer and listeners.
    if (window.__interactions) return;
    window.__interactions = new Map();
    window.__handling = new Map();
    window.__app = [];
    let inputAt = 0;
    window.addEventListener('input', () => (inputAt = performance.now()), true);
    window.addEventListener('input', () => window.__app.push(performance.now() - inputAt));
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.interactionId) continue;
        window.__interactions.set(e.interactionId, Math.max(window.__interactions.get(e.interactionId) ?? 0, e.duration));
        window.__handling.set(e.interactionId, (window.__handling.get(e.interactionId) ?? 0) + e.processingEnd - e.processingStart);
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
}

/**
 * Choosing another entry in a `<select>` with the keyboard (arrow keys, as a keyboard user does)
 * where the choice redraws a chart: the keydown's time stamp until the frame after the new chart
 * is in the page, and the browser's Event Timing duration for that keydown (what INP counts).
 * `chart` is the chart's element; `caption` the figcaption that names the chosen entry.
 */
async function chooseAndRedraw(page, select, chart, caption, times, timing) {
  await observeInteractions(page);
  await page.locator(select).focus();
  for (let i = 0; i < Math.max(RUNS, 6); i++) {
    await page.evaluate(([select, chart, caption]) => {
      window.__interactions.clear();
      const before = document.querySelector(select).value;
      window.__choiceDone = new Promise((resolve) => {
        let t0 = null;
        let redrawn = false;
        addEventListener('keydown', (e) => { t0 = e.timeStamp; }, { capture: true, once: true });
        const seen = (records) => {
          const el = document.querySelector(chart);
          redrawn ||= records.some((r) => r.target !== el && el?.contains(r.target));
          const now = document.querySelector(select).value;
          if (t0 !== null && now !== before && document.querySelector(caption)?.textContent.startsWith(now) && redrawn) {
            mo.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
          }
        };
        const mo = new MutationObserver(seen);
        mo.observe(document.querySelector('main'), { childList: true, subtree: true, characterData: true, attributes: true });
      });
    }, [select, chart, caption]);
    await page.keyboard.press(i % 2 ? 'ArrowUp' : 'ArrowDown');
    times.push(await page.evaluate(() => window.__choiceDone));
    // Entries arrive after the paint; give the observer a moment.
    await page.waitForTimeout(100);
    timing.push(await page.evaluate(() => Math.max(0, ...window.__interactions.values())));
  }
}

// A housing organisation's dashboard (20 points over three years): choosing another point
// redraws its chart (4x CPU).
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(seedUrl);
  const id = await page.evaluate(() => {
    const id = crypto.randomUUID();
    const now = new Date().toISOString();
    const punkter = {};
    const ids = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'G1', 'G2', 'G3', 'G4', 'G5', 'G6'];
    ids.forEach((p, i) => {
      punkter[p] = { tal: [2023, 2024, 2025].map((aar, k) => ({ aar, vaerdi: 40 + ((i * 7 + k * 5) % 50), kilde: 'LBF' })), maal: 60 };
    });
    const dossier = { id, type: 'almenkompas', titel: { tekst: 'Overblik' }, oprettet: now, aendret: now,
      parter: { boligorganisation: { organisation: 'Boligselskabet' }, kommune: { organisation: 'Kommunen' } },
      almenkompas: { katalogVersion: 1, punkter } };
    localStorage.setItem(`b2c-kompas:dossier:${id}`, JSON.stringify({ lokal: { mig: 'boligorganisation' }, dokument: { format: 'b2c-kompas', formatVersion: 2, dossier } }));
    return id;
  });
  await page.goto('about:blank');
  await page.goto(`${base}#/d/${id}/overblik`);
  await page.locator('#point-chart svg').waitFor();
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times = [];
  const timing = [];
  await chooseAndRedraw(page, '#dash-point', '#point-chart', '.trend-figure:has(#point-chart) figcaption', times, timing);
  row('choose another point on a dashboard (keyboard): keydown to the frame after its chart is redrawn, 4x CPU', times);
  row('the same choice, Event Timing (INP: input to next paint)', timing);
  await context.close();
}

// Clicks and keys that change one item among many (4x CPU), as Event Timing (what INP counts):
// adding the agreement's seventh to twelfth activity (each a form of 18 controls, the wheel
// redrawn), and typing a figure on the AlmenKompas points page (20 points × 5 years).
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(seedUrl);
  const [b2c, almen] = await page.evaluate(() => {
    const now = new Date().toISOString();
    const put = (dossier) => localStorage.setItem(`b2c-kompas:dossier:${dossier.id}`, JSON.stringify({ lokal: { mig: 'boligorganisation' }, dokument: { format: 'b2c-kompas', formatVersion: 2, dossier } }));
    const b2c = { id: crypto.randomUUID(), type: 'b2c', titel: { tekst: 'Årshjul' }, oprettet: now, aendret: now };
    const punkter = {};
    ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'G1', 'G2', 'G3', 'G4', 'G5', 'G6'].forEach((p, i) => {
      punkter[p] = { tal: [2021, 2022, 2023, 2024, 2025].map((aar, k) => ({ aar, vaerdi: 40 + ((i * 7 + k * 5) % 50), kilde: 'LBF' })), maal: 60 };
    });
    const almen = { id: crypto.randomUUID(), type: 'almenkompas', titel: { tekst: 'Punkter' }, oprettet: now, aendret: now,
      parter: { boligorganisation: { organisation: 'Boligselskabet' }, kommune: { organisation: 'Kommunen' } }, almenkompas: { katalogVersion: 1, punkter } };
    put(b2c);
    put(almen);
    return [b2c.id, almen.id];
  });
  await page.goto('about:blank');
  await page.goto(`${base}#/d/${b2c}/aftale`);
  const add = page.getByRole('button', { name: 'Tilføj aktivitet til årshjulet' });
  for (let i = 0; i < 6; i++) await add.click();
  await page.locator('.chart svg').waitFor();
  await page.waitForTimeout(500);
  await observeInteractions(page);
  const cdp = await context.newCDPSession(page);
  // Event Timing durations of `act`; the unrounded parts of each (see observeInteractions) are
  // kept in `parts` for `printParts`.
  let parts = { handling: [], app: [] };
  const timed = async (act) => {
    const xs = [];
    parts = { handling: [], app: [] };
    for (let i = 0; i < Math.max(RUNS, 6); i++) {
      await page.evaluate(() => {
        window.__interactions.clear();
        window.__handling.clear();
        window.__app.length = 0;
      });
      await act(i);
      // Entries arrive after the paint; give the observer a moment.
      await page.waitForTimeout(250);
      const [d, h, a] = await page.evaluate(() => [
        Math.max(0, ...window.__interactions.values()),
        Math.max(0, ...window.__handling.values()),
        window.__app.reduce((x, y) => x + y, 0),
      ]);
      xs.push(d);
      // A key under 16 ms has no entry (the observer's floor): its handling is not known, and
      // its app part is left out too, so that both rows count the same keys.
      if (d > 0) {
        parts.handling.push(h);
        parts.app.push(a);
      }
    }
    return xs;
  };
  const printParts = (name) => {
    if (!parts.handling.length) return console.log(`| ${name}: no key of 16 ms or more, so no parts | – | – | – |`);
    row1(`${name}: its events' handling (the browser's and the app's), not rounded, keys of 16 ms or more`, parts.handling);
    row1(`${name}: of which the app's \`input\` handler and the reactions it starts`, parts.app);
  };
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  row('add the agreement\'s 7th–12th activity (a form each, the wheel redrawn), Event Timing, 4x CPU', await timed(() => add.click()));
  // Typing the twelfth activity's name: a field among twelve forms, the wheel redrawn after the paint.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.getByLabel('Aktivitet', { exact: true }).last().focus();
  await page.waitForTimeout(500);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  row('keystroke in the 12th activity\'s name (12 forms, the wheel redrawn), Event Timing, 4x CPU', await timed((i) => page.keyboard.press('abcdefghij'[i % 10])));
  printParts('the same keystroke');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.goto(`${base}#/d/${almen}/maalepunkter`);
  await page.locator('#point-E1 summary').click();
  await page.locator('#fig-E1-2023').focus();
  await page.waitForTimeout(500);
  await observeInteractions(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  row('keystroke in a figure on the points page (20 points × 5 years), Event Timing, 4x CPU', await timed((i) => page.keyboard.press(String(i % 10))));
  printParts('the same keystroke');
  // The browser's floor on that page: the same keys in a plain input beside the figure, which no
  // code of the app listens to (the editing, style, layout and paint of this page alone).
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.evaluate(() => {
    const plain = Object.assign(document.createElement('input'), { id: 'bench-plain', className: 'form-input' });
    plain.setAttribute('aria-label', 'bench');
    document.getElementById('fig-E1-2023').after(plain);
  });
  await page.locator('#bench-plain').focus();
  await page.waitForTimeout(500);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  row('the same keys in a plain input beside it (no listener of the app: the floor), Event Timing, 4x CPU', await timed((i) => page.keyboard.press(String(i % 10))));
  printParts('the same keys in the plain input');
  await context.close();
}

// Responsiveness in a dossier with 5,000 survey responses (4x CPU): a keystroke in Del 1 until
// the next frame is drawn, and a click in the navigation until the new page's heading is there.
{
  const seed = async (page) => {
    await page.goto(base);
    await page.evaluate(() => {
      const id = crypto.randomUUID();
      const now = new Date().toISOString();
      const ind = 'b2c00000-0000-4000-8000-000000000001';
      const svar = Array.from({ length: 5000 }, (_, i) => `${i.toString(16).padStart(16, '0')}|${'123450'.slice(i % 3, (i % 3) + 6)}|k2026-11-01`);
      const udsagn = Array.from({ length: 6 }, (_, k) => ({ id: crypto.randomUUID(), indikator: ind, da: `Udsagn ${k + 1}` }));
      const dossier = { id, type: 'b2c', titel: { tekst: 'Stor' }, oprettet: now, aendret: now, del3: { maalinger: [{ id: crypto.randomUUID(), oprettet: now, navn: 'Baseline', udsagn, svar }] } };
      localStorage.setItem(`b2c-kompas:dossier:${id}`, JSON.stringify({ lokal: { mig: 'boligorganisation' }, dokument: { format: 'b2c-kompas', formatVersion: 2, dossier } }));
      window.__id = id;
    });
    return page.evaluate(() => window.__id);
  };
  const context = await browser.newContext();
  const page = await context.newPage();
  const id = await seed(page);
  // A fresh document: a hash-only change would keep the app that started before the seed.
  await page.goto('about:blank');
  await page.goto(`${base}#/d/${id}/del1`);
  await page.waitForSelector('textarea');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const keys = [];
  for (let i = 0; i < 40; i++) {
    keys.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const el = document.querySelector('textarea');
            const t = performance.now();
            el.value += 'a';
            el.dispatchEvent(new Event('input', { bubbles: true }));
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t)));
          }),
      ),
    );
  }
  row('keystroke to next frame, dossier with 5,000 responses, 4x CPU', keys);
  // Clicks, measured three ways: from the driver (includes Playwright's round trips), from
  // inside the page (the click event's time stamp until the frame after the new heading is in
  // the DOM), and as the browser's own Event Timing (what INP counts: input to next paint).
  await observeInteractions(page);
  const clicks = [];
  const inPage = [];
  const eventTiming = [];
  for (let i = 0; i < Math.max(RUNS, 10); i++) {
    const target = i % 2 ? 'Del 1: Interne overvejelser' : 'Del 2: Fælles rammesætning';
    const heading = target.split(':')[1].trim();
    await page.evaluate((want) => {
      window.__interactions.clear();
      window.__clickDone = new Promise((resolve) => {
        let t0 = null;
        addEventListener('click', (e) => { t0 = e.timeStamp; }, { capture: true, once: true });
        const seen = () => {
          const h = document.querySelector('main h1');
          if (t0 !== null && h && h.textContent.includes(want)) {
            mo.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
          }
        };
        const mo = new MutationObserver(seen);
        mo.observe(document.querySelector('main'), { childList: true, subtree: true, characterData: true });
      });
    }, heading);
    const t0 = await page.evaluate(() => performance.now());
    await page.getByRole('navigation', { name: 'Dossierets dele' }).getByRole('link', { name: target }).click();
    await page.locator('main h1', { hasText: heading }).waitFor();
    clicks.push((await page.evaluate(() => performance.now())) - t0);
    inPage.push(await page.evaluate(() => window.__clickDone));
    // Entries arrive after the paint; give the observer a moment.
    await page.waitForTimeout(100);
    eventTiming.push(await page.evaluate(() => Math.max(0, ...window.__interactions.values())));
  }
  row('click in the navigation to the new page drawn, 5,000 responses, 4x CPU, from the driver (includes Playwright round trips)', clicks);
  row('the same click, in the page: click event to the frame after the new heading', inPage);
  row('the same click, Event Timing (INP: input to next paint; 0 = under 16 ms)', eventTiming);
  await context.close();
}

// The municipality's comparison: import 100 organisations' files at once and draw the table
// and the chart (4x CPU, local server).
{
  const template = JSON.parse(readFileSync('tests/golden/format-v2-from-v1.json', 'utf8'));
  const files = Array.from({ length: 100 }, (_, i) => {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const punkter = {};
    for (const p of ['E1', 'E2', 'E3', 'S3', 'S7', 'G1', 'G2']) {
      punkter[p] = { tal: [2023, 2024, 2025].map((aar, k) => ({ aar, vaerdi: 50 + ((i * 7 + k * 3) % 40), kilde: 'LBF' })), maal: 70 };
    }
    const now = new Date().toISOString();
    const doc = {
      format: 'b2c-kompas', formatVersion: 2, appVersion: template.appVersion ?? 'bench',
      dossier: { id, type: 'almenkompas', titel: { tekst: `Organisation ${i + 1}` }, oprettet: now, aendret: now,
        parter: { boligorganisation: { organisation: `Boligorganisation ${String(i + 1).padStart(3, '0')}` }, kommune: { organisation: 'Kommunen' } },
        almenkompas: { katalogVersion: 1, punkter } },
    };
    return { name: `org-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) };
  });
  const times = [];
  const choice = [];
  const choiceTiming = [];
  for (let r = 0; r < 3; r++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}#/sammenligning`);
    await page.waitForSelector('#compare-files');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const t0 = Date.now();
    await page.setInputFiles('#compare-files', files);
    await page.getByText('100 af 100 filer er importeret.').waitFor({ timeout: 300_000 });
    await page.locator('#compare-chart svg').waitFor();
    await page.locator('.compare-table tbody tr').nth(99).waitFor();
    times.push(Date.now() - t0);
    // Choosing another point redraws the table (100 rows) and the chart (100 lines).
    await chooseAndRedraw(page, '#compare-point', '#compare-chart', '.trend-figure figcaption', choice, choiceTiming);
    await context.close();
  }
  row('import 100 organisations\' files + draw the comparison, 4x CPU', times);
  row('choose another point in that comparison (keyboard): keydown to the frame after table and chart are redrawn, 4x CPU', choice);
  row('the same choice, Event Timing (INP: input to next paint)', choiceTiming);
}

await browser.close();
server.kill();
