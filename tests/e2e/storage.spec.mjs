// Bad or missing storage never crashes the app: a banner says what happened, the work stays in
// memory and can be exported, and nothing already saved is overwritten.
import { test, expect, open, shot, createDossier, closeAsks } from './fixtures.mjs';

test('storage blocked: banner, work kept in memory, export works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await open(page);
  await expect(page.getByRole('alert').filter({ hasText: 'lagring er slået fra eller blokeret' })).toBeVisible();
  await createDossier(page, { title: 'Uden lager' });
  await page.getByLabel('Organisation', { exact: true }).first().fill('Himmerland Boligforening');
  await expect(page.getByTestId('save-state')).toContainText('Ikke gemt');
  await shot(page, 'storage-blocked');
  // Closing the tab would lose the work: the browser asks first (and staying keeps it).
  expect(await closeAsks(page)).toBe('beforeunload');
  await expect(page.getByLabel('Organisation', { exact: true }).first()).toHaveValue('Himmerland Boligforening');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér dossier' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^uden-lager-\d{4}-\d{2}-\d{2}\.json$/);
  // Once it is in the exported file, the tab closes without asking.
  expect(await closeAsks(page)).toBe('closed');
});

test('storage full: every quota error name gives the banner, and export still works', async ({ page }) => {
  await page.addInitScript(() => {
    const names = ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'];
    let n = 0;
    const orig = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k.startsWith('b2c-kompas:dossier:')) throw new DOMException('full', names[n++ % names.length]);
      return orig.call(this, k, v);
    };
  });
  await createDossier(page, { title: 'Fuldt lager' });
  await expect(page.getByRole('alert').filter({ hasText: 'Browserens lager er fuldt' })).toBeVisible();
  await expect(page.getByTestId('save-state')).toContainText('Ikke gemt');
  await page.getByLabel('Organisation', { exact: true }).first().fill('Still typing');
  await expect(page.getByLabel('Organisation', { exact: true }).first()).toHaveValue('Still typing');
  await shot(page, 'storage-full');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér dossier' }).click();
  const text = await (await download).createReadStream().then(async (s) => {
    let b = '';
    for await (const c of s) b += c;
    return b;
  });
  expect(JSON.parse(text).dossier.parter.boligorganisation.organisation).toBe('Still typing');
  expect(await closeAsks(page), 'exported: nothing to lose').toBe('closed');
});

test('closing the tab with changes that storage did not take asks first; right after typing with storage working, it writes them and closes', async ({ page, context }) => {
  await context.addInitScript(() => {
    const orig = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k.startsWith('b2c-kompas:dossier:') && sessionStorage.getItem('full')) throw new DOMException('full', 'QuotaExceededError');
      return orig.call(this, k, v);
    };
  });
  await createDossier(page, { title: 'Lukket' });
  await expect(page.getByTestId('save-state')).toContainText('Gemt');
  const url = page.url();
  // Storage working: the change typed just now is written on the way out, and nothing asks.
  await page.getByLabel('Organisation', { exact: true }).first().fill('Skrevet i sidste øjeblik');
  expect(await closeAsks(page)).toBe('closed');
  const tab = await context.newPage();
  await tab.goto(url);
  const field = tab.getByLabel('Organisation', { exact: true }).first();
  await expect(field).toHaveValue('Skrevet i sidste øjeblik');
  // Storage full: the change stays in the tab, and closing it asks.
  await tab.evaluate(() => sessionStorage.setItem('full', '1'));
  await field.fill('Kun i fanen');
  await expect(tab.getByTestId('save-state')).toContainText('Ikke gemt');
  expect(await closeAsks(tab)).toBe('beforeunload');
  await expect(field).toHaveValue('Kun i fanen');
  // Storage has room again: the next change writes everything, and the tab closes at once.
  await tab.evaluate(() => sessionStorage.removeItem('full'));
  await field.fill('Kun i fanen, nu gemt');
  await expect(tab.getByTestId('save-state')).toContainText('Gemt');
  expect(await closeAsks(tab)).toBe('closed');
});

