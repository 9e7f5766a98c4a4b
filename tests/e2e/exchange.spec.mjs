// The file the parties swap: export, import, clear errors, merge, conflicts and undo.
import { test, expect, open, shot, createDossier, exportDossier, importText } from './fixtures.mjs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync(new URL('../../public/schema/b2c-kompas.schema.json', import.meta.url)));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(json) {
  const ok = validate(json);
  expect(validate.errors ?? [], 'the export matches public/schema/b2c-kompas.schema.json').toEqual([]);
  expect(ok).toBe(true);
}

test('the schema is served with the app', async ({ page }) => {
  const res = await page.request.get('./schema/b2c-kompas.schema.json');
  expect(res.ok()).toBe(true);
  expect((await res.json()).title).toContain('format version 2');
});

test('two parties exchange a dossier and nothing is lost', async ({ browser }) => {
  // The housing organisation creates the dossier and sends it.
  const housing = await (await browser.newContext()).newPage();
  await createDossier(housing, { title: 'Sommerfest i Hedemarken', me: 'Boligorganisation' });
  await housing.getByLabel('Organisation', { exact: true }).first().fill('Bo-Vest');
  const first = await exportDossier(housing);
  expect(first.name).toMatch(/^sommerfest-i-hedemarken-\d{4}-\d{2}-\d{2}\.json$/);
  expect(first.json.format).toBe('b2c-kompas');
  expect(first.json.eksporteretAf).toBe('boligorganisation');
  expectValid(first.json);
  await expect(housing.getByTestId('last-exported')).not.toHaveText('Aldrig');

  // The company imports it in its own browser: a new dossier, and it says who it is.
  const company = await (await browser.newContext()).newPage();
  await importText(company, first.name, first.text);
  await expect(company.getByText('indeholder et dossier, som ikke findes i denne browser')).toBeVisible();
  await expect(company.getByLabel('Virksomhed', { exact: true })).toBeChecked();
  await shot(company, 'import-new');
  await company.getByRole('button', { name: 'Importér som nyt dossier' }).click();
  await expect(company.getByRole('heading', { name: 'Dossieret er importeret' })).toBeVisible();
  await company.getByRole('link', { name: 'Åbn dossieret' }).click();
  await expect(company.getByLabel('Organisation', { exact: true }).first()).toHaveValue('Bo-Vest');
  await expect(company.getByText('Du er: Virksomhed')).toBeVisible();
  await company.getByLabel('Organisation', { exact: true }).nth(1).fill('Nortec');
  const reply = await exportDossier(company);
  expect(reply.json.eksporteretAf).toBe('virksomhed');
  expectValid(reply.json);

  // Meanwhile the housing organisation went on working.
  await housing.getByLabel('Kontaktperson', { exact: true }).first().fill('Anna Jensen');
  await importText(housing, reply.name, reply.text);
  await expect(housing.getByRole('heading', { name: 'Filen er flettet ind' })).toBeVisible();
  await expect(housing.getByTestId('import-summary')).toContainText('Part: Virksomhed');
  await shot(housing, 'import-merged');
  await housing.getByRole('link', { name: 'Åbn dossieret' }).click();
  await expect(housing.getByLabel('Organisation', { exact: true }).nth(1)).toHaveValue('Nortec');
  await expect(housing.getByLabel('Kontaktperson', { exact: true }).first()).toHaveValue('Anna Jensen');

  // Importing the same file again changes nothing.
  await importText(housing, reply.name, reply.text);
  await expect(housing.getByRole('heading', { name: 'Intet nyt i filen' })).toBeVisible();
});

