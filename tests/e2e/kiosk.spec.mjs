// Kiosk mode on a tablet-sized touch screen: residents answer one statement per screen; sent
// responses survive a reload, a half-filled one does not; only the PIN leads out; offline works.
import { createHash } from 'node:crypto';
import { test, expect, shot, gap, createDossier, closeAsks, dropBlockedFetches, wasmRequests } from './fixtures.mjs';

test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true, serviceWorkers: 'allow' });

async function startKiosk(page, title) {
  await createDossier(page, { title });
  await page.getByRole('navigation', { name: 'Dossierets dele' }).getByRole('link', { name: 'Del 3: Evaluering & effektmåling' }).click();
  await page.getByRole('button', { name: 'Opret måling' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Måling: Baseline' })).toBeVisible();
  // No language, a PIN that is too short, two that differ, and an idle time out of range are
  // each refused with a reason, at the field it is about, which gets the focus.
  const pinField = page.getByLabel('PIN-kode til at forlade kiosken');
  const repeatField = page.getByLabel('Gentag PIN-koden');
  const idleField = page.getByLabel('Nulstil et halvt udfyldt skema efter (sekunder)');
  const refused = async (field, message, described = field) => {
    await page.getByRole('button', { name: 'Start kiosk' }).click();
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(field).toBeFocused();
    await expect(described).toHaveAccessibleDescription(new RegExp(`Fejl: ${message.replace('.', '\\.')}$`));
  };
  const languages = ['Dansk', 'English'].map((name) => page.getByRole('checkbox', { name }));
  for (const box of languages) await box.uncheck();
  await refused(languages[0], 'Vælg mindst ét sprog.', page.getByRole('group', { name: 'Sprog beboerne kan svare på' }));
  for (const box of languages) await box.check();
  await expect(page.getByRole('alert').filter({ hasText: 'Vælg mindst ét sprog.' })).toBeHidden();
  await pinField.fill('12');
  await repeatField.fill('12');
  await refused(pinField, 'PIN-koden skal have 4–8 cifre.');
  await expect(pinField).toHaveAttribute('aria-invalid', 'true');
  await pinField.fill('2468');
  await expect(pinField).not.toHaveAttribute('aria-invalid', 'true');
  await repeatField.fill('2469');
  await refused(repeatField, 'De to PIN-koder er ikke ens.');
  await expect(pinField).not.toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'kiosk-start-error');
  await repeatField.fill('2468');
  await idleField.fill('5');
  await refused(idleField, 'Skriv et helt antal sekunder mellem 40 og 600.');
  await idleField.fill('60');
  await repeatField.fill('2468');
  await page.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hvordan er det at bo her?' })).toBeVisible();
  // The PIN itself is nowhere in storage: only a salted hash. (The ids, the salt and the hash are
  // random hex and may contain the digits "2468" by chance, so they are checked by shape.)
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('b2c-kompas:kiosk')));
  const { dossier, round, salt, pinHash, ...rest } = stored;
  expect(JSON.stringify(rest)).not.toContain('2468');
  for (const id of [dossier, round]) expect(id).toMatch(/^[0-9a-f-]{36}$/);
  expect(salt).toMatch(/^[0-9a-f]{32}$/);
  expect(pinHash).toMatch(/^[0-9a-f]{64}$/);
  expect(pinHash).not.toBe(createHash('sha256').update('2468').digest('hex'));
}

/** One resident: a language, one answer per statement (null skips), then Send. */
async function resident(page, start, answers, { send = true, name } = {}) {
  await page.getByRole('button', { name: start }).tap();
  for (const [i, a] of answers.entries()) {
    await expect(page.getByText(start.includes('English') ? `${i + 1} of 3` : `${i + 1} af 3`)).toBeVisible();
    if (a) await page.getByText(a, { exact: true }).tap();
    if (a) await expect(page.getByRole('radio', { name: a, exact: true })).toBeChecked();
    if (name && i === 0) await shot(page, `${name}-statement`);
    await page.getByRole('button', { name: a ? (start.includes('English') ? 'Next' : 'Næste') : (start.includes('English') ? 'Skip' : 'Spring over') }).tap();
  }
  if (!send) return;
  if (name) await shot(page, `${name}-review`);
  await page.getByRole('button', { name: 'Send', exact: true }).tap();
}

