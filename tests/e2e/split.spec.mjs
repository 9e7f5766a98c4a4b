// The wasm split per route (tools/split.mjs, src/lazy.rs): the front page starts from the main
// module alone, a page's module is fetched when the page is first opened, and a module that
// cannot be fetched gets a clear page that tries again without losing anything. The readers of
// stored dossiers and imported files (src/readers.rs) are modules of their own too: `stored`
// (current dossiers, at start, in the start pack) and `readers` (older versions, files, merge).
// A host that serves only gzip gets the build's .gz files, and the app works from them.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, open, shot, createDossier, closeAsks, exportDossier, importText, dropBlockedFetches, wasmRequests, waitForFonts } from './fixtures.mjs';

const READERS = /-split-readers-[0-9a-f]+\.wasm$/;
const IMPORT_PAGE = /-split-import-page-[0-9a-f]+\.wasm$/;
// The small shared chunks, in one file (tools/split.mjs).
const PACK = /-chunks-[0-9a-f]+\.bin$/;
// The module that reads stored dossiers at start and the chunks it needs, in one file.
const START = /-start-[0-9a-f]+\.bin$/;
// The writer of dossiers (src/writer.rs) and the chunks it needs besides the start pack's.
const WRITER = /-writer-[0-9a-f]+\.bin$/;
// The chunks the running kiosk shares with pages (not with the reader of stored dossiers).
const SHARED = /-shared-[0-9a-f]+\.bin$/;
const block = (route) => route.abort('internetdisconnected');
// Holds back every request `pattern` matches until `release()`; after it they go through at once.
async function holdBack(page, pattern) {
  let release;
  const held = new Promise((r) => (release = r));
  const handler = async (route) => {
    await held;
    await route.continue();
  };
  await page.route(pattern, handler);
  return { release, stop: () => page.unroute(pattern, handler) };
}
const storageSnapshot = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));
// Rewrites the stored dossier as format version 1 (the title a plain string), as an older
// version of the app left it: only the readers' module can read (migrate) it.
const storeAsVersion1 = (page, title) =>
  page.evaluate((title) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('b2c-kompas:dossier:'));
    const v = JSON.parse(localStorage.getItem(key));
    v.dokument.formatVersion = 1;
    v.dokument.dossier.titel = title;
    const text = JSON.stringify(v);
    localStorage.setItem(key, text);
    return [key, text];
  }, title);

// What became of each module and pack the page asked for from now on (seen once: a retry that
// did not bring its page within the wait; this says whether a fetch failed, or none was made).
const moduleLog = (page) => {
  const log = [];
  const name = (r) => new URL(r.url()).pathname.split('/').pop();
  page.on('requestfinished', async (r) => {
    if (/\.(wasm|bin)$/.test(r.url())) log.push(`${name(r)}: ${(await r.response())?.status()}`);
  });
  page.on('requestfailed', (r) => {
    if (/\.(wasm|bin)$/.test(r.url())) log.push(`${name(r)}: ${r.failure()?.errorText}`);
  });
  return log;
};
// The page `heading` names is shown after "Prøv igen"; if not, the failure says what is shown
// instead and what the modules' fetches did.
async function expectPageAfterRetry(page, heading, log) {
  try {
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  } catch (e) {
    const shown = await page.locator('main h1').allTextContents();
    throw new Error(`after "Prøv igen": main h1 ${JSON.stringify(shown)}; fetches since: ${JSON.stringify(log)}\n${e.message}`);
  }
}

