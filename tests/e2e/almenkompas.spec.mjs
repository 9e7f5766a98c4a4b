// AlmenKompas: the housing organisation fills in points over two years and the six questions,
// exports; the municipality imports it with two more organisations' files (and one bad file),
// compares them point by point and exports the comparison for Excel.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { test, expect, shot, gap, tooltipTexts, open, createDossier, exportDossier, downloadText } from './fixtures.mjs';

const schema = JSON.parse(readFileSync(new URL('../../public/schema/b2c-kompas.schema.json', import.meta.url)));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

async function nav(page, name) {
  await page.getByRole('navigation', { name: 'Dossierets dele' }).getByRole('link', { name, exact: true }).click();
}

/** Opens a point and enters figures for the given years ('' leaves a year missing), and a target. */
async function fillPoint(page, id, figures, target) {
  const point = page.locator(`#point-${id}`);
  await point.locator('summary').click();
  for (const [year, value] of figures) {
    await point.getByLabel('Nyt år').fill(String(year));
    await point.getByRole('button', { name: `Tilføj år (${id})` }).click();
    await expect(point.getByLabel(`Værdi ${year}`)).toBeFocused();
    if (value !== '') await point.getByLabel(`Værdi ${year}`).fill(value);
  }
  if (target) await point.getByLabel(`Mål (${id})`).fill(target);
}