test('a section changed on both sides shows the conflict screen; undo restores', async ({ browser }) => {
  const a = await (await browser.newContext()).newPage();
  await createDossier(a, { title: 'Fælles titel' });
  const base = await exportDossier(a);
  const b = await (await browser.newContext()).newPage();
  await importText(b, base.name, base.text);
  await b.getByRole('button', { name: 'Importér som nyt dossier' }).click();
  await b.getByRole('link', { name: 'Åbn dossieret' }).click();
  await b.getByLabel('Dossierets titel').fill('Virksomhedens titel');
  await b.getByLabel('Organisation', { exact: true }).nth(1).fill('Nortec');
  const theirs = await exportDossier(b);

  await a.getByLabel('Dossierets titel').fill('Boligorganisationens titel');
  await importText(a, theirs.name, theirs.text);
  await expect(a.getByRole('heading', { name: 'Ændret begge steder' })).toBeVisible();
  const conflict = a.locator('section.conflict').filter({ hasText: 'Dossierets titel' });
  await expect(conflict.getByRole('cell', { name: 'Boligorganisationens titel' })).toBeVisible();
  await expect(conflict.getByRole('cell', { name: 'Virksomhedens titel' })).toBeVisible();
  await shot(a, 'import-conflict');
  // Completing without a choice says what is missing.
  await a.getByRole('button', { name: 'Gennemfør importen' }).click();
  await expect(a.getByText('Vælg en version for hvert afsnit')).toBeVisible();
  await conflict.getByLabel('Tag partnerens version').check();
  await a.getByRole('button', { name: 'Gennemfør importen' }).click();
  await expect(a.getByRole('heading', { name: 'Filen er flettet ind' })).toBeVisible();
  await expect(a.getByTestId('import-summary')).toContainText('Dossierets titel: partnerens version taget');
  await a.getByRole('link', { name: 'Åbn dossieret' }).click();
  await expect(a.getByLabel('Dossierets titel')).toHaveValue('Virksomhedens titel');
  await expect(a.getByLabel('Organisation', { exact: true }).nth(1)).toHaveValue('Nortec');

  // Undo brings back exactly what was there before the import, also after a reload.
  await a.getByRole('button', { name: 'Fortryd import' }).click();
  await expect(a.getByLabel('Dossierets titel')).toHaveValue('Boligorganisationens titel');
  await expect(a.getByLabel('Organisation', { exact: true }).nth(1)).toHaveValue('');
  await a.reload();
  await expect(a.getByLabel('Dossierets titel')).toHaveValue('Boligorganisationens titel');
});

test('cancelling a conflicted import changes nothing', async ({ browser }) => {
  const a = await (await browser.newContext()).newPage();
  await createDossier(a, { title: 'Start' });
  const base = await exportDossier(a);
  const doc = JSON.parse(base.text);
  doc.dossier.titel = { rev: { bbbbbbbbbbbb: 3 }, tekst: 'Deres' };
  await a.getByLabel('Dossierets titel').fill('Min');
  await importText(a, 'deres.json', JSON.stringify(doc));
  await a.getByRole('button', { name: 'Annullér – intet ændres' }).click();
  await a.goto(base.json.dossier.id ? `./#/d/${base.json.dossier.id}/oversigt` : './');
  await expect(a.getByLabel('Dossierets titel')).toHaveValue('Min');
});

test('an import whose earlier state is damaged or gone cannot be undone, says so and changes nothing', async ({ page }) => {
  await createDossier(page, { title: 'Start' });
  const base = await exportDossier(page);
  const id = base.json.dossier.id;
  const doc = JSON.parse(base.text);
  doc.dossier.titel = { rev: { bbbbbbbbbbbb: 3 }, tekst: 'Deres' };
  await importText(page, 'deres.json', JSON.stringify(doc));
  await expect(page.getByRole('heading', { name: 'Filen er flettet ind' })).toBeVisible();
  await page.getByRole('link', { name: 'Åbn dossieret' }).click();
  await expect(page.getByLabel('Dossierets titel')).toHaveValue('Deres');
  await expect(page.getByTestId('save-state')).toContainText('Gemt');
  const key = `b2c-kompas:dossier:${id}`;
  const saved = await page.evaluate((key) => localStorage.getItem(key), key);

  for (const damage of ['{"lokal": ', null]) {
    await page.evaluate(([id, damage]) => {
      const k = `b2c-kompas:foer-import:${id}`;
      if (damage === null) localStorage.removeItem(k);
      else localStorage.setItem(k, damage);
    }, [id, damage]);
    await page.getByRole('button', { name: 'Fortryd import' }).click();
    const toast = page.getByRole('status').filter({ hasText: 'Importen kan ikke fortrydes' });
    await expect(toast).toContainText('Intet er ændret.');
    if (damage) await shot(page, 'undo-import-unavailable');
    await expect(page.getByLabel('Dossierets titel')).toHaveValue('Deres');
    expect(await page.evaluate((key) => localStorage.getItem(key), key)).toBe(saved);
    await toast.getByRole('button', { name: 'Luk' }).click();
    await expect(page.getByText('Importen kan ikke fortrydes')).toBeHidden();
  }
});