test('the front page starts from the main module alone; a part is fetched when it is opened', async ({ page }) => {
  const seen = wasmRequests(page);
  await open(page);
  // On screen from the main module alone; the writer of dossiers (the writer pack, and the start
  // pack for the chunks it shares with the reader of stored dossiers) is fetched only after that,
  // once the page has been painted.
  const [before, after] = await page.evaluate(async () => {
    const ready = performance.getEntriesByName('app-ready')[0].startTime;
    const wasm = () => performance.getEntriesByType('resource').filter((e) => /\.(wasm|bin)$/.test(e.name));
    while (wasm().length < 3) await new Promise((r) => setTimeout(r, 50));
    const name = (e) => new URL(e.name).pathname.split('/').pop();
    return [wasm().filter((e) => e.startTime < ready).map(name), wasm().filter((e) => e.startTime >= ready).map(name)];
  });
  expect(before).toEqual([expect.stringMatching(/^b2c-kompas-[0-9a-f]+_bg\.wasm$/)]);
  expect(after.sort()).toEqual([expect.stringMatching(/^b2c-kompas-start-[0-9a-f]+\.bin$/), expect.stringMatching(/^b2c-kompas-writer-[0-9a-f]+\.bin$/)]);

  await createDossier(page, { title: 'Delt' });
  expect(seen.some((f) => f.includes('-split-overview-part-'))).toBe(true);
  expect(seen.some((f) => f.includes('-split-del1-part-'))).toBe(false);
  // The small chunks come in a few files (the pack; the shared pack with the chunks pages share
  // with the kiosk; the start pack with those they share with the reader of stored dossiers,
  // fetched after the first paint with the writer pack): the first part is a handful of requests
  // after the main module (createDossier loads the app once more), not dozens, and those besides
  // the start and writer packs go in one wave: six at a time is what a browser sends to one host
  // over HTTP/1.1.
  const load = seen.slice(seen.findLastIndex((f) => /_bg\.wasm$/.test(f)) + 1);
  expect(load.filter((f) => PACK.test(f))).toHaveLength(1);
  expect(load.filter((f) => START.test(f))).toHaveLength(1);
  expect(load.filter((f) => WRITER.test(f))).toHaveLength(1);
  expect(load.filter((f) => !START.test(f) && !WRITER.test(f)).length, seen.join(', ')).toBeLessThanOrEqual(6);

  const sofar = seen.length;
  await page.getByRole('navigation', { name: 'Dossierets dele' }).getByRole('link', { name: 'Del 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Del 1/ })).toBeFocused();
  expect(seen.some((f) => f.includes('-split-del1-part-'))).toBe(true);
  expect(seen.some((f) => f.includes('-split-round-part-'))).toBe(false);
  expect(seen.filter((f) => PACK.test(f)), 'the pack is fetched once').toHaveLength(1);
  expect(seen.length - sofar, seen.join(', ')).toBeLessThanOrEqual(2);
  expect(seen.some((f) => /-kiosk-[0-9a-f]+\.bin$/.test(f)), 'the kiosk\'s module only while a kiosk runs').toBe(false);
});

test('a deep link to a page that draws a chart fetches ECharts once, alongside the page\'s module', async ({ page }) => {
  await createDossier(page, { title: 'Årshjul' });
  const agreement = page.url().replace(/#\/d\/([^/]+).*$/, '#/d/$1/aftale');
  const echarts = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/assets/echarts.js')) echarts.push(r.url());
  });
  await page.goto('about:blank');
  await page.goto(agreement);
  await expect(page.locator('.chart svg')).toBeVisible();
  expect(echarts).toHaveLength(1);
  // Asked for before the page's module had arrived, not by the chart once the page was drawn.
  const times = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource');
    return {
      echarts: entries.find((e) => e.name.endsWith('/assets/echarts.js'))?.startTime,
      module: entries.find((e) => /-split-agreement-part-[0-9a-f]+\.wasm$/.test(e.name))?.responseEnd,
    };
  });
  expect(times.echarts).toBeLessThan(times.module);
});