test('five points over two years, the questions, the dashboard; three organisations compared and exported', async ({ browser }) => {
  const housing = await (await browser.newContext()).newPage();
  await createDossier(housing, { kind: 'dialogue', me: 'Boligorganisation', title: 'Styringsdialog 2026' });
  await housing.getByRole('group', { name: 'Boligorganisation' }).getByLabel('Organisation').fill('Boligselskabet Sjælland');
  await housing.getByRole('group', { name: 'Kommune' }).getByLabel('Organisation').fill('Roskilde Kommune');

  await nav(housing, 'Målepunkter');
  await expect(housing.getByRole('heading', { level: 1, name: "AlmenKompas' 20 målepunkter" })).toBeVisible();
  await expect(housing.locator('details.point-details')).toHaveCount(20);
  await fillPoint(housing, 'E1', [[2024, '124'], [2025, '118']], '120');
  await fillPoint(housing, 'E3', [[2024, '45'], [2025, '52,5']], '60');
  await fillPoint(housing, 'S3', [[2024, ''], [2025, '61']], '65');
  await fillPoint(housing, 'S7', [[2024, '58'], [2025, '63']], '70');
  await fillPoint(housing, 'G2', [[2024, '40'], [2025, '35']]);
  // A value that is not a number is refused with a message, and not saved.
  await housing.locator('#point-G2').getByLabel('Værdi 2025').fill('mange');
  await expect(housing.locator('#point-G2').getByRole('alert')).toContainText('Skriv et tal');
  await housing.locator('#point-G2').getByLabel('Værdi 2025').fill('35');
  await housing.locator('#point-E1').getByLabel('Handleplan (E1)').fill('Udskiftning af vinduer i afdeling 12.');
  // The definition and unit can be adjusted per point; the suggestion stays visible.
  await housing.locator('#point-E3').getByLabel(/Jeres KPI-definition/).fill('Andel af m² med energimærke A–C');
  // The point's own unit shows at once in its summary and its table, and nowhere else; emptied,
  // the suggestion applies again.
  const e3 = housing.locator('#point-E3');
  const suggested = await e3.locator('summary .point-summary').textContent();
  await e3.getByLabel(/^Enhed \(forslag/).fill('pct. af m²');
  await expect(e3.locator('summary')).toContainText('52,5 pct. af m² (2025)');
  await expect(e3.getByRole('table')).toHaveAccessibleName('Nøgletal pr. år for E3 (pct. af m²)');
  await expect(housing.locator('#point-E1 summary')).toContainText('118 kWh/m²/år (2025)');
  await e3.getByLabel(/^Enhed \(forslag/).fill('');
  await expect(e3.locator('summary .point-summary')).toHaveText(suggested);
  await expect(housing.locator('#point-S3 summary')).toContainText('61 % (2025) · Mål ikke nået');
  // A point without figures says so once.
  await expect(housing.locator('#point-E2 summary .point-summary')).toHaveText('Tal mangler');
  await shot(housing, 'almenkompas-points');

  await nav(housing, 'Dialogspørgsmål');
  await housing.getByLabel('Boligorganisationens forberedelse (1)').fill('Energiforbrug og lokalt fællesskab.');
  await housing.getByLabel('Boligorganisationens forberedelse (2)').fill('Klimaplanens mål for 2030.');
  await expect(housing.getByText('Ikke udfyldt endnu.').first()).toBeVisible();

  await nav(housing, 'Overblik');
  const e = housing.getByRole('table', { name: 'E – Miljø' });
  const e1 = e.getByRole('row', { name: /E1 Energiforbrug/ });
  await expect(e1).toContainText('118 kWh/m²/år (2025)');
  await expect(e1).toContainText('Faldet fra sidste år (bedre)');
  await expect(e1).toContainText('Mål nået');
  const s3 = housing.getByRole('table', { name: 'S – Social' }).getByRole('row', { name: /S3 Livschancer/ });
  // 2024 is missing: no trend, and not read as a rise from 0.
  await expect(s3).toContainText('Ingen sammenligning med sidste år');
  await expect(housing.getByRole('table', { name: 'G – Governance' }).getByRole('row', { name: /G6/ })).toContainText('Tal mangler');
  // A count reads in what it counts.
  await expect(housing.getByRole('table', { name: 'G – Governance' }).getByRole('row', { name: /G2 Frivillighed/ })).toContainText('35 frivillige (2025)');
  await expect(housing.locator('#groups-chart svg')).toBeVisible();
  // Each group's table stands apart from what is above it (the chart, the group before).
  expect(await gap(housing.locator('#groups-chart'), housing.getByRole('table', { name: 'E – Miljø' }))).toBeGreaterThanOrEqual(24);
  expect(await gap(housing.getByRole('table', { name: 'E – Miljø' }), housing.getByRole('table', { name: 'S – Social' }))).toBeGreaterThanOrEqual(24);
  await expect(housing.locator('.chart-text')).toContainText('E1 Energiforbrug (kWh/m²/år) – Boligselskabet Sjælland: 2024: 124, 2025: 118. Mål: 120 kWh/m²/år.');
  await shot(housing, 'almenkompas-dashboard');
  // Another point: the same chart (the same ECharts instance on the same element) draws it.
  const pointChart = housing.locator('#point-chart');
  await expect(pointChart.locator('svg')).toBeVisible();
  const instance = await pointChart.getAttribute('_echarts_instance_');
  // A figure's tooltip is written as the table writes it, with its unit.
  await housing.getByLabel('Målepunkt', { exact: true }).selectOption('E3');
  await expect(pointChart).toHaveAttribute('aria-label', /^E3 /);
  await expect.poll(async () => (await tooltipTexts(pointChart, 0, 1)).filter((t) => /^52,5 \S/.test(t))).toHaveLength(1);
  await housing.getByLabel('Målepunkt', { exact: true }).selectOption('S3');
  await expect(housing.locator('.trend-figure figcaption').nth(1)).toHaveText('S3 Livschancer');
  await expect(housing.locator('.chart-text')).toContainText('S3 Livschancer (%) – Boligselskabet Sjælland: 2024: mangler, 2025: 61.');
  await expect(pointChart).toHaveAttribute('aria-label', /^S3 Livschancer/);
  expect(await pointChart.getAttribute('_echarts_instance_')).toBe(instance);
  await housing.getByRole('link', { name: 'Forberedelse til dialogmødet (udskrift)' }).click();
  await housing.emulateMedia({ media: 'print' });
  await expect(housing.getByRole('heading', { level: 1, name: 'Forberedelse til dialogmødet' })).toBeVisible();
  await expect(housing.getByText('Energiforbrug og lokalt fællesskab.')).toBeVisible();
  await expect(housing.getByText('Udskiftning af vinduer i afdeling 12.')).toBeVisible();
  // The first group's table follows its heading as any text does; the tables after it stand apart.
  const pointsHeading = housing.getByRole('heading', { level: 2, name: 'Målepunkterne' });
  const focusHeading = housing.getByRole('heading', { level: 2, name: 'Kommunens fokus' });
  expect(await gap(pointsHeading, housing.getByRole('table', { name: 'E – Miljø' }))).toBe(await gap(focusHeading, focusHeading.locator('xpath=following-sibling::*[1]')));
  expect(await gap(housing.getByRole('table', { name: 'E – Miljø' }), housing.getByRole('table', { name: 'S – Social' }))).toBeGreaterThanOrEqual(24);
  await shot(housing, 'almenkompas-print');
  await housing.emulateMedia({ media: 'screen' });
  await nav(housing, 'Oversigt');
  const file = await exportDossier(housing);
  expect(validate(file.json), JSON.stringify(validate.errors)).toBe(true);
  const points = file.json.dossier.almenkompas.punkter;
  expect(points.S3.tal).toEqual([{ aar: 2024, vaerdi: null, kilde: '', kommentar: '' }, { aar: 2025, vaerdi: 61, kilde: '', kommentar: '' }]);

  // Two more organisations' files (the same format, other ids and figures), and a broken one.
  const other = (n, name, e1values) => {
    const j = structuredClone(file.json);
    j.dossier.id = `0000000${n}-0000-4000-8000-000000000000`;
    j.dossier.parter.boligorganisation.organisation = name;
    j.dossier.almenkompas.punkter.E1.tal = e1values.map(([aar, vaerdi]) => ({ aar, vaerdi, kilde: '', kommentar: '' }));
    return { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(j)) };
  };
  const files = [
    { name: 'styringsdialog-sjaelland.json', mimeType: 'application/json', buffer: Buffer.from(file.text) },
    other(1, 'Lejerbo Roskilde', [[2024, 131], [2025, 127.5]]),
    other(2, 'Domea Roskilde', [[2023, 140], [2025, 122]]),
    { name: 'ødelagt.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "b2c-kompas", ') },
  ];

  const muni = await (await browser.newContext()).newPage();
  await open(muni);
  await muni.getByRole('link', { name: 'Importér dem på én gang og sammenlign dem (AlmenKompas)' }).click();
  await expect(muni.getByRole('heading', { level: 1, name: 'Sammenlign styringsdialoger' })).toBeVisible();
  await muni.getByLabel('Vælg en eller flere filer fra boligorganisationerne').setInputFiles(files);
  await expect(muni.getByText('3 af 4 filer er importeret. 1 kunne ikke importeres.')).toBeVisible();
  await expect(muni.locator('.import-outcomes li.outcome-error')).toContainText('ødelagt.json');
  await expect(muni.getByText('ny styringsdialog med Domea Roskilde.')).toBeVisible();
  const table = muni.getByRole('table', { name: /E1 Energiforbrug – pr. organisation og år/ });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row', { name: /Domea Roskilde/ })).toContainText('140');
  await expect(table.getByRole('row', { name: /Domea Roskilde/ })).toContainText('mangler');
  await expect(table.getByRole('row', { name: /Lejerbo Roskilde/ })).toContainText('127,5');
  await expect(muni.locator('#compare-chart svg')).toBeVisible();
  await shot(muni, 'almenkompas-compare');
  const compareChart = muni.locator('#compare-chart');
  const compareInstance = await compareChart.getAttribute('_echarts_instance_');
  await expect(table.getByRole('columnheader')).toHaveText(['Organisation', '2023', '2024', '2025', 'Enhed', 'Mål', 'Status']);
  // The rows stay on the page when another point is chosen: only their texts change.
  await table.getByRole('row', { name: /Domea Roskilde/ }).evaluate((tr) => { tr.dataset.kept = 'yes'; });
  await muni.getByLabel('Målepunkt', { exact: true }).selectOption('S3');
  const s3Table = muni.getByRole('table', { name: /S3 Livschancer/ });
  await expect(s3Table.getByRole('row', { name: /Boligselskabet Sjælland/ })).toContainText('mangler');
  await expect(s3Table.getByRole('row', { name: /Domea Roskilde/ })).toHaveAttribute('data-kept', 'yes');
  await expect(s3Table.getByRole('columnheader')).toHaveText(['Organisation', '2024', '2025', 'Enhed', 'Mål', 'Status']);
  await expect(s3Table.getByRole('row', { name: /Domea Roskilde/ }).getByRole('cell')).toHaveText(['mangler', '61', '%', '65', 'Mål ikke nået']);
  await expect(muni.locator('.trend-figure figcaption')).toHaveText('S3 Livschancer');
  await expect(compareChart).toHaveAttribute('aria-label', /^S3 Livschancer \(%\) – /);
  expect(await compareChart.getAttribute('_echarts_instance_')).toBe(compareInstance);
  const wait = muni.waitForEvent('download');
  await muni.getByRole('button', { name: 'Eksportér sammenligningen som CSV (Excel)' }).click();
  const download = await wait;
  expect(download.suggestedFilename()).toMatch(/^almenkompas-sammenligning-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await downloadText(download);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toBe('Målepunkt;Navn;Gruppe;Organisation;År;Værdi;Enhed;Mål;Målår;Retning;Kilde;Definition;Forslag fra kataloget');
  expect(lines).toContain('E1;Energiforbrug;E;Lejerbo Roskilde;2025;127,5;kWh/m²/år;120;;Lavere er bedre;;Leveret energi til varme, varmt vand og bygningsel pr. opvarmet m², varme graddagekorrigeret.;ja');
  expect(lines.some((l) => l.startsWith('S3;Livschancer;S;Boligselskabet Sjælland;2024;;%'))).toBe(true);

  // The municipality marks a point to follow in one of them; the dashboard shows it.
  await muni.getByRole('link', { name: 'Boligselskabet Sjælland' }).click();
  await nav(muni, 'Målepunkter');
  await muni.locator('#point-E1 summary').click();
  await muni.locator('#point-E1').getByLabel('Kommunen vil følge dette punkt (E1)').check();
  await muni.locator('#point-E1').getByLabel(/Kommunens politiske mål/).fill('Klimaplan 2030');
  await expect(muni.locator('#point-E1 summary')).toContainText('Kommunen følger');
  // The housing organisation's figures are read-only for the municipality.
  await expect(muni.locator('#point-E1').getByLabel('Værdi 2025')).toHaveCount(0);
  await expect(muni.locator('#point-E1').getByRole('table')).toContainText('118');
});

test('a chart writes figures of a thousand and more, and decimals, as the user does', async ({ page }) => {
  await createDossier(page, { kind: 'dialogue', me: 'Boligorganisation', title: 'Husleje' });
  await nav(page, 'Målepunkter');
  await fillPoint(page, 'S8', [[2024, '1150'], [2025, '1225,5']]);
  // «1.150» is 1150 to a Dane and 1,15 to an English reader: the field asks, and keeps 1150.
  const s8 = page.locator('#point-S8');
  await s8.getByLabel('Værdi 2024').fill('1.150');
  await expect(s8.getByRole('alert')).toHaveText('Fejl: «1.150» kan betyde både 1150 og 1,15. Skriv 1150 eller 1,15.');
  await expect(s8.getByLabel('Værdi 2024')).toHaveAttribute('aria-invalid', 'true');
  // None of it was saved: back on the page, the field holds 1150.
  await nav(page, 'Oversigt');
  await nav(page, 'Målepunkter');
  await s8.locator('summary').click();
  await expect(s8.getByLabel('Værdi 2024')).toHaveValue('1150');
  await s8.getByLabel('Værdi 2024').fill('1 150');
  await expect(s8.getByRole('alert')).toHaveCount(0);
  // A Danish comma is always decimals; «1.000,5» and «1,000.5» have thousands and decimals.
  await s8.getByLabel('Værdi 2025').fill('1.230,5');
  await expect(s8.locator('summary')).toContainText('1230,5 kr./m²/år (2025)');
  await s8.getByLabel('Værdi 2025').fill('1,225.5');
  await expect(s8.locator('summary')).toContainText('1225,5 kr./m²/år (2025)');
  await expect(s8.getByRole('alert')).toHaveCount(0);
  // On a phone the figures' table scrolls, and each figure still shows whole in its field.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const year of [2024, 2025]) {
    const field = page.getByLabel(`Værdi ${year}`);
    await field.scrollIntoViewIfNeeded();
    expect(await field.evaluate((input) => input.scrollWidth <= input.clientWidth), `the figure of ${year} shows whole`).toBe(true);
  }
  // The point's summary wraps there, and its second line stands in line with the first, right of
  // the chevron (DKFDS' chevron is inline: a wrapped line started under it).
  const lines = await page.locator('#point-S8 summary').evaluate((summary) => {
    const chevron = summary.getBoundingClientRect().left + parseFloat(getComputedStyle(summary, '::before').width);
    const walker = document.createTreeWalker(summary, NodeFilter.SHOW_TEXT);
    const starts = new Map();
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const r of range.getClientRects()) starts.set(Math.round(r.top), Math.min(starts.get(Math.round(r.top)) ?? Infinity, r.left - chevron));
    }
    return [...starts.values()];
  });
  expect(lines.length, 'the summary wraps at 390 px').toBeGreaterThan(1);
  for (const left of lines) expect(left, 'each line starts right of the chevron').toBeGreaterThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });
  await nav(page, 'Overblik');
  await page.getByLabel('Målepunkt', { exact: true }).selectOption('S8');
  const chart = page.locator('#point-chart');
  await expect(chart).toHaveAttribute('aria-label', /^S8 .*2025: 1225,5/);
  const texts = () => chart.locator('svg text').allTextContents();
  // ECharts' own labels would read «1,000» (one, to a Danish reader) and «1,225.5».
  await expect.poll(texts).toContain('1000');
  expect((await texts()).filter((t) => /\d,\d{3}|\d\.\d/.test(t))).toEqual([]);
  await expect.poll(async () => (await tooltipTexts(chart, 0, 1)).filter((t) => t.startsWith('1225,5 '))).toHaveLength(1);
  // In English, the decimal point; «1,150» is asked about there.
  await page.getByRole('button', { name: 'English' }).click();
  const parts = page.getByRole('navigation', { name: 'Parts of the dossier' });
  await parts.getByRole('link', { name: 'Measurement points', exact: true }).click();
  await page.locator('#point-S8 summary').click();
  await page.locator('#point-S8').getByLabel('Value 2024').fill('1,150');
  await expect(page.locator('#point-S8').getByRole('alert')).toHaveText('Error: “1,150” could mean 1150 or 1.15. Write 1150 or 1.15.');
  await page.locator('#point-S8').getByLabel('Value 2024').fill('1150');
  await parts.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await page.getByLabel('Point', { exact: true }).selectOption('S8');
  await expect.poll(async () => (await tooltipTexts(chart, 0, 1)).filter((t) => t.startsWith('1225.5 '))).toHaveLength(1);
  await expect.poll(texts).toContain('1000');
});

