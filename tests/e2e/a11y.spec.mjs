// axe-core on every kind of page, in Danish and English, on a desktop and at 320 px, including
// the kiosk and the print views: no violations of WCAG 2.1 A/AA.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, shot, open, createDossier, startKiosk, namingFaults } from './fixtures.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function check(page, where) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = result.violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(found, `axe violations on ${where}`).toEqual([]);
  expect(await namingFaults(page), `fields without their own label on ${where}`).toEqual([]);
}

// In English, nothing the app writes is left in Danish: no text or label with æ, ø or å, but for
// what the user typed (`own`), the bilingual <noscript> and the names of Danish sources, which
// are glossed («LBF Tryghedsundersøgelse (safety survey)»).
async function englishOnly(page, where, own = []) {
  const danish = await page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (/[æøå]/i.test(node.textContent) && !node.parentElement.closest('noscript')) out.push(node.textContent.trim());
    }
    // Every attribute a browser shows or reads out (labels, descriptions, tooltips); not those
    // that carry data: a field's value is what the user typed, and addresses and ids are names.
    const data = new Set(['value', 'href', 'src', 'id', 'class', 'style', 'for', 'name', 'aria-labelledby', 'aria-describedby', 'aria-controls']);
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('noscript')) continue;
      for (const { name, value } of el.attributes) {
        if (!data.has(name) && !name.startsWith('data-') && /[æøå]/i.test(value)) out.push(`${name}: ${value}`);
      }
    }
    return out;
  });
  const left = danish.filter((t) => !own.includes(t) && !/Tryghedsundersøgelse \(safety survey\)/.test(t));
  expect(left, `Danish left in English on ${where}`).toEqual([]);
}

// A section with nothing in it says so: never an empty list or table body, which a screen reader
// reads out as "list, 0 items" (every page here belongs to an empty dossier).
async function noEmptyLists(page, where) {
  const empty = 'main ul:not(:has(li)), main ol:not(:has(li)), main dl:not(:has(dt)), main tbody:not(:has(tr))';
  await expect(page.locator(empty), `empty lists on ${where}`).toHaveCount(0);
}

async function partnershipPages(page) {
  await createDossier(page, { title: 'Tilgængelighed' });
  const base = page.url().replace(/\/oversigt$/, '');
  const pages = ['oversigt', 'del1', 'del2', 'aftale', 'aftale-udskrift', 'del3', 'esg', 'esg-udskrift'].map((p) => `${base}/${p}`);
  await page.goto(`${base}/del3`);
  await page.getByRole('button', { name: /Opret måling|Create measurement/ }).click();
  await expect(page.locator('main h1')).toContainText(/Måling|Measurement/);
  pages.push(page.url());
  return pages;
}