test('a chart page left before its module has arrived leaves no warning about ECharts fetched early', async ({ page }) => {
  await createDossier(page, { title: 'Forladt' });
  const agreement = page.url().replace(/#\/d\/([^/]+).*$/, '#/d/$1/aftale');
  const MODULE = /-split-agreement-part-[0-9a-f]+\.wasm$/;
  const module = await holdBack(page, MODULE);
  const echarts = page.waitForResponse((r) => r.url().endsWith('/assets/echarts.js'));
  await page.goto('about:blank');
  await page.goto(agreement);
  await echarts;
  // The user goes on to Del 1 while the agreement's module is still on its way.
  await page.getByRole('navigation', { name: 'Dossierets dele' }).getByRole('link', { name: 'Del 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Del 1/ })).toBeFocused();
  // Chromium warns about a preloaded file not used within three seconds of the page's load
  // (the fixture fails the test on any console warning).
  await page.waitForTimeout(3500);
  // The module arrives meanwhile.
  module.release();
  await page.getByRole('navigation', { name: 'Dossierets dele' }).getByRole('link', { name: 'Partnerskabsaftale', exact: true }).click();
  await expect(page.locator('.chart svg')).toBeVisible();
  expect(await page.locator('script[src$="assets/echarts.js"]').count()).toBe(1);
});

test('a chart says it is coming while ECharts is slow, says so when ECharts cannot be fetched, and every such chart draws on «Prøv igen»', async ({ page, problems }) => {
  await createDossier(page, { kind: 'dialogue', title: 'Diagrammer' });
  // A point with a figure, so that the dashboard draws two charts.
  await page.getByRole('navigation', { name: 'Dossierets dele' }).getByRole('link', { name: 'Målepunkter' }).click();
  const e1 = page.locator('#point-E1');
  await e1.locator('summary').click();
  await e1.getByLabel('Nyt år').fill('2024');
  await e1.getByLabel('Nyt år').press('Enter');
  await e1.getByLabel('Værdi 2024').fill('124');
  await e1.getByLabel('Værdi 2024').blur();
  await expect(page.locator('header')).toContainText('Gemt');
  const dashboard = page.url().replace(/#\/d\/([^/]+).*$/, '#/d/$1/overblik');
  const ECHARTS = /\/assets\/echarts\.js$/;
  const charts = page.locator('.chart');

  // Slow: the words come over the chart's box, then the chart replaces them.
  const slow = await holdBack(page, ECHARTS);
  await page.goto('about:blank');
  await page.goto(dashboard);
  await expect(charts).toHaveCount(2);
  const states = page.locator('.chart-box').getByRole('status');
  await expect(states.first()).toHaveText('Diagrammet hentes …');
  await expect(states.nth(1)).toHaveText('Diagrammet hentes …');
  await shot(page, 'chart-loading');
  slow.release();
  await expect(page.locator('.chart svg')).toHaveCount(2);
  await expect(states.first()).toHaveText('');
  await expect(states.nth(1)).toHaveText('');
  await slow.stop();

  // Cannot be fetched: each chart says so where it would be, and nothing else on the page changes.
  let blocked = 0;
  const block = (route) => {
    blocked += 1;
    return route.abort('internetdisconnected');
  };
  await page.route(ECHARTS, block);
  await page.goto('about:blank');
  await page.goto(dashboard);
  const why = 'Diagrammet kunne ikke hentes. Tjek forbindelsen, og prøv igen. Tallene står også i tabellen eller teksten ved diagrammet.';
  await expect(states.first()).toContainText(why);
  await expect(states.nth(1)).toContainText(why);
  await expect(page.locator('.chart svg')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shot(page, 'chart-not-loaded');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  // On a phone with text at twice its size (the design system's root is 62.5 %) the words need
  // more room than the chart: the box grows with them instead of running over the table below.
  await page.setViewportSize({ width: 320, height: 700 });
  await page.evaluate(() => (document.documentElement.style.fontSize = '125%'));
  const room = await states.first().evaluate((state) => {
    const box = state.closest('.chart-box');
    return {
      words: state.getBoundingClientRect().height,
      chart: box.querySelector('.chart').getBoundingClientRect().height,
      wordsEnd: state.getBoundingClientRect().bottom,
      boxEnd: box.getBoundingClientRect().bottom,
    };
  });
  expect(room.words, 'the words need more room than the chart').toBeGreaterThan(room.chart);
  expect(room.wordsEnd).toBeLessThanOrEqual(room.boxEnd + 0.5);
  await shot(page, 'chart-not-loaded-phone');
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  await page.setViewportSize({ width: 1280, height: 900 });
  // In English too.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(states.first()).toContainText('The chart could not be loaded. Check the connection and try again. The figures are also in the table or text beside the chart.');
  await expect(states.first().getByRole('button', { name: 'Try again' })).toBeVisible();
  await page.getByRole('button', { name: 'Dansk' }).click();
  // A second try while still offline asks for ECharts again (the failed script is not kept as
  // loaded) and fails the same way.
  const asked = blocked;
  await states.first().getByRole('button', { name: 'Prøv igen' }).click();
  await expect.poll(() => blocked).toBeGreaterThan(asked);
  await expect(states.first()).toContainText(why);
  await expect(states.nth(1)).toContainText(why);
  await expect(page.locator('.chart-box').first()).toBeFocused();

  // Back online: one «Prøv igen» draws both charts.
  await page.unroute(ECHARTS, block);
  await states.nth(1).getByRole('button', { name: 'Prøv igen' }).press('Enter');
  await expect(page.locator('.chart svg')).toHaveCount(2);
  // The focus stays at the chart whose button it was, not at the top of the page.
  await expect(page.locator('.chart-box').nth(1)).toBeFocused();
  await page.locator('.chart-box').nth(1).scrollIntoViewIfNeeded();
  await shot(page, 'chart-retried');
  await expect(states.first()).toHaveText('');
  await expect(states.nth(1)).toHaveText('');
  expect(await page.locator('script[src$="assets/echarts.js"]').count()).toBe(1);

  dropBlockedFetches(problems);
});

test('on a first visit the fonts wait until the first page has settled: its module, ECharts and its chart are in', async ({ page }) => {
  await createDossier(page, { title: 'Skrifter' });
  const agreement = page.url().replace(/#\/d\/([^/]+).*$/, '#/d/$1/aftale');
  await page.goto('about:blank');
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (window.__chartAt === undefined && document.querySelector('.chart svg')) window.__chartAt = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(agreement);
  await expect(page.locator('.chart svg')).toBeVisible();
  await waitForFonts(page);
  const t = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource');
    const one = (re) => entries.find((e) => re.test(new URL(e.name).pathname));
    const fonts = entries.filter((e) => /\.woff2$/.test(e.name));
    return {
      chart: window.__chartAt,
      css: one(/\/assets\/fonts\.css$/).startTime,
      fonts: Math.min(...fonts.map((e) => e.startTime)),
      fontCount: fonts.length,
      echarts: one(/\/assets\/echarts\.js$/).responseEnd,
      part: one(/-split-agreement-part-[0-9a-f]+\.wasm$/).responseEnd,
    };
  });
  // Asked for only once the page's code was in and its chart drawn; then the text is in them.
  expect(t.css).toBeGreaterThan(t.chart);
  expect(t.css).toBeGreaterThan(t.echarts);
  expect(t.css).toBeGreaterThan(t.part);
  expect(t.fonts).toBeGreaterThan(t.css);
  expect(t.fontCount).toBeGreaterThanOrEqual(2);
  const family = await page.locator('main h1').evaluate((h) => getComputedStyle(h).fontFamily);
  expect(family).toContain('IBM Plex Sans');
});

test('until the fonts are in, the text is in an Arial-like face sized like IBM Plex Sans, so the swap hardly moves the page', async ({ page }) => {
  await createDossier(page, { title: 'Skriftskift' });
  const del1 = page.url().replace(/#\/d\/([^/]+).*$/, '#/d/$1/del1');
  await page.goto('about:blank');
  // Every layout shift of the new load (as the browser's Cumulative Layout Shift counts them).
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // The fonts are held back until the page has been looked at in the face before them.
  const fonts = await holdBack(page, /\.woff2$/);
  await page.goto(del1);
  await expect(page.getByRole('heading', { level: 1, name: /Del 1/ })).toBeVisible();
  await page.waitForFunction(() => document.querySelector('link[href="assets/fonts.css"]')?.sheet);
  // The faces the browser draws with (DevTools' "Rendered fonts"): a heading and body text.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const rendered = async (selector) => {
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => f.familyName);
  };
  const arialLike = /^(Arial|Liberation Sans|Helvetica)$/;
  for (const selector of ['main h1', 'main p']) {
    const before = await rendered(selector);
    expect(before.length, selector).toBeGreaterThan(0);
    for (const f of before) expect(f, `${selector} before the fonts`).toMatch(arialLike);
  }

  fonts.release();
  await waitForFonts(page);
  // Two frames after the swap, so its shift is reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await rendered('main h1')).toEqual(['IBM Plex Sans']);
  const shifts = await page.evaluate(() => window.__shifts);
  // Below 0.1, what the browser makers call a good Cumulative Layout Shift (about 0.7 with the
  // system's sans-serif, DejaVu Sans on this machine, before the Arial-like face was added).
  expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.1);
  await fonts.stop();
});

test('a part whose small chunks cannot be fetched says so and loads on "Prøv igen"', async ({ page, problems }) => {
  await createDossier(page, { title: 'Pakke' });
  const del1 = page.url().replace(/#\/d\/([^/]+).*$/, '#/d/$1/del1');
  await page.route(PACK, block);
  // A new load of the app, straight into Del 1 (a deep link from a bookmark).
  await page.goto('about:blank');
  await page.goto(del1);
  await expect(page.getByRole('heading', { level: 1, name: 'Siden kunne ikke hentes' })).toBeVisible();

  await page.unroute(PACK, block);
  const log = moduleLog(page);
  await page.getByRole('button', { name: 'Prøv igen' }).click();
  await expectPageAfterRetry(page, /Del 1/, log);
  await expect(page.locator('header')).toContainText('Pakke');
  dropBlockedFetches(problems);
});

test('a page whose module cannot be fetched says so, keeps the work and loads on "Prøv igen"', async ({ page, problems }) => {
  await createDossier(page, { title: 'Behold mig' });
  const block = (route) => route.abort('internetdisconnected');
  await page.route(/-split-del1-part-[0-9a-f]+\.wasm$/, block);

  await page.getByRole('navigation', { name: 'Dossierets dele' }).getByRole('link', { name: 'Del 1' }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Siden kunne ikke hentes' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Tjek forbindelsen, og prøv igen');
  await shot(page, 'split-not-loaded');

  // Nothing was lost: the dossier is still there, in this tab and in storage.
  await expect(page.locator('header')).toContainText('Behold mig');

  await page.unroute(/-split-del1-part-[0-9a-f]+\.wasm$/, block);
  const log = moduleLog(page);
  await page.getByRole('button', { name: 'Prøv igen' }).click();
  await expectPageAfterRetry(page, /Del 1/, log);

  dropBlockedFetches(problems);
});

test('a current dossier is read at start from the start pack, fetched alongside the main module; an older version fetches the readers\' module and is migrated', async ({ page }) => {
  const seen = wasmRequests(page);
  await createDossier(page, { title: 'Læses ved start' });
  await expect(page.getByTestId('save-state')).toContainText('Gemt');
  await open(page);
  seen.length = 0;
  await page.reload();
  await expect(page.getByRole('link', { name: 'Læses ved start' })).toBeVisible();
  expect(seen.filter((f) => START.test(f)), 'the start pack, once: the loader took what index.html fetched').toHaveLength(1);
  expect(seen.some((f) => READERS.test(f)), 'a current dossier does not need the readers\' module').toBe(false);
  expect(seen.some((f) => /-kiosk-[0-9a-f]+\.bin$/.test(f)), 'no kiosk runs: no kiosk pack').toBe(false);
  expect(seen.some((f) => SHARED.test(f)), 'the front page does not wait for the chunks the kiosk shares with pages').toBe(false);
  // Requested by index.html's inline script while the page was parsed: before the loader of the
  // split modules, which is requested only once the main module's glue has arrived.
  const [pack, loader] = await page.evaluate(() => [/-start-[0-9a-f]+\.bin$/, /-split-[0-9a-f]+\.js$/].map((re) => performance.getEntriesByType('resource').find((e) => re.test(e.name))?.startTime));
  expect(pack).toBeLessThan(loader);

  await storeAsVersion1(page, 'Gammel udgave');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Gammel udgave' })).toBeVisible();
  expect(seen.some((f) => READERS.test(f)), 'version 1 is read by the readers\' module').toBe(true);
});

test('a stored dossier whose times are in a form the app does not write is read by the readers\' module, to the same times', async ({ page }) => {
  // The start pack reads only the times the app writes (src/domain/dates.rs); a time in another
  // form chrono reads (a space for the T, an offset) sends the dossier to the readers' module.
  const seen = wasmRequests(page);
  await createDossier(page, { title: 'Andre tider' });
  await expect(page.getByTestId('save-state')).toContainText('Gemt');
  const setChanged = (page, at) =>
    page.evaluate((at) => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('b2c-kompas:dossier:'));
      const v = JSON.parse(localStorage.getItem(key));
      v.dokument.dossier.aendret = at;
      localStorage.setItem(key, JSON.stringify(v));
    }, at);
  const row = page.getByRole('row', { name: /Andre tider/ });
  await open(page);
  await setChanged(page, '2026-03-05T12:07:00Z');
  seen.length = 0;
  await page.reload();
  await expect(row).toContainText('2026');
  const own = await row.textContent();
  expect(seen.some((f) => READERS.test(f)), 'the app\'s own form: the start pack alone').toBe(false);

  await setChanged(page, '2026-03-05 14:07:00+02:00');
  await page.reload();
  await expect(row).toContainText('2026');
  expect(await row.textContent()).toBe(own);
  expect(seen.some((f) => READERS.test(f)), 'another form: the readers\' module').toBe(true);
});

for (const [what, blocked, older] of [
  ['a current stored dossier, the start pack', START, false],
  ['a stored dossier only the readers\' module can read (version 1), that module', READERS, true],
]) test(`${what} cannot be fetched: the page says so, touches nothing, and starts on reload`, async ({ page, problems }) => {
  await createDossier(page, { title: 'Gemt før' });
  await page.getByLabel('Organisation', { exact: true }).first().fill('Bo-Vest');
  await expect(page.getByTestId('save-state')).toContainText('Gemt');
  if (older) await storeAsVersion1(page, 'Gemt før');
  const before = await storageSnapshot(page);

  await page.route(blocked, block);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'B2C Kompas kunne ikke starte' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Intet er ændret, og alt gemt er bevaret');
  await shot(page, older ? 'start-readers-not-loaded' : 'start-stored-not-loaded');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.waitForTimeout(1200);
  expect(await storageSnapshot(page), 'storage untouched').toEqual(before);

  await page.unroute(blocked, block);
  await page.getByRole('button', { name: 'Genindlæs siden' }).click();
  await page.getByRole('link', { name: 'Gemt før' }).click();
  await expect(page.getByLabel('Organisation', { exact: true }).first()).toHaveValue('Bo-Vest');
  dropBlockedFetches(problems);
});

test('on a first visit whose writer cannot be fetched, the work stays in the tab, the page and the export say so, and the next change saves it', async ({ page, problems }) => {
  // The writer of dossiers comes in the writer pack, fetched just after the first paint.
  await page.route(WRITER, block);
  await open(page);
  await page.getByLabel('Business2Community-partnerskab').check();
  await page.getByRole('group', { name: 'Hvem er du i dossieret?' }).getByLabel('Boligorganisation', { exact: true }).check();
  await page.getByLabel('Titel', { exact: true }).fill('Uden skriver');
  await page.getByRole('button', { name: 'Opret dossier' }).click();
  // Whether the overview's module shares chunks with the writer (and so waits for the writer
  // pack) depends on how wasm-split cuts the build: either it is shown, or the page says it could
  // not be fetched. The save state and the banner say the same in both cases.
  const overview = page.getByRole('heading', { level: 1, name: 'Oversigt' });
  const notLoaded = page.getByRole('heading', { level: 1, name: 'Siden kunne ikke hentes' });
  await expect(overview.or(notLoaded)).toBeVisible();
  await expect(page.getByTestId('save-state')).toContainText('Ikke gemt: kun i denne fane');
  const banner = page.locator('.storage-banner');
  await expect(banner).toContainText('Den del af B2C Kompas, der gemmer og eksporterer dossierer, kunne ikke hentes');
  await expect(banner).toContainText('Dit arbejde er ikke tabt');
  // The export needs the writer too: it says so instead of doing nothing.
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Eksportér dossier' }).click();
  await expect(page.getByText('Dossieret kunne ikke eksporteres: den del af B2C Kompas, der gemmer og eksporterer dossierer, kunne ikke hentes.')).toBeVisible();
  await shot(page, 'writer-not-loaded');
  expect(downloads, 'no file without the writer').toBe(0);
  expect(Object.keys(await storageSnapshot(page)).filter((k) => k.includes(':dossier:')), 'nothing written').toEqual([]);
  await page.getByRole('button', { name: 'English' }).click();
  // A toast still on screen follows the switch (it lasts six seconds).
  await expect(page.getByText('The dossier could not be exported: the part of B2C Kompas that saves and exports dossiers could not be loaded.')).toBeVisible();
  await expect(page.getByTestId('save-state')).toContainText('Not saved: in this tab only');
  await expect(banner).toContainText('The part of B2C Kompas that saves and exports dossiers could not be loaded');
  await expect(banner).toContainText('Your work is not lost');
  await shot(page, 'writer-not-loaded-en');
  // Closing the tab now would lose the dossier: the browser asks first.
  expect(await closeAsks(page)).toBe('beforeunload');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.unroute(WRITER, block);
  if (await page.getByRole('heading', { level: 1, name: 'The page could not be loaded' }).isVisible()) {
    await page.getByRole('button', { name: 'Try again' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  // A change of language draws the page again (and would itself have fetched it again).
  await page.getByRole('button', { name: 'Dansk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oversigt' })).toBeVisible();
  await page.getByLabel('Organisation', { exact: true }).first().fill('Bo-Vest A/S');
  await expect(page.getByTestId('save-state')).toContainText('Gemt');
  await expect(banner).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér dossier' }).click();
  expect((await download).suggestedFilename()).toMatch(/^uden-skriver-.*\.json$/);
  await expect(page.getByTestId('save-state')).toContainText('Gemt');
  await page.reload();
  await expect(page.getByLabel('Organisation', { exact: true }).first()).toHaveValue('Bo-Vest A/S');
  await expect(page.locator('header')).toContainText('Uden skriver');
  dropBlockedFetches(problems);
});

// A dossier's exchange file, and the browser as the partner's: with nothing stored.
async function fileForAnotherBrowser(page, title) {
  await createDossier(page, { title });
  const file = await exportDossier(page);
  // The export's own change (when it was exported) is saved first, or the reload would write it back.
  await expect(page.getByTestId('save-state')).toContainText('Gemt');
  await page.evaluate(() => localStorage.clear());
  await open(page);
  await page.reload();
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  return file;
}

test('a file imported while the readers\' module cannot be fetched: the import says so, then works on a second try', async ({ page, problems }) => {
  const file = await fileForAnotherBrowser(page, 'Sendes');

  await page.route(READERS, block);
  await importText(page, file.name, file.text);
  await expect(page.getByRole('alert')).toContainText('Den del af B2C Kompas, der læser dossierer, kunne ikke hentes');
  await shot(page, 'import-readers-not-loaded');
  expect(Object.keys(await storageSnapshot(page)).filter((k) => k.includes(':dossier:'))).toEqual([]);

  await page.unroute(READERS, block);
  await importText(page, file.name, file.text);
  await page.getByRole('button', { name: 'Importér som nyt dossier' }).click();
  await expect(page.getByRole('heading', { name: 'Dossieret er importeret' })).toBeVisible();
  dropBlockedFetches(problems);
});

test('a file chosen while the import page\'s module cannot be fetched: the page says so, then reads the file again on a second try', async ({ page, problems }) => {
  const file = await fileForAnotherBrowser(page, 'Sendes igen');

  // Reading and checking a chosen or dropped file is in the import page's module.
  await page.route(IMPORT_PAGE, block);
  await page.locator('#import-file-home').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await expect(page.getByRole('heading', { level: 1, name: 'Siden kunne ikke hentes' })).toBeVisible();
  await page.unroute(IMPORT_PAGE, block);
  await page.getByRole('button', { name: 'Prøv igen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importér et dossier' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Den del af B2C Kompas, der læser dossierer, kunne ikke hentes');
  expect(Object.keys(await storageSnapshot(page)).filter((k) => k.includes(':dossier:'))).toEqual([]);

  await importText(page, file.name, file.text);
  await page.getByRole('button', { name: 'Importér som nyt dossier' }).click();
  await expect(page.getByRole('heading', { name: 'Dossieret er importeret' })).toBeVisible();
  dropBlockedFetches(problems);
});

test('another tab\'s save that only the readers\' module can read, which cannot be fetched, asks instead of being ignored', async ({ page, problems }) => {
  await createDossier(page, { title: 'Fane A' });
  await expect(page.getByTestId('save-state')).toContainText('Gemt');
  await page.route(READERS, block);
  // A tab still running an older version of the app saves the dossier in its format.
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('b2c-kompas:dossier:'));
    const v = JSON.parse(localStorage.getItem(key));
    v.dokument.formatVersion = 1;
    v.dokument.dossier.titel = 'Fra den gamle fane';
    const text = JSON.stringify(v);
    localStorage.setItem(key, text);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: text, storageArea: localStorage }));
  });

  // This tab cannot read it: it asks, and writes nothing over it meanwhile.
  await expect(page.getByRole('heading', { name: 'Ændret i en anden fane' })).toBeVisible();
  await page.getByRole('button', { name: 'Hent versionen fra den anden fane' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'kunne ikke hentes' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ændret i en anden fane' })).toBeVisible();
  await shot(page, 'two-tabs-readers-not-loaded');

  await page.unroute(READERS, block);
  await page.getByRole('button', { name: 'Hent versionen fra den anden fane' }).click();
  await expect(page.getByRole('heading', { name: 'Ændret i en anden fane' })).toBeHidden();
  await expect(page.getByLabel('Dossierets titel')).toHaveValue('Fra den gamle fane');
  dropBlockedFetches(problems);
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the service worker is registered once the first page has been drawn, and then keeps the app', async ({ page }) => {
    // Its install fetches the whole app and compiles its scripts for the cache: registered while
    // the app mounted, it held up a cold start's first paint (BENCHMARKS.md, 2026-12-03).
    await page.addInitScript(() => {
      window.__frames = 0;
      new MutationObserver(() => {
        if (window.__headingAt === undefined && document.querySelector('main h1')) {
          window.__headingAt = performance.now();
          const count = () => {
            window.__frames += 1;
            requestAnimationFrame(count);
          };
          requestAnimationFrame(count);
        }
      }).observe(document, { childList: true, subtree: true });
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        window.__registered = { heading: window.__headingAt !== undefined, frames: window.__frames };
        return register.apply(this, args);
      };
    });
    await open(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const registered = await page.evaluate(() => window.__registered);
    // The heading was in the page, and a frame had been drawn with it, before the registration.
    expect(registered).toEqual({ heading: true, frames: expect.any(Number) });
    expect(registered.frames).toBeGreaterThanOrEqual(1);
  });

  test('a page the service worker serves asks for the fonts as it is parsed, before the app starts', async ({ page }) => {
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        window.__fontsAtParse = document.querySelector('link[href="assets/fonts.css"]') !== null;
      });
    });
    await open(page);
    // A first visit: not yet served by the service worker, so the fonts came once the page settled.
    expect(await page.evaluate(() => window.__fontsAtParse)).toBe(false);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.reload();
    await expect(page.locator('main h1')).toBeVisible();
    expect(await page.evaluate(() => window.__fontsAtParse)).toBe(true);
    await waitForFonts(page);
    // One link: the app, settling, does not add a second.
    expect(await page.locator('link[href="assets/fonts.css"]').count()).toBe(1);
    const family = await page.locator('main h1').evaluate((h) => getComputedStyle(h).fontFamily);
    expect(family).toContain('IBM Plex Sans');
  });

  test('a tab still running the previous version gets its page modules from that version\'s cache', async ({ page }) => {
    await open(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // What the activation of a new version keeps: the previous version's cache, whose files the
    // host no longer serves.
    const [status, body] = await page.evaluate(async () => {
      const url = new URL('b2c-kompas-split-del1-part-0000000000000000.wasm', location.href).href;
      const previous = await caches.open('b2c-kompas-0000000000000000');
      await previous.put(url, new Response('the previous version', { headers: { 'content-type': 'application/wasm' } }));
      const r = await fetch(url);
      return [r.status, await r.text()];
    });
    expect(status).toBe(200);
    expect(body).toBe('the previous version');
  });
});