test('a new year is a year, added by Enter or the button; its value field gets the focus, unless the user has already moved on', async ({ page }) => {
  await createDossier(page, { kind: 'dialogue', me: 'Boligorganisation', title: 'Dialog' });
  await nav(page, 'Målepunkter');
  const e1 = page.locator('#point-E1');
  await e1.locator('summary').click();
  // A year that is not one is refused, said beside the field and named by it.
  await e1.getByLabel('Nyt år').fill('24');
  await e1.getByLabel('Nyt år').press('Enter');
  await expect(e1.getByLabel('Nyt år')).toHaveAttribute('aria-invalid', 'true');
  await expect(e1.getByLabel('Nyt år')).toHaveAccessibleDescription('Tomt: året efter det seneste. Fejl: Skriv et årstal mellem 1900 og 2200.');
  await expect(e1).toContainText('Ingen tal endnu: tilføj et år herunder.');
  // Enter in the field adds the year, as the button does.
  await e1.getByLabel('Nyt år').fill('2024');
  await e1.getByLabel('Nyt år').press('Enter');
  await expect(e1.getByLabel('Værdi 2024')).toBeFocused();
  await expect(e1.getByLabel('Nyt år')).toHaveAccessibleDescription('Tomt: året efter det seneste.');
  // The target's year is a year too.
  await e1.getByLabel('Målår (E1)').fill('30');
  await e1.getByLabel('Målår (E1)').blur();
  await expect(e1.getByRole('alert')).toHaveText('Fejl: Skriv et årstal mellem 1900 og 2200 – eller lad feltet stå tomt.');
  await e1.getByLabel('Målår (E1)').fill('2030');
  await expect(e1.getByRole('alert')).toHaveCount(0);
  // A fast typist already in another field before the next frame keeps it: the app's move of the
  // focus (one frame later) does not take what they type into the new year's value.
  await e1.evaluate((point) => {
    [...point.querySelectorAll('button')].find((b) => b.textContent === 'Tilføj år (E1)').click();
    document.getElementById('year-E1').focus();
  });
  await expect(e1.getByLabel('Værdi 2025')).toBeVisible();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(e1.getByLabel('Nyt år')).toBeFocused();
});