// Danish and English on a desktop, and Danish again at 320 px (a phone, or 400 % zoom), where
// wide tables sit in scroll boxes.
for (const [lang, width] of [['da', 1280], ['en', 1280], ['da', 320]]) {
  test(`every page passes axe (${lang}, ${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    // The dossiers are made through the Danish forms; then the language is switched (it is remembered).
    const pages = await partnershipPages(page);
    await createDossier(page, { kind: 'dialogue', me: 'Boligorganisation', title: 'Dialog' });
    const dbase = page.url().replace(/\/oversigt$/, '');
    pages.push(...['oversigt', 'maalepunkter', 'dialogspoergsmaal', 'overblik', 'dialog-udskrift'].map((p) => `${dbase}/${p}`));
    pages.push(page.url().replace(/#.*$/, '#/sammenligning'), page.url().replace(/#.*$/, '#/import'), page.url().replace(/#.*$/, '#/nothing'));
    await open(page);
    if (lang === 'en') {
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
    await check(page, `front page (${lang})`);
    if (lang === 'en') await englishOnly(page, 'the front page', ['Tilgængelighed']);
    for (const url of pages) {
      await page.goto(url);
      await expect(page.locator('main h1')).toBeVisible();
      await check(page, `${url.split('#')[1]} (${lang})`);
      await noEmptyLists(page, url);
      if (lang === 'en') await englishOnly(page, url.split('#')[1], ['Tilgængelighed']);
      // The print views as they come out of the printer too: print.css hides the navigation,
      // the buttons and the banners, and changes the type.
      if (url.endsWith('-udskrift')) {
        await page.emulateMedia({ media: 'print' });
        await check(page, `${url.split('#')[1]}, printed (${lang})`);
        if (lang === 'da' && width === 1280) await shot(page, `printed-${url.split('/').pop()}`);
        await page.emulateMedia({ media: 'screen' });
      }
    }
    // One point opened, with a year added (the figures table).
    await page.goto(`${dbase}/maalepunkter`);
    await page.locator('#point-E1 summary').click();
    await expect(page.locator('#point-E1')).toContainText(lang === 'en' ? 'No figures yet: add a year below.' : 'Ingen tal endnu: tilføj et år herunder.');
    await noEmptyLists(page, 'E1 opened');
    await page.locator('#point-E1').getByRole('button', { name: /Tilføj år|Add year/ }).click();
    await check(page, `points with a figure (${lang})`);
    await expect(page.locator('#point-E1')).not.toContainText(/Ingen tal endnu|No figures yet/);
  });
}

test('the kiosk screens pass axe, in both languages', async ({ page }) => {
  // A fake clock, so the idle warning can be brought up without waiting for it.
  await page.clock.install();
  await startKiosk(page);
  await check(page, 'kiosk welcome');
  await page.getByRole('button', { name: 'Start på dansk' }).click();
  await page.getByText('Helt enig', { exact: true }).click();
  await check(page, 'kiosk statement');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /Næste|Spring over/ }).click();
  await check(page, 'kiosk review');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await check(page, 'kiosk thanks');
  await page.getByRole('button', { name: 'Færdig' }).click();

  // The same screens for a resident who starts in English, and the idle warning.
  await page.getByRole('button', { name: 'Start in English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByText('Strongly agree', { exact: true }).click();
  await check(page, 'kiosk statement (en)');
  await englishOnly(page, 'the kiosk\'s statement');
  await page.clock.fastForward('00:45');
  const idle = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await expect(idle).toBeVisible();
  await check(page, 'kiosk idle warning (en)');
  await englishOnly(page, 'the kiosk\'s idle warning');
  await idle.getByRole('button', { name: "Yes, I'll continue" }).click();
  await expect(idle).toBeHidden();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /^(Next|Skip)$/ }).click();
  await check(page, 'kiosk review (en)');
  await englishOnly(page, 'the kiosk\'s review');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Thank you for your answers!' })).toBeVisible();
  await check(page, 'kiosk thanks (en)');
  await englishOnly(page, 'the kiosk\'s thanks');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');

  await page.getByRole('button', { name: 'Personale' }).click();
  await check(page, 'kiosk PIN');
  await page.getByLabel('PIN-kode').fill('2468');
  await page.getByRole('button', { name: 'Lås op' }).click();
  await check(page, 'kiosk staff');
});

test('the axe check itself finds a planted violation', async ({ page }) => {
  await open(page);
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.id = 'planted';
    document.querySelector('main').append(b);
  });
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(result.violations.map((v) => v.id)).toContain('button-name');
});

test('the label check finds a field that shares its id, which axe passes', async ({ page }) => {
  await open(page);
  // Two fields with one id, each with its label: the second label names and ticks the first field.
  // The first is described by a hint that is not there.
  await page.evaluate(() => {
    for (const text of ['Første', 'Anden']) {
      const label = document.createElement('label');
      label.htmlFor = 'twin';
      label.textContent = text;
      const field = document.createElement('input');
      field.id = 'twin';
      if (text === 'Første') field.setAttribute('aria-describedby', 'twin-hint');
      document.querySelector('main').append(label, field);
    }
  });
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(result.violations.map((v) => v.id)).not.toContain('label');
  expect(await namingFaults(page)).toEqual([
    'the id «twin» repeats',
    'aria-describedby of «twin» names «twin-hint», which is not on the page',
    'the input «twin» has no label',
  ]);
  // Taken away again, or the check every test ends with (fixtures.mjs) would fail this one.
  await page.evaluate(() => document.querySelectorAll('main #twin, main label[for=twin]').forEach((e) => e.remove()));
  expect(await namingFaults(page)).toEqual([]);
});

// A contrast theme (Windows, forced colours) replaces the page's colours with the theme's and
// drops backgrounds. The kiosk's chosen answer and the dot of a chosen radio button were
// backgrounds, and every part of the dossier got the current part's underline: none could be
// seen.
test('in a contrast theme the chosen answer in the kiosk, a chosen radio button and the current part of a dossier stand out', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  const look = (locator) => locator.evaluate((e) => {
    const s = getComputedStyle(e);
    return `${s.backgroundColor} ${s.borderBottomColor} ${s.color}`;
  });
  await createDossier(page, { title: 'Kontrast' });
  const nav = page.getByRole('navigation', { name: 'Dossierets dele' });
  await nav.getByRole('link', { name: 'Del 1: Interne overvejelser' }).click();
  await page.mouse.move(0, 0);
  const current = nav.locator('li.active .nav-link span');
  await expect(current).toHaveText('Del 1: Interne overvejelser');
  const other = nav.getByRole('link', { name: 'Oversigt' }).locator('span');
  const underline = (locator) => locator.evaluate((e) => getComputedStyle(e).borderBottomColor);
  expect(await underline(current), "the current part's underline against another's").not.toBe(await underline(other));

  // The design system's radio buttons: the chosen one's dot against its circle.
  await nav.getByRole('link', { name: 'Oversigt' }).click();
  const radio = page.getByRole('radio', { name: 'Boligorganisation' });
  await expect(radio).toBeChecked();
  const me = page.locator(`label[for="${await radio.getAttribute('id')}"]`);
  const dot = await me.evaluate((e) => [getComputedStyle(e, '::after').backgroundColor, getComputedStyle(e, '::before').backgroundColor]);
  expect(dot[0], "the chosen radio button's dot against its circle").not.toBe(dot[1]);

  await startKiosk(page);
  await page.getByRole('button', { name: 'Start på dansk' }).press('Enter');
  await page.getByText('Delvist enig', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Delvist enig' })).toBeChecked();
  const chosen = page.locator('.kiosk-radio:checked + .kiosk-choice');
  expect(await look(chosen), 'the chosen answer against another').not.toBe(await look(page.locator('label.kiosk-choice', { hasText: 'Helt enig' })));
  await shot(page, 'kiosk-contrast-theme');
});

// With the system's "reduce motion" setting, nothing slides or fades: the skip link and the
// toasts appear at once (their transitions are the only motion; charts are never animated).
test('with reduced motion nothing moves: the skip link and a toast have no transition', async ({ page }) => {
  await createDossier(page, { title: 'Ro' });
  const durations = () => page.evaluate(() => ['a.skipnav', '.toast'].map((s) => document.querySelector(s) && getComputedStyle(document.querySelector(s)).transitionDuration));
  await page.getByRole('navigation', { name: 'Dossierets dele' }).getByRole('link', { name: 'Del 1: Interne overvejelser' }).click();
  await page.getByRole('button', { name: 'Tilføj ressource' }).click();
  await page.getByRole('button', { name: /^Fjern ressource/ }).click();
  await expect(page.locator('.toast')).toHaveCount(1);
  expect(await durations(), 'as designed, without the setting').toEqual(['0.2s', '0.15s']);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await durations()).toEqual(['0s', '0s']);
});