test('a corrupt stored dossier is reported and never overwritten', async ({ page }) => {
  await createDossier(page, { title: 'God' });
  const key = 'b2c-kompas:dossier:11111111-2222-4333-8444-555555555555';
  const other = 'b2c-kompas:dossier:66666666-2222-4333-8444-555555555555';
  const bad = '{"lokal": {"mig": "boligorganisation"}, "dokument": {oops';
  await page.evaluate(([k, o, v]) => {
    localStorage.setItem(k, v);
    localStorage.setItem(o, `${v} too`);
  }, [key, other, bad]);
  await page.goto('./');
  const banner = page.getByRole('alert').filter({ hasText: 'Noget gemt kunne ikke læses' });
  await expect(banner).toBeVisible();
  await expect(page.getByText(key)).toBeVisible();
  await expect(page.getByText(other)).toBeVisible();
  await expect(page.getByRole('link', { name: 'God' })).toBeVisible();
  // Each says why, in the language chosen (the reason is worded by the readers' module).
  const reason = banner.getByRole('listitem').filter({ hasText: key });
  await expect(reason).toContainText('Filen er ikke gyldig JSON: fejl i linje 1, kolonne 54 (et feltnavn skal stå i anførselstegn).');
  await shot(page, 'storage-corrupt');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('alert').getByRole('listitem').filter({ hasText: key })).toContainText('The file is not valid JSON: error at line 1, column 54 (key must be a string).');
  await page.getByRole('button', { name: 'Dansk' }).click();
  await expect(reason).toContainText('Filen er ikke gyldig JSON');
  // Working on other dossiers leaves the unreadable values exactly as they were.
  await page.getByRole('link', { name: 'God' }).click();
  await page.getByLabel('Dossierets titel').fill('God og bedre');
  await expect(page.getByTestId('save-state')).toContainText('Gemt');
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(bad);
  // Each can be downloaded, and deleted only on request; deleting the first leaves the second
  // listed with its own buttons.
  await page.getByRole('link', { name: 'B2C Kompas' }).click();
  const first = banner.getByRole('listitem').filter({ hasText: key });
  let download = page.waitForEvent('download');
  await first.getByRole('button', { name: 'Hent som fil' }).click();
  expect((await download).suggestedFilename()).toContain('11111111-2222-4333-8444-555555555555');
  await first.getByRole('button', { name: 'Slet', exact: true }).click();
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
  await expect(banner.getByRole('listitem')).toHaveCount(1);
  await expect(banner.getByRole('listitem')).toContainText(other);
  download = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Hent som fil' }).click();
  expect((await download).suggestedFilename()).toContain('66666666-2222-4333-8444-555555555555');
  expect(await page.evaluate((o) => localStorage.getItem(o), other)).toBe(`${bad} too`);
  await banner.getByRole('button', { name: 'Slet', exact: true }).click();
  await expect(banner).toHaveCount(0);
  expect(await page.evaluate((o) => localStorage.getItem(o), other)).toBeNull();
});

test('"delete all data on this device" asks first, then leaves nothing of the dossiers behind', async ({ page }) => {
  await createDossier(page, { title: 'Første' });
  await createDossier(page, { title: 'Anden' });
  await open(page);
  await page.getByRole('button', { name: 'Slet alle data på denne enhed …' }).click();
  await expect(page.getByText('2 dossierer med alle deres udkast og svar slettes fra denne browser.')).toBeVisible();
  await page.getByRole('button', { name: 'Annullér' }).click();
  await expect(page.getByRole('link', { name: 'Første' })).toBeVisible();
  await page.getByRole('button', { name: 'Slet alle data på denne enhed …' }).click();
  await page.getByRole('button', { name: 'Ja, slet alt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Alle data er slettet fra denne browser.' })).toBeVisible();
  await expect(page.getByText('Der er endnu ingen dossierer i denne browser.')).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys).toEqual(['b2c-kompas:indstillinger']);
  await page.reload();
  await expect(page.getByText('Der er endnu ingen dossierer i denne browser.')).toBeVisible();
});

test('when the browser keeps values on "delete all data", the page says how many are left and what to do', async ({ page }) => {
  await createDossier(page, { title: 'Klæber' });
  await createDossier(page, { title: 'Klæber også' });
  await open(page);
  // A browser that will not remove the dossiers (as when another tab writes one back at once).
  await page.evaluate(() => {
    const remove = Storage.prototype.removeItem;
    Storage.prototype.removeItem = function (key) {
      if (!key.startsWith('b2c-kompas:dossier:')) remove.call(this, key);
    };
  });
  await page.getByRole('button', { name: 'Slet alle data på denne enhed …' }).click();
  await page.getByRole('button', { name: 'Ja, slet alt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ikke alt' })).toHaveText(
    'Ikke alt kunne slettes: 2 af de gemte værdier er her stadig. Luk andre faner med B2C Kompas, og prøv igen.',
  );
  // What is still stored is still listed: the page does not say the machine is clean.
  await expect(page.getByRole('link', { name: 'Klæber', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Klæber også' })).toBeVisible();
  await shot(page, 'wipe-refused');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Delete all data on this device …' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Not everything' })).toHaveText(
    'Not everything could be deleted. Values still stored: 2. Close other tabs with B2C Kompas and try again.',
  );
});