test('removing a year moves the focus to the year in its place, and «Fortryd» brings its figure, source and comment back', async ({ page }) => {
  await createDossier(page, { kind: 'dialogue', me: 'Boligorganisation', title: 'Fortryd år' });
  await nav(page, 'Målepunkter');
  await fillPoint(page, 'E1', [[2023, '130'], [2024, '124'], [2025, '118']]);
  const e1 = page.locator('#point-E1');
  await e1.getByLabel('Kilde 2024').fill('Årsregnskab');
  await e1.getByLabel('Kommentar 2024').fill('Efter renoveringen');
  const toasts = page.getByRole('status').filter({ has: page.locator('.toast') });
  const undo = page.getByRole('button', { name: 'Fortryd' });
  await e1.getByRole('button', { name: 'Fjern 2024' }).click();
  await expect(e1.getByLabel('Værdi 2024')).toHaveCount(0);
  await expect(e1.getByLabel('Værdi 2025')).toBeFocused();
  await expect(toasts).toContainText('Tallene for E1 i 2024 er fjernet fra «Fortryd år».');
  await undo.click();
  await expect(e1.getByLabel('Værdi 2024')).toBeFocused();
  await expect(e1.getByLabel('Værdi 2024')).toHaveValue('124');
  await expect(e1.getByLabel('Kilde 2024')).toHaveValue('Årsregnskab');
  await expect(e1.getByLabel('Kommentar 2024')).toHaveValue('Efter renoveringen');
  await expect(e1.getByRole('row')).toHaveCount(4);
  await page.reload();
  await e1.locator('summary').click();
  await expect(e1.getByLabel('Kilde 2024')).toHaveValue('Årsregnskab');
  // The last year's place goes to the one before it; with none left, to the new year's field.
  await e1.getByRole('button', { name: 'Fjern 2025' }).click();
  await expect(e1.getByLabel('Værdi 2024')).toBeFocused();
  for (const y of [2024, 2023]) await e1.getByRole('button', { name: `Fjern ${y}` }).click();
  await expect(e1.getByLabel('Nyt år')).toBeFocused();
  // A year typed in again before «Fortryd» keeps what was typed; the toast says why.
  await e1.getByLabel('Nyt år').fill('2023');
  await e1.getByLabel('Nyt år').press('Enter');
  await e1.getByLabel('Værdi 2023').fill('99');
  await expect(toasts).toContainText('Tallene for E1 i 2023 er fjernet fra «Fortryd år».');
  await undo.click();
  await expect(toasts).toContainText('Tallene for E1 i 2023 kunne ikke gendannes: året er skrevet ind igen.');
  await expect(e1.getByLabel('Værdi 2023')).toHaveValue('99');
  await expect(e1.getByLabel('Værdi 2023')).toBeFocused();
});