/** Files that must be refused with a specific message, leaving everything as it was. */
function badFiles(valid) {
  const v = JSON.parse(valid);
  const wrongType = structuredClone(v);
  wrongType.dossier.parter.boligorganisation.organisation = 42;
  const newer = structuredClone(v);
  newer.formatVersion = 99;
  const missing = structuredClone(v);
  delete missing.dossier.id;
  const version = structuredClone(v);
  version.formatVersion = 'to';
  return [
    ['not JSON, with line and column', 'brudt.json', '{\n  "format": "b2c-kompas",\n  oops\n}', 'linje 3, kolonne 3 (et feltnavn skal stå i anførselstegn).'],
    ['JSON but not our format', 'andet.json', '{"type": "excalidraw", "elements": []}', 'ikke et B2C Kompas-dossier'],
    ['a newer format version', 'nyere.json', JSON.stringify(newer), 'formatversion 99'],
    ['a field of the wrong type, with its path', 'forkert.json', JSON.stringify(wrongType), 'Feltet parter.boligorganisation.organisation er ugyldigt: forkert type: heltal «42», forventet tekst'],
    ['a missing field', 'mangler.json', JSON.stringify(missing), 'feltet mangler: «id»'],
    // The app's own words for what is wrong, in Danish only (no «/ must be …» after them).
    ['a format version that is not a number', 'version.json', JSON.stringify(version), 'Feltet formatVersion er ugyldigt: skal være et helt tal fra 1.'],
    ['nesting too deep', 'dyb.json', '['.repeat(500) + ']'.repeat(500), 'dybere end'],
    ['a valid but empty file', 'tom.json', '{}', 'Filen er tom'],
    ['an empty file', 'nul.json', '', 'Filen er tom'],
    ['not text', 'billede.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]), 'ikke en tekstfil'],
  ];
}

test('every kind of bad file gets its own message and nothing changes', async ({ page }) => {
  await createDossier(page, { title: 'Urørt' });
  const { text } = await exportDossier(page);
  // Wait until the export's own note ("last exported") has been written.
  await expect.poll(() => page.evaluate(() => Object.values(localStorage).join())).toContain('"eksporteret":["');
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  for (const [what, name, content, expected] of badFiles(text)) {
    await open(page);
    await page.locator('#import-file-home').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) });
    await expect(page.getByTestId('import-error'), what).toContainText(expected);
    await expect(page.getByText('Intet er ændret.')).toBeVisible();
    if (name === 'forkert.json') await shot(page, 'import-error-path');
  }
  const after = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  expect(after).toBe(before);
});

test('a file over 5 MB is refused before it is read', async ({ page }) => {
  await open(page);
  const big = Buffer.alloc(5 * 1024 * 1024 + 10, 0x20);
  await page.locator('#import-file-home').setInputFiles({ name: 'stor.json', mimeType: 'application/json', buffer: big });
  await expect(page.getByTestId('import-error')).toContainText('Grænsen er 5 MB');
});

test('a file dropped anywhere on the page is imported', async ({ page }) => {
  await createDossier(page, { title: 'Trukket' });
  const { text } = await exportDossier(page);
  await page.getByRole('link', { name: 'B2C Kompas' }).click();
  await page.getByRole('button', { name: 'Slet Trukket' }).click();
  const dataTransfer = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'trukket.json', { type: 'application/json' }));
    return dt;
  }, text);
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await expect(page.locator('.drop-overlay')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByRole('button', { name: 'Importér som nyt dossier' })).toBeVisible();
});

