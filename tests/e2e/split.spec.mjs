// The wasm split per route (tools/split.mjs, src/lazy.rs): the front page starts from the main
// module alone, a page's module is fetched when the page is first opened, and a module that
// cannot be fetched gets a clear page that tries again without losing anything.
import { test, expect, open, shot, createDossier } from './fixtures.mjs';

const wasmRequests = (page) => {
  const seen = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) seen.push(new URL(r.url()).pathname.split('/').pop());
  });
  return seen;
};

test('the front page starts from the main module alone; a part is fetched when it is opened', async ({ page }) => {
  const seen = wasmRequests(page);
  await open(page);
  expect(seen).toHaveLength(1);
  expect(seen[0]).toMatch(/^b2c-kompas-[0-9a-f]+_bg\.wasm$/);

  await createDossier(page, { title: 'Delt' });
  expect(seen.some((f) => f.includes('-split-overview-part-'))).toBe(true);
  expect(seen.some((f) => f.includes('-split-del1-part-'))).toBe(false);

  await page.getByRole('navigation', { name: 'Dossierets dele' }).getByRole('link', { name: 'Del 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Del 1/ })).toBeFocused();
  expect(seen.some((f) => f.includes('-split-del1-part-'))).toBe(true);
  expect(seen.some((f) => f.includes('-split-round-part-'))).toBe(false);
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
  await page.getByRole('button', { name: 'Prøv igen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Del 1/ })).toBeVisible();

  // The blocked fetch is reported by the browser and the loader; nothing else may be.
  const expected = (p) => /net::ERR_INTERNET_DISCONNECTED|Failed to fetch|TypeError/.test(p);
  const unexpected = problems.filter((p) => !expected(p));
  problems.length = 0;
  problems.push(...unexpected);
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

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