test('the points page follows another tab: what is saved there shows here in its own point, and typing here still saves', async ({ context }) => {
  const a = await context.newPage();
  await createDossier(a, { kind: 'dialogue', me: 'Boligorganisation', title: 'To faner' });
  await nav(a, 'Målepunkter');
  const b = await context.newPage();
  await b.goto(a.url());
  await expect(b.getByRole('heading', { level: 1, name: "AlmenKompas' 20 målepunkter" })).toBeVisible();
  // A adds a year with a figure and a target to E1, and a plan to S3; B, open all the while,
  // shows them in those points without a reload, and the other points as they were.
  await fillPoint(a, 'E1', [[2025, '118']], '120');
  await a.locator('#point-S3 summary').click();
  await a.locator('#point-S3').getByLabel('Handleplan (S3)').fill('Lektiecafé i fælleshuset.');
  await expect(a.getByTestId('save-state')).toContainText('Gemt');
  const e1 = b.locator('#point-E1');
  await expect(e1.locator('summary')).toContainText('118 kWh/m²/år (2025) · Mål nået');
  await e1.locator('summary').click();
  await expect(e1.getByLabel('Værdi 2025')).toHaveValue('118');
  await expect(e1.getByLabel('Mål (E1)')).toHaveValue('120');
  await b.locator('#point-S3 summary').click();
  await expect(b.locator('#point-S3').getByLabel('Handleplan (S3)')).toHaveValue('Lektiecafé i fælleshuset.');
  await expect(b.locator('#point-E2 summary')).toContainText('Tal mangler');
  // The municipality's mark arrives (as its file would bring it, saved by another tab): E1's
  // summary and the municipality's part say so, and no other point does.
  await b.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('b2c-kompas:dossier:'));
    const v = JSON.parse(localStorage.getItem(key));
    v.dokument.dossier.almenkompas.kommunensFokus = { E1: { foelges: true, politikmaal: 'Klimaplan 2030' } };
    const text = JSON.stringify(v);
    localStorage.setItem(key, text);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: text, storageArea: localStorage }));
  });
  await expect(e1.locator('summary')).toContainText('Kommunen følger');
  await expect(e1).toContainText('Kommunen vil følge dette punkt.');
  await expect(e1).toContainText('Politiske mål: Klimaplan 2030');
  await expect(b.locator('#point-S3 summary')).not.toContainText('Kommunen følger');
  await expect(b.locator('#point-S3')).toContainText('Kommunen har ikke markeret punktet.');
  // B types a new figure into the field that followed A: it is saved, and A shows it.
  await e1.getByLabel('Værdi 2025').fill('117');
  await expect(e1.locator('summary')).toContainText('117 kWh/m²/år (2025)');
  await expect(b.getByTestId('save-state')).toContainText('Gemt');
  await expect(a.locator('#point-E1').getByLabel('Værdi 2025')).toHaveValue('117');
  await expect(a.locator('#point-E1 summary')).toContainText('Kommunen følger');
});

