// The foundation: the front page, dossiers that survive a reload, the language switch,
// delete with undo, deep links under a sub-path.
import { test, expect, open, shot, createDossier, exportDossier, importText, startKiosk } from './fixtures.mjs';

test('front page explains the tool and has no errors', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('heading', { level: 1, name: 'B2C Kompas' })).toBeVisible();
  await expect(page.getByText('hjælper en boligorganisation og en lokal virksomhed')).toBeVisible();
  await expect(page.getByText('Der er endnu ingen dossierer i denne browser')).toBeVisible();
  await shot(page, 'front-empty');
});

test('a new dossier keeps what is typed across a reload', async ({ page }) => {
  await createDossier(page, { title: 'Sommerfest i Hedemarken' });
  await page.getByLabel('Organisation', { exact: true }).first().fill('Bo-Vest');
  await page.getByLabel('Kontaktperson', { exact: true }).first().fill('Anna Jensen');
  await expect(page.getByTestId('save-state')).toContainText('Gemt');
  // The time of the save, in local time, as the browser's own Intl writes it in each language.
  const saved = async (lang) => {
    const shown = await page.getByTestId('save-state').textContent();
    const now = await page.evaluate((lang) => [0, 60_000].map((ago) => new Date(Date.now() - ago).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' })), lang);
    return [shown, now];
  };
  let [shown, now] = await saved('da-DK');
  expect(now.map((t) => `Gemt i browseren kl. ${t}`)).toContain(shown);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Organisation', { exact: true }).first().fill('Bo-Vest A/S');
  await expect(page.getByTestId('save-state')).toContainText('Saved in this browser at');
  [shown, now] = await saved('en-GB');
  expect(now.map((t) => `Saved in this browser at ${t}`)).toContain(shown);
  await page.getByRole('button', { name: 'Dansk' }).click();
  await page.getByLabel('Organisation', { exact: true }).first().fill('Bo-Vest');
  await expect(page.getByTestId('save-state')).toContainText('Gemt');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Oversigt' })).toBeVisible();
  await expect(page.getByLabel('Organisation', { exact: true }).first()).toHaveValue('Bo-Vest');
  await expect(page.getByLabel('Kontaktperson', { exact: true }).first()).toHaveValue('Anna Jensen');
  await expect(page.getByLabel('Dossierets titel')).toHaveValue('Sommerfest i Hedemarken');
  await shot(page, 'dossier-overview');
});

test('typing and reloading at once loses nothing', async ({ page }) => {
  await createDossier(page, { title: 'Hurtig' });
  await page.getByLabel('Organisation', { exact: true }).first().pressSequentially('KAB', { delay: 20 });
  await page.reload();
  await expect(page.getByLabel('Organisation', { exact: true }).first()).toHaveValue('KAB');
});

test('a field clicked right after a page change keeps its keystrokes', async ({ page }) => {
  // A busy machine: the frame after a navigation comes late. The app moves focus to the new
  // page's heading in that frame, but must not take it from a field the user is typing in.
  await page.addInitScript(() => {
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => setTimeout(() => raf(cb), 400);
  });
  await createDossier(page, { title: 'Fokus' });
  const org = page.getByLabel('Organisation', { exact: true }).first();
  await org.pressSequentially('KAB', { delay: 200 });
  await expect(org).toHaveValue('KAB');
  await expect(org).toBeFocused();
  // A navigation by link still puts focus on the new page's heading.
  await page.getByRole('navigation', { name: 'Dossierets dele' }).getByRole('link', { name: 'Del 1' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('the language switch is remembered and switches back', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Your dossiers' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your dossiers' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await shot(page, 'front-english');
  await page.getByRole('button', { name: 'Dansk' }).click();
  await expect(page.getByRole('heading', { name: 'Dine dossierer' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
});

test.describe('in Copenhagen', () => {
  test.use({ timezoneId: 'Europe/Copenhagen' });

  test('the front page writes when each dossier last changed in local time, as Intl does, without calling Intl', async ({ page }) => {
    // Counts the browser's date formatters: the first one costs 80–180 ms at 4x CPU (its locale
    // data), and the front page draws a date per dossier before its first paint.
    await page.addInitScript(() => {
      window.__intl = 0;
      for (const k of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']) {
        const f = Date.prototype[k];
        Date.prototype[k] = function (...a) {
          window.__intl++;
          return f.apply(this, a);
        };
      }
      const DTF = Intl.DateTimeFormat;
      Intl.DateTimeFormat = function (...a) {
        window.__intl++;
        return new DTF(...a);
      };
    });
    await open(page);
    // Winter and summer time, and a change late on the last day of a month in UTC.
    const changed = { Vinter: '2026-01-31T23:30:00Z', Sommer: '2026-07-09T10:00:00Z', September: '2026-09-03T05:05:30Z' };
    await page.evaluate((changed) => {
      for (const [title, at] of Object.entries(changed)) {
        const id = crypto.randomUUID();
        const dossier = { id, type: 'b2c', titel: { tekst: title }, oprettet: at, aendret: at };
        localStorage.setItem(`b2c-kompas:dossier:${id}`, JSON.stringify({ lokal: { mig: 'boligorganisation' }, dokument: { format: 'b2c-kompas', formatVersion: 2, dossier } }));
      }
    }, changed);
    await page.reload();
    const cell = (title, column) => page.getByRole('row').filter({ has: page.getByRole('link', { name: title }) }).locator(`td[data-title="${column}"]`);
    await expect(cell('Vinter', 'Senest ændret')).toHaveText('1. feb. 2026, 00.30');
    expect(await page.evaluate(() => window.__intl), 'no Intl formatter at start').toBe(0);
    const intl = (lang) => page.evaluate(([changed, lang]) => Object.values(changed).map((at) => new Date(at).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' })), [changed, lang]);
    const shown = (column) => Promise.all(Object.keys(changed).map((t) => cell(t, column).textContent()));
    expect(await shown('Senest ændret')).toEqual(['1. feb. 2026, 00.30', '9. jul. 2026, 12.00', '3. sep. 2026, 07.05']);
    expect(await shown('Senest ændret')).toEqual(await intl('da-DK'));
    await page.getByRole('button', { name: 'English' }).click();
    await expect(cell('Vinter', 'Last changed')).toHaveText('1 Feb 2026, 00:30');
    expect(await shown('Last changed')).toEqual(await intl('en-GB'));
  });
});

test('rename, duplicate, delete and undo on the front page', async ({ page }) => {
  await createDossier(page, { title: 'Første' });
  await page.getByRole('link', { name: 'B2C Kompas' }).click();
  await page.getByRole('button', { name: 'Omdøb Første' }).click();
  await page.getByLabel('Ny titel').fill('Julefest');
  await page.getByRole('button', { name: 'Gem titel' }).click();
  // The form goes: the focus goes to the dossier under its new title, not to the page's body.
  await expect(page.getByRole('link', { name: 'Julefest' })).toBeFocused();
  await page.getByRole('button', { name: 'Kopiér Julefest' }).click();
  await expect(page.getByRole('link', { name: 'Julefest (kopi)' })).toBeVisible();
  // Newest first: the copy, then the original; renaming the original puts it first again.
  const titles = page.locator('main').getByRole('link', { name: /^Julefest/ });
  await expect(titles).toHaveText(['Julefest (kopi)', 'Julefest']);
  await page.getByRole('button', { name: 'Omdøb Julefest', exact: true }).click();
  await page.getByLabel('Ny titel').fill('Julefest');
  await page.getByRole('button', { name: 'Gem titel' }).click();
  await expect(titles).toHaveText(['Julefest', 'Julefest (kopi)']);
  await shot(page, 'front-list');
  // Escape leaves the title as it was, with the focus on it.
  await page.getByRole('button', { name: 'Omdøb Julefest (kopi)' }).click();
  await page.getByLabel('Ny titel').fill('Glemt');
  await page.getByLabel('Ny titel').press('Escape');
  await expect(page.getByRole('link', { name: 'Julefest (kopi)' })).toBeFocused();
  // By keyboard: the row goes with its button, the focus to the list's heading; «Fortryd»
  // brings the dossier back with the focus on it.
  await page.getByRole('button', { name: 'Slet Julefest (kopi)' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Julefest (kopi)' })).toHaveCount(0);
  await expect(page.getByText('«Julefest (kopi)» er slettet.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Dine dossierer' })).toBeFocused();
  await shot(page, 'front-deleted-toast');
  await page.getByRole('button', { name: 'Fortryd' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Julefest (kopi)' })).toBeFocused();
  await expect(page.getByText('er tilbage på forsiden')).toHaveCount(0);
  // «Fortryd» used from another page: the dossier comes back, the focus goes to that page's
  // heading, since the dossier's link is not there (it fell to the page's body), and a message
  // says where the dossier is.
  await page.getByRole('button', { name: 'Slet Julefest (kopi)' }).click();
  await page.getByRole('link', { name: 'Julefest', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oversigt' })).toBeVisible();
  await expect(page.getByText('«Julefest (kopi)» er slettet.')).toBeVisible();
  await page.getByRole('button', { name: 'Fortryd' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Fortryd' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Oversigt' })).toBeFocused();
  await expect(page.getByRole('status').getByText('«Julefest (kopi)» er tilbage på forsiden.')).toBeVisible();
  await shot(page, 'dossier-back-elsewhere');
  await page.getByRole('link', { name: 'B2C Kompas' }).click();
  await expect(page.getByRole('link', { name: 'Julefest (kopi)' })).toBeVisible();
  // A delete that is not undone is gone after a reload.
  await page.getByRole('button', { name: 'Slet Julefest (kopi)' }).click();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Julefest', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Julefest (kopi)' })).toHaveCount(0);
});

test('a deep link reloads under the sub-path, and unknown links say so', async ({ page }) => {
  await createDossier(page, { title: 'Dybt link' });
  const url = page.url();
  expect(url).toMatch(/\/app\/#\/d\/[0-9a-f-]+\/oversigt$/);
  await page.goto(url);
  await expect(page.getByLabel('Dossierets titel')).toHaveValue('Dybt link');
  await page.goto('./#/d/00000000-0000-4000-8000-000000000000/oversigt');
  await expect(page.getByRole('heading', { name: 'Dossieret findes ikke i denne browser' })).toBeVisible();
  await page.goto('./#/noget/andet');
  await expect(page.getByRole('heading', { name: 'Siden findes ikke' })).toBeVisible();
});

test('the back button returns to the front page', async ({ page }) => {
  await createDossier(page, { title: 'Tilbage' });
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'B2C Kompas' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tilbage' })).toBeVisible();
});

test('the header keeps its size while the work is saved, so a link being tapped does not move', async ({ page }) => {
  // «Gemmer …» becomes «Gemt i browseren kl. 02.13» a second after a key. On a phone the longer
  // text took a line of its own and pushed the parts' links 24 px down under a finger.
  await createDossier(page, { title: 'Sommerfest i Hedemarken' });
  const field = page.getByLabel('Organisation', { exact: true }).first();
  const link = page.getByRole('navigation', { name: /Dossierets dele|Parts of the dossier/ }).getByRole('link', { name: /Del 3|Part 3/ });
  const where = async () => {
    const [state, box] = await Promise.all([page.getByTestId('save-state').textContent(), link.boundingBox()]);
    return { state, y: box.y };
  };
  for (const lang of ['da', 'en']) {
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    for (const width of [320, 390, 600, 800, 1000, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await field.fill(`KAB ${width}`);
      // At the top of the page, where the browser's scroll anchoring does not hide a shift.
      await page.evaluate(() => window.scrollTo(0, 0));
      const saving = await where();
      expect(saving.state, `${lang}, ${width} px`).toBe(lang === 'da' ? 'Gemmer …' : 'Saving …');
      await expect(page.getByTestId('save-state')).toContainText(lang === 'da' ? 'Gemt i browseren kl.' : 'Saved in this browser at');
      const saved = await where();
      expect(saved.y, `the link's place before and after «${saved.state}» (${lang}, ${width} px)`).toBe(saving.y);
    }
  }
});

test('usable on a phone and at 200 % zoom', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await createDossier(page, { title: 'Telefon' });
  await shot(page, 'phone-overview');
  await page.getByRole('link', { name: 'B2C Kompas' }).click();
  await expect(page.getByRole('link', { name: 'Telefon' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  await shot(page, 'phone-front');
  // 200 % zoom of a 1280 px window is a 640 px layout viewport.
  await page.setViewportSize({ width: 640, height: 450 });
  await shot(page, 'zoom-200-front');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
});

test('every part of both kinds of dossier fits 320 px (a phone, or 400 % zoom); wide tables scroll in their own box', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  for (const kind of ['partnership', 'dialogue']) {
    await createDossier(page, { kind, title: 'Partnerskab i Hedemarken 2027' });
    // The dossier's title has the header's full width: its facts go below it, not beside it.
    const title = await page.locator('.solution-heading').boundingBox();
    const facts = await page.locator('.solution-info .additional-info').boundingBox();
    expect(facts.y, 'facts below the title').toBeGreaterThanOrEqual(title.y + title.height - 1);
    const nav = page.getByRole('navigation', { name: 'Dossierets dele' });
    for (const part of await nav.getByRole('link').allTextContents()) {
      const link = nav.getByRole('link', { name: part, exact: true });
      const href = await link.getAttribute('href');
      const heading = page.locator('main h1');
      const before = (await page.evaluate(() => location.hash)) === href ? null : await heading.textContent();
      await link.click();
      // The address, then the new page's heading: the old one is visible until the page is drawn.
      await expect.poll(() => page.evaluate(() => location.hash), `the address of "${part}"`).toBe(href);
      await expect(heading).toBeVisible();
      if (before !== null) await expect(heading, `the page "${part}" is drawn`).not.toHaveText(before);
      // An open point shows its table of figures per year.
      if (part === 'Målepunkter') await page.locator('.point-details > summary').first().click();
      expect(await overflow(), `no sideways scrolling of the page on "${part}"`).toBeLessThanOrEqual(0);
    }
  }
  // The last part, the dashboard, draws its chart at this width too.
  await expect(page.locator('.chart svg').first()).toBeVisible();
  await shot(page, 'phone-dashboard');
  // The dashboard's table is wider than a phone: its box takes focus and scrolls by keyboard.
  const box = page.getByRole('region', { name: 'S – Social' });
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
});

// WCAG 2.1's text spacing (1.4.12): users' own style sheets that widen letters, words and lines
// lose nothing. At 320 px the parts' link «Del 3: Evaluering & effektmåling», kept on one line
// by DKFDS, ran 5–18 px past the window's edge.
test("with WCAG's text spacing, every part of both kinds of dossier, the front page and the kiosk fit 320 px", async ({ page }) => {
  const spaced = () => page.evaluate(() => {
    const sheet = document.styleSheets[0];
    for (const rule of [
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }',
      'p { margin-bottom: 2em !important; }',
    ]) sheet.insertRule(rule, sheet.cssRules.length);
  });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize({ width: 320, height: 800 });
  for (const kind of ['partnership', 'dialogue']) {
    await createDossier(page, { kind, title: 'Afstand mellem bogstaverne' });
    await spaced();
    const nav = page.getByRole('navigation', { name: 'Dossierets dele' });
    for (const part of await nav.getByRole('link').allTextContents()) {
      await nav.getByRole('link', { name: part, exact: true }).click();
      await expect(page.locator('main h1')).toBeVisible();
      expect(await overflow(), `no sideways scrolling on "${part}"`).toBeLessThanOrEqual(0);
    }
  }
  await shot(page, 'text-spacing-dashboard');
  await open(page);
  await spaced();
  expect(await overflow(), 'no sideways scrolling on the front page').toBeLessThanOrEqual(0);
  await startKiosk(page);
  await spaced();
  expect(await overflow(), "no sideways scrolling on the kiosk's welcome").toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Start på dansk' }).press('Enter');
  await expect(page.getByText('1 af 3')).toBeVisible();
  expect(await overflow(), "no sideways scrolling on the kiosk's statement").toBeLessThanOrEqual(0);
});

test('a very long word typed into a title breaks instead of widening the page', async ({ page }) => {
  const long = `Boligselskabet${'Sjælland'.repeat(25)}`;
  await createDossier(page, { title: long });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await page.getByRole('link', { name: 'B2C Kompas' }).click();
    await expect(page.getByRole('link', { name: long })).toBeVisible();
    expect(await overflow(), `front page at ${width} px`).toBeLessThanOrEqual(0);
    // The row's actions stay within the window's width.
    const rename = await page.getByRole('button', { name: /Omdøb/ }).first().boundingBox();
    expect(rename.x + rename.width, `the row's buttons at ${width} px`).toBeLessThanOrEqual(width);
    await page.getByRole('link', { name: long }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Oversigt' })).toBeVisible();
    expect(await overflow(), `dossier header at ${width} px`).toBeLessThanOrEqual(0);
  }
});

// Every text field of a partnership holds a long word (a URL, or words run together). Buttons,
// legends, grid and flex items were sized by their longest word: at 320 px Del 2's proposals
// and list items, the overview's file facts and the agreement's print view (its parties and
// signatures) widened the page by up to 848 px; on paper, the årshjul's table ran off the page.
test('long words in every text field of a file break instead of widening any page at 320 px, on screen, printed and in the kiosk', async ({ page }) => {
  const word = (n) => `Fællesskabsudviklingspartnerskabs${'aftale'.repeat(n)}`;
  const url = 'https://www.eksempel-boligforening.dk/afdelinger/hedemarken/nyheder/2027/partnerskab-med-erhvervslivet?side=1';
  let k = 0;
  const long = () => (k++ % 2 ? url : word(8));
  await createDossier(page, { title: 'Kilde' });
  const { json } = await exportDossier(page);
  const d = json.dossier;
  d.id = '0f0f0f0f-1111-4222-8333-999999999999';
  d.titel.tekst = long();
  for (const party of ['boligorganisation', 'virksomhed']) {
    Object.assign(d.parter[party], { organisation: word(6), kontaktperson: long(), rolle: long() });
    Object.assign(d.del1[party], {
      udfordringer: long(), indsatser: long(), interesse: long(), punkter: [long(), long(), long()],
      indikatorer: { tilhoersforhold: long(), tillid: long(), medskabende: long() },
      ressourcer: [{ type: 'andet', beskrivelse: long(), antal: 3, enhed: long() }],
      stedsspecifikke: [{ navn: long(), kpi: long(), maaling: 'optaelling', esrs: 'S4' }],
    });
  }
  const item = (n) => ({ id: `0f0f0f0f-1111-4222-8333-${String(n).repeat(12)}`, oprettet: '2026-01-01T00:00:00Z' });
  d.del2.prioriteter.udfordringer = long();
  d.del2.indikatorer.push({ ...item(5), valgt: true, navn: word(9), kpi: long(), kommentar: long() });
  d.del2.initiativer = [{ ...item(6), navn: word(5), beskrivelse: long(), bidrag: { boligorganisation: long(), virksomhed: long() } }];
  d.del2.aarshjul = [{ ...item(7), aktivitet: word(10), maaneder: [1, 6, 12], ansvar: 'sammen', note: long() }];
  d.del2.aftale.oevrigt = long();
  d.del2.aftale.effektmaaling.omfang = long();
  await importText(page, 'lange-ord.json', JSON.stringify(json));
  await page.getByRole('button', { name: 'Importér som nyt dossier' }).click();
  await expect(page.getByRole('heading', { name: 'Dossieret er importeret' })).toBeVisible();
  const base = `./#/d/${d.id}/`;
  await page.goto(`${base}del3`);
  await page.getByRole('button', { name: 'Opret måling' }).click();
  await expect(page.locator('main h1')).toContainText('Måling');
  const round = page.url();

  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  for (const part of ['oversigt', 'del1', 'del2', 'aftale', 'aftale-udskrift', 'del3', 'esg', 'esg-udskrift', round, '']) {
    await page.goto(part.startsWith('http') ? part : part ? base + part : './#/');
    await expect(page.locator('main h1')).toBeVisible();
    // The årshjul is drawn after the page: its legend holds the activity's name.
    if (part.startsWith('aftale')) await expect(page.locator('.chart svg')).toBeVisible();
    expect(await overflow(), `no sideways scrolling on "${part}"`).toBeLessThanOrEqual(0);
    // On paper (A4 less the margins: 178 mm, 673 px), where tables do not scroll.
    if (part.endsWith('-udskrift')) {
      await page.setViewportSize({ width: 673, height: 800 });
      await page.emulateMedia({ media: 'print' });
      expect(await overflow(), `nor on "${part}" printed`).toBeLessThanOrEqual(0);
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 320, height: 800 });
    }
  }
  await shot(page, 'long-words-front');
  // A place-specific indicator is a statement in the kiosk, in the residents' large type.
  await page.goto(round);
  await page.getByLabel('PIN-kode til at forlade kiosken').fill('2468');
  await page.getByLabel('Gentag PIN-koden').fill('2468');
  await page.getByLabel('PIN-kode til at forlade kiosken').press('Enter');
  await page.getByRole('button', { name: 'Start på dansk' }).press('Enter');
  for (let i = 1; i <= 4; i++) {
    await expect(page.getByText(`${i} af 4`)).toBeVisible();
    expect(await overflow(), `no sideways scrolling on the kiosk's statement ${i}`).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Spring over' }).press('Enter');
  }
  await shot(page, 'long-words-kiosk-review');
  expect(await overflow(), "no sideways scrolling on the kiosk's review").toBeLessThanOrEqual(0);
});