test('two tabs on one dossier: each takes the other\'s saved changes; typing in both at once asks', async ({ context }) => {
  const a = await context.newPage();
  await createDossier(a, { title: 'To faner' });
  const url = a.url();
  const b = await context.newPage();
  await b.goto(url);
  await expect(b.getByRole('heading', { level: 1, name: 'Oversigt' })).toBeVisible();
  const org = (p) => p.getByLabel('Organisation', { exact: true });
  // A types and saves; B, still open, shows it without a reload.
  await org(a).first().fill('Himmerland Boligforening');
  await expect(a.getByTestId('save-state')).toContainText('Gemt');
  await expect(org(b).first()).toHaveValue('Himmerland Boligforening');
  // B types in another field and saves; A shows it, and both edits are in storage.
  await org(b).nth(1).fill('Nortec A/S');
  await expect(b.getByTestId('save-state')).toContainText('Gemt');
  await expect(org(a).nth(1)).toHaveValue('Nortec A/S');
  const stored = await a.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('b2c-kompas:dossier:'));
    return JSON.parse(localStorage.getItem(key)).dokument.dossier.parter;
  });
  expect(stored.boligorganisation.organisation).toBe('Himmerland Boligforening');
  expect(stored.virksomhed.organisation).toBe('Nortec A/S');

  // B has an unsaved change when A's save arrives: B asks, and writes nothing until answered.
  await b.evaluate(() => {
    // Hold B's autosave a moment by typing, then deliver A's newer value as a storage event.
    const key = Object.keys(localStorage).find((k) => k.startsWith('b2c-kompas:dossier:'));
    window.__key = key;
  });
  await org(b).first().fill('Himmerland (B)');
  await b.evaluate(() => {
    const key = window.__key;
    const v = JSON.parse(localStorage.getItem(key));
    v.dokument.dossier.parter.boligorganisation.organisation = 'Himmerland (A)';
    const text = JSON.stringify(v);
    localStorage.setItem(key, text);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: text, storageArea: localStorage }));
  });
  await expect(b.getByRole('heading', { name: 'Ændret i en anden fane' })).toBeVisible();
  await b.waitForTimeout(1200);
  const held = await b.evaluate(() => JSON.parse(localStorage.getItem(window.__key)).dokument.dossier.parter.boligorganisation.organisation);
  expect(held, 'nothing written while the choice is open').toBe('Himmerland (A)');
  await expect(b.getByTestId('save-state'), 'the header does not claim it is saving').toHaveText('Ikke gemt: venter på dit valg');
  await shot(b, 'two-tabs-conflict');
  await b.getByRole('button', { name: 'Behold versionen i denne fane' }).click();
  await expect(b.getByRole('heading', { name: 'Ændret i en anden fane' })).toBeHidden();
  await expect(b.getByTestId('save-state')).toContainText('Gemt i browseren');
  await expect(org(a).first()).toHaveValue('Himmerland (B)');
});

test('a dossier deleted in another tab (or all data deleted there) is gone here too, and a change here asks instead of bringing it back', async ({ context }) => {
  const a = await context.newPage();
  await createDossier(a, { title: 'Delt maskine' });
  const url = a.url();
  const b = await context.newPage();
  await b.goto(url);
  const org = b.getByLabel('Organisation', { exact: true }).first();
  await expect(org).toBeVisible();
  // B has an unsaved change when the other tab deletes the dossier: B asks and writes nothing.
  await org.fill('Kun i denne fane');
  await b.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('b2c-kompas:dossier:'));
    window.__key = key;
    localStorage.removeItem(key);
    window.dispatchEvent(new StorageEvent('storage', { key, oldValue: 'x', newValue: null, storageArea: localStorage }));
  });
  const banner = b.getByRole('alert').filter({ hasText: 'blev slettet i en anden fane' });
  await expect(banner.getByRole('heading', { name: 'Slettet i en anden fane' })).toBeVisible();
  await b.waitForTimeout(1200);
  expect(await b.evaluate(() => localStorage.getItem(window.__key)), 'not brought back while the choice is open').toBeNull();
  await expect(b.getByTestId('save-state')).toHaveText('Ikke gemt: venter på dit valg');
  await shot(b, 'two-tabs-deleted');
  // In English too (the question stays open across the language switch).
  await b.getByRole('button', { name: 'English' }).click();
  await expect(b.getByRole('alert').getByRole('heading', { name: 'Deleted in another tab' })).toBeVisible();
  await expect(b.getByTestId('save-state')).toHaveText('Not saved: waiting for your choice');
  await b.getByRole('button', { name: 'Dansk' }).click();
  await banner.getByRole('button', { name: 'Slet det også her' }).click();
  await expect(b.getByRole('heading', { level: 1, name: 'Dossieret findes ikke i denne browser' })).toBeVisible();
  await b.waitForTimeout(1200);
  expect(await b.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':dossier:')))).toEqual([]);

  // "Delete all data on this device" in one tab empties the other tab's list as well.
  await createDossier(a, { title: 'Anden' });
  await b.goto('./');
  await expect(b.getByRole('link', { name: 'Anden' })).toBeVisible();
  await a.getByRole('link', { name: 'B2C Kompas' }).click();
  await a.getByRole('button', { name: 'Slet alle data på denne enhed …' }).click();
  await a.getByRole('button', { name: 'Ja, slet alt' }).click();
  await expect(b.getByText('Der er endnu ingen dossierer i denne browser.')).toBeVisible();
  await b.waitForTimeout(1200);
  expect(await b.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':dossier:')))).toEqual([]);
});