test('residents answer in the kiosk; reload keeps the sent ones; only the PIN leads out', async ({ page }) => {
  await startKiosk(page, 'Kiosk i Hedemarken');
  await shot(page, 'kiosk-welcome');
  // Nothing of the app is on the screen: no header, no navigation, no dossier.
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('banner')).toHaveCount(0);

  await resident(page, 'Start på dansk', ['Helt enig', 'Delvist enig', 'Delvist uenig'], { name: 'kiosk' });
  await expect(page.getByRole('heading', { name: 'Tak for dine svar!' })).toBeVisible();
  await shot(page, 'kiosk-thanks');
  // The thank-you screen returns to the start by itself.
  await expect(page.getByRole('heading', { level: 1, name: 'Hvordan er det at bo her?' })).toBeVisible({ timeout: 12_000 });

  await resident(page, 'Start in English', ['Strongly agree', "Don't know", null]);
  await expect(page.getByRole('heading', { name: 'Thank you for your answers!' })).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).tap();

  // The third resident goes back to change an answer.
  await page.getByRole('button', { name: 'Start på dansk' }).tap();
  await page.getByText('Helt uenig', { exact: true }).tap();
  await page.getByRole('button', { name: 'Næste' }).tap();
  await page.getByRole('button', { name: 'Tilbage' }).tap();
  await expect(page.getByRole('radio', { name: 'Helt uenig' })).toBeChecked();
  await page.getByText('Hverken enig eller uenig', { exact: true }).tap();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /Næste|Spring over/ }).tap();
  await expect(page.getByText('Du har svaret på 1 af 3 udsagn.')).toBeVisible();
  await page.getByRole('button', { name: 'Send', exact: true }).tap();
  await expect(page.getByRole('heading', { name: 'Tak for dine svar!' })).toBeVisible();
  await page.getByRole('button', { name: 'Færdig' }).tap();

  // The fourth is half-way when the page reloads: the kiosk reopens locked, at the start.
  await resident(page, 'Start på dansk', ['Helt enig', 'Helt enig'], { send: false });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hvordan er det at bo her?' })).toBeVisible();
  const responses = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('b2c-kompas:dossier:'));
    return JSON.parse(localStorage.getItem(key)).dokument.dossier.del3.maalinger[0].svar;
  });
  expect(responses).toHaveLength(3);
  expect(responses.map((r) => r.split('|')[1]).sort()).toEqual(['10-', '124', '3--']);
  for (const r of responses) expect(r).toMatch(/^[0-9a-f]{16}\|[0-5-]{3}\|k\d{4}-\d{2}-\d{2}$/);

  // Typing another address or going back stays in the kiosk.
  await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Hvordan er det at bo her?' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Hvordan er det at bo her?' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  // Closing the tab (Ctrl+W, Alt+F4) asks first; staying keeps the kiosk.
  expect(await closeAsks(page)).toBe('beforeunload');
  await expect(page.getByRole('heading', { level: 1, name: 'Hvordan er det at bo her?' })).toBeVisible();

  // A wrong PIN keeps it locked; the right one shows the staff view.
  await page.getByRole('button', { name: 'Personale' }).tap();
  await page.getByLabel('PIN-kode').fill('1357');
  await page.getByRole('button', { name: 'Lås op' }).tap();
  await expect(page.getByRole('alert').filter({ hasText: 'Forkert PIN-kode. Kiosken er stadig låst.' })).toBeVisible();
  await expect(page.getByLabel('PIN-kode')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('PIN-kode')).toHaveAccessibleDescription('Fejl: Forkert PIN-kode. Kiosken er stadig låst.');
  // The large buttons stand apart from the field, so a finger aimed at one does not hit the other.
  expect(await gap(page.getByLabel('PIN-kode'), page.getByRole('button', { name: 'Lås op' })), 'space between the PIN and the buttons').toBeGreaterThanOrEqual(24);
  await shot(page, 'kiosk-pin');
  await page.getByLabel('PIN-kode').fill('2468');
  await page.getByRole('button', { name: 'Lås op' }).tap();
  await expect(page.getByRole('heading', { name: 'Kiosk – personale' })).toBeVisible();
  await expect(page.getByRole('definition').first()).toHaveText('3');
  await expect(page.getByRole('definition').nth(1)).toHaveText('3');
  await shot(page, 'kiosk-staff');
  await page.getByRole('button', { name: 'Afslut kiosken' }).tap();

  // Out of the kiosk: the round page, with the three responses scored like any others.
  await expect(page.getByRole('heading', { level: 1, name: 'Måling: Baseline' })).toBeVisible();
  await expect(page.getByText('Runden har 3 anonyme besvarelser.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('b2c-kompas:kiosk'))).toBeNull();
  // Ended with the PIN, everything written: the tab closes without asking.
  expect(await closeAsks(page)).toBe('closed');
});

