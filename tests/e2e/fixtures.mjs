// Shared fixtures: every test fails on a console error or warning, a page error, a CSP violation, a
// request to another origin, or a field without a label of its own on the screen it ends on;
// `shot()` saves a screenshot to look at.
import { test as base, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(SHOTS, { recursive: true });

export const test = base.extend({
  // Collected problems; a test may clear expected ones (e.g. a deliberate storage failure).
  problems: [
    async ({ page }, use) => {
      const problems = [];
      page.on('console', (m) => {
        // Playwright's own word where a test's context blocks service workers is not the app's.
        if (m.type() === 'warning' && m.text() === 'Service Worker registration blocked by Playwright') return;
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['blob:', 'data:'].includes(url.protocol)) {
          problems.push(`request to another origin: ${r.url()}`);
        }
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      await use(problems);
      // Whatever screen a test ends on, with whatever it filled in, names every field rightly.
      if (!page.isClosed() && page.url().startsWith('http')) {
        for (const fault of await namingFaults(page).catch(() => [])) problems.push(`on ${page.url().split('#')[1] ?? '/'}: ${fault}`);
      }
      expect(problems, 'no console errors or warnings, CSP violations, foreign requests or unnamed fields').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits until the fonts are in: their stylesheet, which the app adds once the first page has
 * settled (src/browser.rs, `Busy`), has loaded, and the faces the page uses have swapped in.
 */
export async function waitForFonts(page) {
  await page.waitForFunction(() => document.querySelector('link[href="assets/fonts.css"]')?.sheet);
  await page.waitForFunction(() => [...document.fonts].some((f) => f.family.includes('IBM Plex Sans') && f.status === 'loaded'));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Opens the app (optionally at a hash route) and waits until it has drawn, in its fonts. */
export async function open(page, hash = '') {
  await page.goto(hash ? `./#${hash}` : './');
  await expect(page.locator('main h1')).toBeVisible();
  // The fonts swap in once loaded (font-display: swap) and move the text: a click aimed before
  // that can land beside its target (seen once at 320 px: a radio focused but not checked).
  await waitForFonts(page);
}

/**
 * Closes the page as a person closing the tab does (its `beforeunload` runs). `'beforeunload'`
 * when the browser asked first (the question is answered "stay", so the page stays open), or
 * `'closed'`.
 */
export async function closeAsks(page) {
  const outcome = new Promise((resolve) => {
    page.once('dialog', async (d) => {
      resolve(d.type());
      await d.dismiss();
    });
    page.once('close', () => resolve('closed'));
  });
  await page.close({ runBeforeUnload: true });
  return outcome;
}

/** The space in px between the bottom of `above` and the top of `below` (negative if they overlap). */
export async function gap(above, below) {
  const [a, b] = await Promise.all([above.boundingBox(), below.boundingBox()]);
  return b.y - (a.y + a.height);
}

/** How far `inner` starts from its item's left edge (0 when nothing stands before it). */
export async function indent(item, inner) {
  const [a, b] = await Promise.all([item.boundingBox(), inner.boundingBox()]);
  return b.x - a.x;
}

/**
 * Faults in fields' names that axe does not see. Since WCAG 2.2 made 4.1.1 obsolete, axe no longer
 * reports a repeated id, and it takes a field as labelled when any <label for> names its id, even
 * when that id belongs first to another field (so the label names and ticks that one). The
 * browser's own answer is `control.labels`, which a field whose id repeats does not get. So: every
 * id is unique, every label names a field, every id an ARIA attribute names is on the page, and
 * every field has a label or an ARIA name of its own.
 */
export async function namingFaults(page) {
  return page.evaluate(() => {
    const faults = [];
    const seen = new Set();
    for (const el of document.querySelectorAll('[id]')) {
      if (seen.has(el.id)) faults.push(`the id «${el.id}» repeats`);
      seen.add(el.id);
    }
    for (const label of document.querySelectorAll('label[for]')) {
      if (!label.control) faults.push(`the label «${label.textContent.trim()}» names no field («${label.htmlFor}»)`);
    }
    for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls']) {
      for (const el of document.querySelectorAll(`[${attr}]`)) {
        for (const ref of el.getAttribute(attr).split(/\s+/).filter(Boolean)) {
          if (!document.getElementById(ref)) faults.push(`${attr} of «${el.id || el.tagName.toLowerCase()}» names «${ref}», which is not on the page`);
        }
      }
    }
    for (const field of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
      const named = field.labels.length > 0 || field.getAttribute('aria-label') || field.getAttribute('aria-labelledby');
      if (!named) faults.push(`the ${field.tagName.toLowerCase()} «${field.id || field.name}» has no label`);
    }
    return faults;
  });
}

/** Shows a chart's tooltip for one figure, as pointing at it does; resolves to the chart's texts. */
export async function tooltipTexts(chart, seriesIndex, dataIndex) {
  await chart.evaluate((el, [s, d]) => window.echarts.getInstanceByDom(el).dispatchAction({ type: 'showTip', seriesIndex: s, dataIndex: d }), [seriesIndex, dataIndex]);
  return chart.locator('svg text').allTextContents();
}

/** Saves a full-page screenshot as screenshots/<name>.png. */
export async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Creates a dossier through the front page form and waits for its overview. */
export async function createDossier(page, { kind = 'partnership', me = 'Boligorganisation', title = 'Test' } = {}) {
  await open(page);
  if (kind === 'dialogue') {
    await page.getByLabel('AlmenKompas-styringsdialog').check();
  } else {
    await page.getByLabel('Business2Community-partnerskab').check();
  }
  await page.getByRole('group', { name: 'Hvem er du i dossieret?' }).getByLabel(me, { exact: true }).check();
  await page.getByLabel('Titel', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Opret dossier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oversigt' })).toBeVisible();
  // The dossier's pages may use a font weight the front page did not (see `open`): once it has
  // swapped in, a click is not aimed at text that then moves (at 320 px, a link in the parts'
  // navigation was once focused by the press and left by the release, and not followed).
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** The text of a download. */
export async function downloadText(download) {
  const stream = await download.createReadStream();
  let text = '';
  for await (const chunk of stream) text += chunk;
  return text;
}

/** Exports the open dossier through the overview's button; returns { name, text, json }. */
export async function exportDossier(page) {
  const wait = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér dossier' }).click();
  const download = await wait;
  const text = await downloadText(download);
  return { name: download.suggestedFilename(), text, json: JSON.parse(text) };
}

/** Imports a file (from text) through the front page's file picker. */
export async function importText(page, name, text) {
  await open(page);
  await page.locator('#import-file-home').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('heading', { level: 1, name: 'Importér et dossier' })).toBeVisible();
}

/** A partnership with one measurement (the guide's three statements), and a kiosk started on it. */
export async function startKiosk(page, { title = 'Kiosk', pin = '2468' } = {}) {
  await createDossier(page, { title });
  await page.goto(page.url().replace(/\/oversigt$/, '/del3'));
  await page.getByRole('button', { name: 'Opret måling' }).click();
  await page.getByLabel('PIN-kode til at forlade kiosken').fill(pin);
  await page.getByLabel('Gentag PIN-koden').fill(pin);
  await page.getByLabel('PIN-kode til at forlade kiosken').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Hvordan er det at bo her?' })).toBeVisible();
}

// A blocked fetch is reported by the browser and the loader; nothing else may be.
export const dropBlockedFetches = (problems) => {
  const expected = (p) => /net::ERR_INTERNET_DISCONNECTED|Failed to fetch|TypeError/.test(p);
  const unexpected = problems.filter((p) => !expected(p));
  problems.length = 0;
  problems.push(...unexpected);
};

/** The names of the wasm modules and packs `page` requests, in order. */
export const wasmRequests = (page) => {
  const seen = [];
  page.on('request', (r) => {
    if (/\.(wasm|bin)$/.test(r.url())) seen.push(new URL(r.url()).pathname.split('/').pop());
  });
  return seen;
};
