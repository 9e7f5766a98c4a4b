// `make bench`: prints the release build's sizes and times measured in headless Chromium.
// Figures only, never pass/fail: these machines are shared and noisy, so compare within a run.
import { chromium } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { spawn } from 'node:child_process';

const DIST = 'dist';
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
  const br = data.reduce((a, d) => a + brotliCompressSync(d, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
  return { raw, gz, br };
}

const all = files(DIST).filter((p) => !p.endsWith('.gz') && !p.endsWith('.br'));
const groups = {
  'app wasm': all.filter((p) => extname(p) === '.wasm'),
  'app JS glue': all.filter((p) => /b2c-kompas-[0-9a-f]+\.js$/.test(p)),
  CSS: all.filter((p) => extname(p) === '.css'),
  ECharts: all.filter((p) => /echarts.*\.js$/.test(p)),
  fonts: all.filter((p) => extname(p) === '.woff2'),
  'everything': all,
};

console.log('\n## Sizes of the release build (dist/)\n');
console.log('| part | raw | gzip | brotli |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, paths] of Object.entries(groups)) {
  if (paths.length === 0) continue;
  const s = sizes(paths);
  console.log(`| ${name} | ${kib(s.raw)} | ${kib(s.gz)} | ${kib(s.br)} |`);
}

// A server for dist/ and Chromium with 4x CPU slowdown.
const server = spawn('node', ['tools/serve.mjs', '--dir', DIST, '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 700));
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
const row = (name, xs, unit = 'ms') =>
  console.log(`| ${name} | ${median(xs).toFixed(0)} ${unit} | ${Math.min(...xs).toFixed(0)} ${unit} | ${Math.max(...xs).toFixed(0)} ${unit} |`);
row('front page interactive, 4x CPU slowdown', await timeToReady(''));
row('front page interactive, no slowdown', await timeToReady('', { cpu: 1 }));

await browser.close();
server.kill();