test('a half-filled survey left alone is discarded after a warning that a touch extends', async ({ page }) => {
  await page.clock.install();
  await startKiosk(page, 'Kiosk med ur');
  await resident(page, 'Start på dansk', ['Helt enig'], { send: false });
  await page.clock.fastForward('00:45');
  const dialog = page.getByRole('alertdialog', { name: 'Er du her stadig?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/Dine svar slettes om \d+ sekunder/);
  await shot(page, 'kiosk-idle-warning');
  // A touch extends it; the answers are still there.
  await dialog.getByRole('button', { name: 'Ja, jeg fortsætter' }).tap();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Tilbage' }).tap();
  await expect(page.getByRole('radio', { name: 'Helt enig' })).toBeChecked();
  // Left alone past the warning: back to the start, nothing kept.
  await page.clock.fastForward('01:01');
  await expect(page.getByRole('heading', { level: 1, name: 'Hvordan er det at bo her?' })).toBeVisible();
  await page.getByRole('button', { name: 'Start på dansk' }).tap();
  await expect(page.getByRole('radio', { name: 'Helt enig' })).not.toBeChecked();
  const responses = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('b2c-kompas:dossier:'));
    return JSON.parse(localStorage.getItem(key)).dokument.dossier.del3.maalinger[0].svar;
  });
  expect(responses).toEqual([]);
});

test('the kiosk starts and runs with the network off once the app has been loaded', async ({ page, context }) => {
  await startKiosk(page, 'Kiosk uden net');
  // The service worker has kept the app's files.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hvordan er det at bo her?' })).toBeVisible();
  await resident(page, 'Start på dansk', ['Delvist enig', 'Delvist enig', 'Helt enig']);
  await expect(page.getByRole('heading', { name: 'Tak for dine svar!' })).toBeVisible();
  await page.getByRole('button', { name: 'Færdig' }).tap();
  await page.reload();
  await page.getByRole('button', { name: 'Personale' }).tap();
  await page.getByLabel('PIN-kode').fill('2468');
  await page.getByRole('button', { name: 'Lås op' }).tap();
  await expect(page.getByRole('definition').nth(1)).toHaveText('1');
  await context.setOffline(false);
});

test('on a phone and at 200 % zoom the statement screen scrolls whole and the staff button covers nothing', async ({ page }) => {
  await startKiosk(page, 'Kiosk på en telefon');
  await page.getByRole('button', { name: 'Start på dansk' }).tap();
  await expect(page.getByText('1 af 3')).toBeVisible();
  for (const size of [{ width: 390, height: 800 }, { width: 640, height: 450 }]) {
    await page.setViewportSize(size);
    const kiosk = page.locator('.kiosk');
    await kiosk.evaluate((e) => e.scrollTo(0, 0));
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(heading.y, `the statement starts on screen at ${size.width}×${size.height}`).toBeGreaterThanOrEqual(0);
    await kiosk.evaluate((e) => e.scrollTo(0, e.scrollHeight));
    const staff = await page.getByRole('button', { name: 'Personale' }).boundingBox();
    for (const name of ['Tilbage', 'Spring over']) {
      const b = await page.getByRole('button', { name, exact: true }).boundingBox();
      const apart = b.y + b.height <= staff.y || staff.y + staff.height <= b.y || b.x + b.width <= staff.x || staff.x + staff.width <= b.x;
      expect(apart, `"${name}" is not under the staff button at ${size.width}×${size.height}`).toBe(true);
    }
  }
  await shot(page, 'kiosk-zoom-200');
});