test('"Lokalt fællesskab" takes its figure from a partnership\'s survey on this machine, with the source', async ({ page, context }) => {
  await createDossier(page, { title: 'Aabakken' });
  await createDossier(page, { title: 'Hedemarken' });
  await nav(page, 'Del 3: Evaluering & effektmåling');
  await page.getByRole('button', { name: 'Opret måling' }).click();
  await page.getByRole('tab', { name: 'Optalte svar' }).click();
  await page.getByLabel('Udsagn 1: Helt enig').fill('9');
  await page.getByLabel('Udsagn 1: Delvist uenig').fill('3');
  await page.getByRole('button', { name: 'Tilføj 12 besvarelser' }).click();
  await expect(page.getByText('12 besvarelser er tilføjet ud fra optællingen.')).toBeVisible();

  await createDossier(page, { kind: 'dialogue', me: 'Boligorganisation', title: 'Dialog' });
  await nav(page, 'Målepunkter');
  const s7 = page.locator('#point-S7');
  await s7.locator('summary').click();
  // The year is already listed with another figure: taking the survey's replaces it on screen.
  const year = String(new Date().getFullYear());
  await s7.getByLabel('Nyt år').fill(year);
  await s7.getByRole('button', { name: 'Tilføj år (S7)' }).click();
  await s7.getByLabel(`Værdi ${year}`).fill('50');
  await s7.getByLabel('Partnerskab').selectOption({ label: 'Hedemarken' });
  const option = s7.getByLabel('Måling og indikator');
  await expect(option.locator('option')).toHaveCount(2);
  await option.selectOption({ index: 1 });
  await s7.getByRole('button', { name: 'Brug tallet' }).click();
  await expect(s7.getByRole('status')).toContainText(`75 % er sat ind for ${year} med kilden.`);
  await expect(s7.getByLabel(`Værdi ${year}`)).toHaveValue('75');
  await expect(s7.getByLabel(`Kilde ${year}`)).toHaveValue(/Business2Community-dossier «Hedemarken», måling «Baseline», indikator «Tilhørsforhold»: andel enige, n = 12/);

  // Typing on the page leaves the list of partnerships alone: it is not drawn again on each key
  // (it was, with every option's attributes set anew, a cost that grew with the dossiers here).
  const partnership = s7.getByLabel('Partnerskab');
  await partnership.evaluate((select) => {
    window.__listChanges = 0;
    new MutationObserver((ms) => (window.__listChanges += ms.length)).observe(select, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await s7.getByLabel(`Kommentar ${year}`).pressSequentially('Fra målingen');
  await expect(s7.getByLabel(`Kommentar ${year}`)).toHaveValue('Fra målingen');
  await expect(page.getByTestId('save-state')).toContainText('Gemt i browseren');
  expect(await page.evaluate(() => window.__listChanges)).toBe(0);
  await expect(partnership.locator('option:checked')).toHaveText('Hedemarken');

  // Another tab renames the chosen partnership: it is still the one chosen here, by its new name,
  // with its measurements; deleted there, nothing is chosen here and its measurements are gone.
  const other = await context.newPage();
  await other.goto('./');
  await other.getByRole('button', { name: 'Omdøb Hedemarken', exact: true }).click();
  await other.getByLabel('Ny titel').fill('Hedemarken Nord');
  await other.getByRole('button', { name: 'Gem titel' }).click();
  await expect(other.getByRole('link', { name: 'Hedemarken Nord' })).toBeVisible();
  await expect(partnership.locator('option')).toHaveText(['Vælg …', 'Hedemarken Nord', 'Aabakken']);
  await expect(partnership.locator('option:checked')).toHaveText('Hedemarken Nord');
  await expect(option.locator('option')).toHaveCount(2);
  await other.getByRole('button', { name: 'Slet Hedemarken Nord' }).click();
  await expect(other.getByRole('link', { name: 'Hedemarken Nord' })).toHaveCount(0);
  await expect(partnership.locator('option')).toHaveText(['Vælg …', 'Aabakken']);
  await expect(partnership).toHaveValue('');
  await expect(option).toHaveCount(0);
  await expect(s7.getByRole('button', { name: 'Brug tallet' })).toHaveCount(0);
  // Undone there, it is back here as it was: chosen, with its measurements.
  await other.getByRole('button', { name: 'Fortryd' }).click();
  await expect(partnership.locator('option')).toHaveText(['Vælg …', 'Hedemarken Nord', 'Aabakken']);
  await expect(partnership.locator('option:checked')).toHaveText('Hedemarken Nord');
  await expect(option.locator('option')).toHaveCount(2);
  await other.close();
});

/** Fourteen housing organisations' AlmenKompas files with E1 for 2024 and 2025 ("Org 1" … "Org 14"). */
function manyOrgFiles() {
  const template = JSON.parse(readFileSync(new URL('../golden/format-v2-from-v1.json', import.meta.url)));
  const now = new Date().toISOString();
  return Array.from({ length: 14 }, (_, i) => {
    // The first organisation reports for the first time: 2025 only.
    const punkter = { E1: { tal: (i === 0 ? [2025] : [2024, 2025]).map((aar) => ({ aar, vaerdi: 100 + i + 10 * (aar - 2024), kilde: 'LBF' })) } };
    const doc = {
      format: 'b2c-kompas', formatVersion: 2, appVersion: template.appVersion,
      dossier: { id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, type: 'almenkompas', titel: { tekst: `Org ${i + 1}` }, oprettet: now, aendret: now,
        parter: { boligorganisation: { organisation: `Boligorganisation ${String(i + 1).padStart(2, '0')}` }, kommune: { organisation: 'Kommunen' } },
        almenkompas: { katalogVersion: 1, punkter } },
    };
    return { name: `org-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) };
  });
}

test('a comparison of many organisations: grey lines with the median, one organisation highlighted on request', async ({ page }) => {
  const files = manyOrgFiles();
  await open(page);
  await page.getByRole('link', { name: 'Importér dem på én gang og sammenlign dem (AlmenKompas)' }).click();
  await page.getByLabel('Vælg en eller flere filer fra boligorganisationerne').setInputFiles(files);
  await expect(page.getByText('14 af 14 filer er importeret.', { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: /E1 Energiforbrug – pr. organisation og år/ }).getByRole('row')).toHaveCount(15);
  const summary = 'E1 Energiforbrug (kWh/m²/år) for 14 organisationer, 2024–2025. De seneste tal går fra 110 til 123. Medianen: 2024: 107, 2025: 116,5.';
  const text = `${summary} Tabellen viser hver organisations tal.`;
  await expect(page.locator('.chart-text')).toHaveText(text);
  const chart = page.locator('#compare-chart');
  await expect(chart).toHaveAttribute('aria-label', text);
  // Two legend entries, not fourteen: the organisations as one grey group, and the median.
  const texts = () => chart.locator('svg text').allTextContents();
  await expect.poll(texts).toEqual(expect.arrayContaining(['Organisationerne (14)', 'Median']));
  expect((await texts()).filter((t) => t.startsWith('Boligorganisation'))).toHaveLength(0);
  // A figure with none beside it (the first organisation's 2025) is a dot, as no line shows it.
  const dots = await chart.evaluate((el) => window.echarts.getInstanceByDom(el).getOption().series.filter((s) => s.showSymbol && s.name === 'Organisationerne (14)').map((s) => s.data));
  expect(dots).toEqual([[['2025', 110], ['2025', null]]]);
  const instance = await chart.getAttribute('_echarts_instance_');
  // One organisation highlighted: its line on top, in the legend and in words.
  const highlight = page.getByLabel('Fremhæv en organisation i diagrammet');
  await expect(highlight).toHaveValue('');
  await highlight.selectOption({ label: 'Boligorganisation 14' });
  await expect(page.locator('.chart-text')).toHaveText(`${summary} Boligorganisation 14: 2024: 113, 2025: 123. Tabellen viser hver organisations tal.`);
  await expect.poll(async () => (await texts()).filter((t) => t === 'Boligorganisation 14')).toHaveLength(1);
  // Pointing at its 2025 figure shows whose it is.
  await chart.scrollIntoViewIfNeeded();
  const [x, y] = await chart.evaluate((el) => {
    const c = window.echarts.getInstanceByDom(el);
    return c.convertToPixel({ seriesIndex: 2 }, [1, c.getOption().series[2].data[1][1]]);
  });
  const box = await chart.boundingBox();
  await page.mouse.move(box.x + x, box.y + y);
  await expect.poll(async () => (await texts()).filter((t) => t.includes('Boligorganisation 14')).length).toBe(2);
  await expect.poll(texts).toContain('123 kWh/m²/år');
  await shot(page, 'almenkompas-compare-many');
  // Another point keeps the highlighted organisation; all of it is drawn into the same chart.
  await page.getByLabel('Målepunkt', { exact: true }).selectOption('E2');
  await expect(chart).toHaveAttribute('aria-label', /^E2 .* for 14 organisationer: ingen af dem har tal\.$/);
  await expect(highlight).toHaveValue('00000000-0000-4000-8000-000000000013');
  await highlight.selectOption({ label: 'Ingen – kun medianen' });
  await page.getByLabel('Målepunkt', { exact: true }).selectOption('E1');
  await expect(chart).toHaveAttribute('aria-label', text);
  expect(await chart.getAttribute('_echarts_instance_')).toBe(instance);
});

test('the comparison of many organisations in English; a highlighted organisation deleted in another tab is highlighted no more', async ({ page, context }) => {
  await open(page);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Import them at once and compare them (AlmenKompas)' }).click();
  await page.getByLabel('Choose one or more files from the housing organisations').setInputFiles(manyOrgFiles());
  await expect(page.getByText('14 of 14 files were imported.', { exact: true })).toBeVisible();
  const chart = page.locator('#compare-chart');
  const summary = /^E1 Energy use \(kWh\/m²\/year\) for 14 organisations, 2024–2025\. The latest figures range from 110 to 123\. The median: 2024: 107, 2025: 116\.5\./;
  await expect(chart).toHaveAttribute('aria-label', new RegExp(`${summary.source} The table shows each organisation's figures\\.$`));
  const texts = () => chart.locator('svg text').allTextContents();
  await expect.poll(texts).toEqual(expect.arrayContaining(['The organisations (14)', 'Median']));
  // The catalogue's suggested unit is in English too.
  await expect(page.getByRole('table', { name: /^E1 / }).getByRole('row').nth(1).getByRole('cell').nth(2)).toHaveText('kWh/m²/year');
  await expect.poll(texts).toContain('kWh/m²/year');
  const highlight = page.getByLabel('Highlight an organisation in the chart');
  await expect(highlight).toHaveValue('');
  await expect(highlight.locator('option').first()).toHaveText('None – the median only');
  await highlight.selectOption({ label: 'Boligorganisation 14' });
  await expect(chart).toHaveAttribute('aria-label', new RegExp(`${summary.source} Boligorganisation 14: 2024: 113, 2025: 123\\. The table shows`));
  await expect.poll(async () => (await texts()).filter((t) => t === 'Boligorganisation 14')).toHaveLength(1);
  // The chart's title stands apart from the choice above it.
  expect(await gap(highlight, page.locator('figure', { has: chart }))).toBeGreaterThanOrEqual(24);
  await shot(page, 'almenkompas-compare-many-en');
  // Another tab deletes that organisation's dossier: this tab compares 13, and the list and the
  // chart agree that none is highlighted.
  const other = await context.newPage();
  await other.goto('./');
  await other.getByRole('button', { name: 'Delete Org 14' }).click();
  await expect(other.getByRole('link', { name: 'Org 14' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: /^E1 / }).getByRole('row')).toHaveCount(14);
  await expect(chart).toHaveAttribute('aria-label', /^E1 .+ for 13 organisations, 2024–2025\. The latest figures range from 110 to 122\. The median: 2024: 106\.5, 2025: 116\. The table shows each organisation's figures\.$/);
  await expect(highlight).toHaveValue('');
  await expect(highlight.locator('option:checked')).toHaveText('None – the median only');
  expect((await texts()).filter((t) => t.includes('Boligorganisation 14'))).toHaveLength(0);
});

// WCAG 2.1's content on hover (1.4.13): a tooltip that pointing brings up can be dismissed
// without moving the pointer.
test("a chart's tooltip, shown by pointing at a bar, goes away with Escape", async ({ page }) => {
  await createDossier(page, { kind: 'dialogue', me: 'Boligorganisation', title: 'Værktøjstip' });
  await nav(page, 'Overblik');
  const chart = page.locator('.chart').first();
  await expect(chart.locator('svg')).toBeVisible();
  const texts = () => chart.locator('svg text').allTextContents();
  const before = await texts();
  // The middle of the chart's drawing area: the «S – Social» group's bar.
  const box = await chart.boundingBox();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await expect.poll(async () => (await texts()).length, 'a tooltip is shown').toBeGreaterThan(before.length);
  await page.keyboard.press('Escape');
  await expect.poll(texts, 'the tooltip is gone, the pointer where it was').toEqual(before);
});