test('Del 1 travels between the parties; a conflicting Del 2 edit is resolved; undo restores', async ({ browser }) => {
  const nav = (page, name) => page.getByRole('navigation', { name: 'Dossierets dele' }).getByRole('link', { name }).click();
  // The housing organisation fills its Del 1 and exports.
  const housing = await (await browser.newContext()).newPage();
  await createDossier(housing, { title: 'Nortec og Bo-Vest', me: 'Boligorganisation' });
  await nav(housing, 'Del 1: Interne overvejelser');
  await housing.getByLabel('Hvilke udfordringer eller muligheder er i fokus i området?').fill('Unge uden job');
  const first = await exportDossier(housing);
  expectValid(first.json);

  // The company imports it, sees the housing organisation's Del 1 read-only, fills its own.
  const company = await (await browser.newContext()).newPage();
  await importText(company, first.name, first.text);
  await company.getByRole('button', { name: 'Importér som nyt dossier' }).click();
  await company.getByRole('link', { name: 'Åbn dossieret' }).click();
  await nav(company, 'Del 1: Interne overvejelser');
  const partner = company.getByRole('region', { name: 'Partnerens forberedelse – Boligorganisation' });
  await expect(partner).toContainText('Unge uden job');
  await expect(partner.getByRole('textbox')).toHaveCount(0);
  await company.getByLabel('Hvilke udfordringer eller muligheder er i fokus i området?').fill('Vi mangler lokale lærlinge');
  await company.getByLabel('Større virksomhed', { exact: true }).check();
  await nav(company, 'Del 2: Fælles rammesætning');
  await company.locator('#d2-challenges').fill('Praktikpladser til unge');
  const reply = await exportDossier(company);
  expectValid(reply.json);

  // Meanwhile the housing organisation adds to its Del 1 and writes Del 2 differently.
  await housing.getByLabel('Hvad er jeres interesse i at indgå partnerskabet?').fill('Liv i stueetagen');
  await nav(housing, 'Del 2: Fælles rammesætning');
  await housing.locator('#d2-challenges').fill('Ensomhed');
  await importText(housing, reply.name, reply.text);
  const conflict = housing.locator('section.conflict').filter({ hasText: 'Del 2: Fælles prioriteringer' });
  await expect(conflict.getByRole('row', { name: /Udfordringer og muligheder.*Ensomhed.*Praktikpladser til unge/ })).toBeVisible();
  await conflict.getByLabel('Tag partnerens version').check();
  await housing.getByRole('button', { name: 'Gennemfør importen' }).click();
  await expect(housing.getByTestId('import-summary')).toContainText('Del 1: Virksomhed');
  await housing.getByRole('link', { name: 'Åbn dossieret' }).click();
  await nav(housing, 'Del 1: Interne overvejelser');
  await expect(housing.getByLabel('Hvilke udfordringer eller muligheder er i fokus i området?')).toHaveValue('Unge uden job');
  await expect(housing.getByLabel('Hvad er jeres interesse i at indgå partnerskabet?')).toHaveValue('Liv i stueetagen');
  await expect(housing.getByRole('region', { name: 'Partnerens forberedelse – Virksomhed' })).toContainText('Vi mangler lokale lærlinge');
  await nav(housing, 'Del 2: Fælles rammesætning');
  await expect(housing.locator('#d2-challenges')).toHaveValue('Praktikpladser til unge');
  await expect(housing.getByRole('region', { name: 'Virksomhed' })).toContainText('Vi mangler lokale lærlinge');
  // A list the partner left empty reads as an unanswered question does, not as a bare heading.
  const points = housing.getByRole('region', { name: 'Virksomhed' }).locator('.read-group').filter({ has: housing.getByRole('heading', { name: 'Fem vigtigste punkter' }) });
  await expect(points.locator('.read-value')).toHaveText('–');
  await shot(housing, 'del2-meeting-view');

  // Undo the import: everything as it was, including my own Del 2 text.
  await nav(housing, 'Oversigt');
  await housing.getByRole('button', { name: 'Fortryd import' }).click();
  await nav(housing, 'Del 2: Fælles rammesætning');
  await expect(housing.locator('#d2-challenges')).toHaveValue('Ensomhed');
  await nav(housing, 'Del 1: Interne overvejelser');
  await expect(housing.getByRole('region', { name: 'Partnerens forberedelse – Virksomhed' })).toContainText('Partnerens Del 1 kommer med, når du importerer');
});