test.describe('a host that serves only gzip', () => {
  // The browser accepts gzip alone, so tools/serve.mjs sends the build's .gz files (made by
  // Zopfli, tools/postbuild.mjs) instead of the .br ones.
  test.use({ extraHTTPHeaders: { 'Accept-Encoding': 'gzip' } });

  test('the app starts, reads a stored dossier and draws a chart from the .gz files', async ({ page }) => {
    const encodings = new Map();
    page.on('response', async (r) => {
      if (/\.(wasm|bin|js|css)$/.test(new URL(r.url()).pathname)) encodings.set(r.url(), (await r.allHeaders())['content-encoding']);
    });
    await createDossier(page, { title: 'Gzip' });
    const agreement = page.url().replace(/#\/d\/([^/]+).*$/, '#/d/$1/aftale');
    await page.goto('about:blank');
    await page.goto(agreement);
    await expect(page.locator('.chart svg')).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Gzip' })).toBeVisible();
    const files = [...encodings.keys()].map((u) => new URL(u).pathname.split('/').pop());
    // The main module, the start pack, a page's module, the small chunks and ECharts were among them.
    for (const f of [/_bg\.wasm$/, START, /-split-.*\.wasm$/, PACK, /^echarts\.js$/]) expect(files.some((n) => f.test(n)), String(f)).toBe(true);
    expect([...new Set(encodings.values())]).toEqual(['gzip']);
  });
});