test('a running kiosk starts again from the main module and the start, kiosk and shared packs, fetched side by side', async ({ page }) => {
  await startKiosk(page, 'Kiosk fra startpakken');
  const seen = wasmRequests(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hvordan er det at bo her?' })).toBeVisible();
  // The kiosk's code is its own module (src/app.rs), in the kiosk pack, and the chunks it shares
  // with pages are the shared pack: no page module or chunk is fetched after the main module,
  // and the three packs were requested by index.html's inline script while the page was parsed,
  // before the loader of the split modules. The writer of dossiers (its own pack) comes once the
  // kiosk is painted, before a resident can answer.
  const WRITER = /^b2c-kompas-writer-[0-9a-f]+\.bin$/;
  expect(seen.filter((f) => !WRITER.test(f)).sort()).toEqual([
    expect.stringMatching(/^b2c-kompas-[0-9a-f]+_bg\.wasm$/),
    expect.stringMatching(/^b2c-kompas-kiosk-[0-9a-f]+\.bin$/),
    expect.stringMatching(/^b2c-kompas-shared-[0-9a-f]+\.bin$/),
    expect.stringMatching(/^b2c-kompas-start-[0-9a-f]+\.bin$/),
  ]);
  await expect.poll(() => seen.filter((f) => WRITER.test(f))).toHaveLength(1);
  const [start, kiosk, shared, loader] = await page.evaluate(() =>
    [/-start-[0-9a-f]+\.bin$/, /-kiosk-[0-9a-f]+\.bin$/, /-shared-[0-9a-f]+\.bin$/, /-split-[0-9a-f]+\.js$/].map((re) => performance.getEntriesByType('resource').find((e) => re.test(e.name))?.startTime),
  );
  expect(start).toBeLessThan(loader);
  expect(kiosk).toBeLessThan(loader);
  expect(shared).toBeLessThan(loader);
  await resident(page, 'Start på dansk', ['Helt enig', 'Helt enig', 'Helt enig']);
  await expect(page.getByRole('heading', { name: 'Tak for dine svar!' })).toBeVisible();
});

test.describe('without the service worker (so that a blocked fetch is not served from its cache)', () => {
  test.use({ serviceWorkers: 'block' });

  for (const [what, pack] of [
    ['own module', /-kiosk-[0-9a-f]+\.bin$/],
    ['chunks shared with pages', /-shared-[0-9a-f]+\.bin$/],
  ]) test(`a kiosk whose ${what} cannot be fetched says so, offers no way out, and starts on "Prøv igen"`, async ({ page, problems }) => {
    await startKiosk(page, 'Kiosk uden modul');
    const block = (route) => route.abort('internetdisconnected');
    await page.route(pack, block);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Siden kunne ikke hentes' })).toBeVisible();
    // Still the kiosk: no header, no navigation, and the front page's link leads nowhere else.
    await expect(page.getByRole('banner')).toHaveCount(0);
    await page.getByRole('link', { name: 'Til forsiden' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Siden kunne ikke hentes' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('b2c-kompas:kiosk'))).not.toBeNull();
    await page.unroute(pack, block);
    await page.getByRole('button', { name: 'Prøv igen' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Hvordan er det at bo her?' })).toBeVisible();
    dropBlockedFetches(problems);
  });
});

test('a staff toast does not stay over the kiosk: its «Fortryd» is not the residents\' to use', async ({ page }) => {
  await createDossier(page, { title: 'Kiosk efter fortryd' });
  await page.goto(page.url().replace(/\/oversigt$/, '/del3'));
  await page.getByRole('button', { name: 'Opret måling' }).click();
  await page.getByRole('button', { name: /^Fjern udsagn/ }).first().click();
  await expect(page.getByRole('button', { name: 'Fortryd' })).toBeVisible();
  await page.getByLabel('PIN-kode til at forlade kiosken').fill('2468');
  await page.getByLabel('Gentag PIN-koden').fill('2468');
  await page.getByLabel('PIN-kode til at forlade kiosken').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Hvordan er det at bo her?' })).toBeVisible();
  await expect(page.locator('.toast')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Fortryd' })).toHaveCount(0);
});
