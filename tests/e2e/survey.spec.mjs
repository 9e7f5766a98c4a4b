// Del 3: survey rounds, the three ways to enter answers, scoring with n and intervals, charts,
// and the ESG table with its CSV.
import { writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, shot, gap, indent, tooltipTexts, createDossier, downloadText } from './fixtures.mjs';

async function nav(page, name) {
  await page.getByRole('navigation', { name: 'Dossierets dele' }).getByRole('link', { name }).click();
}

/** A new partnership with one measurement (the guide's three statements), open on `tab` if given. */
async function newRound(page, title, tab) {
  await createDossier(page, { title });
  await nav(page, 'Del 3: Evaluering & effektmåling');
  await page.getByRole('button', { name: 'Opret måling' }).click();
  if (tab) await page.getByRole('tab', { name: tab }).click();
}

/** A survey tool's export: semicolons, BOM, Danish labels; n rows; the first `k` agree. */
function surveyCsv(n, positives) {
  const head = '\ufeffRespondent;Siden COOP startede lokale madspildsmiddage;Siden Nortec etablerede indendørs mødesteder;Efter jeg deltog i IBM';
  const rows = [];
  for (let i = 0; i < n; i++) {
    rows.push([i + 1, ...positives.map((k) => (i < k ? (i % 2 ? 'Helt enig' : 'Delvist enig') : i % 3 ? 'Delvist uenig' : 'Ved ikke'))].join(';'));
  }
  return [head, ...rows].join('\r\n') + '\r\n';
}

test('a round from CSV and paper forms, scored with n and intervals, into the ESG table and its CSV', async ({ page }) => {
  await createDossier(page, { title: 'Måling i Hedemarken' });
  await nav(page, 'Del 3: Evaluering & effektmåling');
  await page.getByRole('button', { name: 'Opret måling' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Måling: Baseline' })).toBeVisible();
  // The guide's three example statements are filled in.
  await expect(page.getByLabel('Udsagn (dansk)').first()).toHaveValue(/Siden COOP startede lokale madspildsmiddage/);
  await expect(page.getByLabel('Udsagn (dansk)')).toHaveCount(3);

  // A CSV with an unreadable cell is refused with its line and column; nothing is imported.
  await page.getByRole('tab', { name: 'CSV-fil fra et spørgeskemaværktøj' }).click();
  const bad = surveyCsv(5, [3, 3, 3]).replace('Helt enig', 'Måske');
  await page.locator('#csv-file').setInputFiles({ name: 'svar.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await expect(page.getByText('Filen har 5 besvarelser og 4 kolonner')).toBeVisible();
  await expect(page.getByText('«Måske» → kan ikke læses (1)')).toBeVisible();
  await page.getByRole('button', { name: 'Importér 5 besvarelser' }).click();
  await expect(page.getByText('Linje 3, kolonne «Siden COOP startede lokale madspildsmiddage»: «Måske» kan ikke læses som et svar.')).toBeVisible();
  await expect(page.getByText('Runden har 0 anonyme besvarelser.')).toBeVisible();
  // A blank line under the header is a row in a spreadsheet, so the same cell is in row 4.
  await page.locator('#csv-file').setInputFiles({ name: 'svar.csv', mimeType: 'text/csv', buffer: Buffer.from(bad.replace('\r\n', '\r\n\r\n')) });
  await page.getByRole('button', { name: 'Importér 5 besvarelser' }).click();
  await expect(page.getByText('Linje 4, kolonne «Siden COOP startede lokale madspildsmiddage»: «Måske» kan ikke læses som et svar.')).toBeVisible();
  await expect(page.getByText('Runden har 0 anonyme besvarelser.')).toBeVisible();

  // Danish Excel's «CSV (semikolonsepareret)» is Windows-1252, not UTF-8: read so, and said so.
  const excel = Buffer.from(surveyCsv(5, [3, 3, 3]).slice(1), 'latin1');
  await page.locator('#csv-file').setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: excel });
  await expect(page.getByRole('heading', { name: 'Læst som Windows-1252' })).toBeVisible();
  await expect(page.getByLabel('Udsagn 2: Siden Nortec')).toContainText('Siden Nortec etablerede indendørs mødesteder');
  await expect(page.getByText('«Delvist uenig» → Delvist uenig').first()).toBeVisible();

  // A good file: the mapping step shows how each column reads; 60 residents are imported.
  await page.locator('#csv-file').setInputFiles({ name: 'svar.csv', mimeType: 'text/csv', buffer: Buffer.from(surveyCsv(60, [30, 42, 18])) });
  await expect(page.getByRole('heading', { name: 'Læst som Windows-1252' })).toHaveCount(0);
  await expect(page.getByLabel('Udsagn 1: Siden COOP startede')).toHaveValue('1');
  await expect(page.getByText('«Delvist uenig» → Delvist uenig').first()).toBeVisible();
  // Each choice is wide enough for the column's whole name, and the button stands apart from
  // the box above it.
  const cutNames = await page.locator('.csv-map select').evaluateAll((selects) =>
    selects
      .filter((s) => {
        const style = getComputedStyle(s);
        const pen = document.createElement('canvas').getContext('2d');
        pen.font = style.font;
        const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return pen.measureText(s.selectedOptions[0].text).width > room;
      })
      .map((s) => s.selectedOptions[0].text),
  );
  expect(cutNames, 'column names cut off in their choice').toEqual([]);
  expect(await gap(page.getByLabel('Talkoderne går den anden vej'), page.getByRole('button', { name: 'Importér 60 besvarelser' }))).toBeGreaterThanOrEqual(24);
  await shot(page, 'survey-csv-mapping');
  await page.getByRole('button', { name: 'Importér 60 besvarelser' }).click();
  await expect(page.getByText('60 besvarelser er importeret fra filen.')).toBeVisible();

  // Scores: top-two-box of valid answers ("Ved ikke" not counted), with n and a Wilson interval.
  const results = page.getByRole('table', { name: /Andel enige .* pr. indikator/ });
  const belonging = results.getByRole('row', { name: /Tilhørsforhold/ });
  // 60 rows, 30 positive; of the 30 others, every third is "Ved ikke" (10) → 50 valid, 30 positive = 60 %.
  await expect(belonging).toContainText('50');
  await expect(belonging).toContainText('60,0 %');
  await expect(belonging).toContainText('46,2 %–72,4 %');
  await expect(page.locator('.chart svg')).toBeVisible();
  await expect(page.getByRole('table', { name: /Antal svar pr. trin/ })).toBeVisible();
  // On a phone the results scroll in their own boxes; the page itself never scrolls sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  await expect(page.getByRole('region', { name: 'Andel enige pr. indikator' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  // The tables' captions wrap within their boxes: none of their text is out of view.
  const captionsPast = await page.locator('.table--responsive-scroll caption').evaluateAll((captions) =>
    captions
      .filter((c) => {
        const text = document.createRange();
        text.selectNodeContents(c);
        const right = Math.max(...[...text.getClientRects()].map((r) => r.right));
        return right > c.closest('.table--responsive-scroll').getBoundingClientRect().right + 0.5;
      })
      .map((c) => c.textContent),
  );
  expect(captionsPast).toEqual([]);
  // An interval stays on one line.
  const intervalLines = await results.getByRole('cell', { name: '46,2 %–72,4 %' }).evaluate((cell) => {
    const text = document.createRange();
    text.selectNodeContents(cell);
    return new Set([...text.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(intervalLines, 'lines of the interval').toBe(1);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Five paper forms typed in, one key per statement, Enter to save.
  await page.getByRole('tab', { name: 'Papirskemaer' }).click();
  const input = page.getByLabel('Svar fra ét papirskema');
  // The results' chart stays: every saved form is drawn into the same ECharts instance.
  const distChart = page.locator('.chart[id^="dist-"]');
  await expect(distChart.locator('svg')).toBeVisible();
  const distInstance = await distChart.getAttribute('_echarts_instance_');
  // Its tooltips say the shares as the table writes them, for a bar drawn to the left too
  // (ECharts' own would read «-40»), and its legend runs from disagreement to agreement as the
  // bars do.
  await expect.poll(() => tooltipTexts(distChart, 1, 0)).toContain('Udsagn 1 (n = 50): 40,0 %');
  await expect.poll(() => tooltipTexts(distChart, 5, 0)).toContain('Udsagn 1 (n = 50): 30,0 %');
  const legend = await distChart.locator('svg text').allTextContents();
  expect(legend.indexOf('Helt uenig')).toBeLessThan(legend.indexOf('Hverken enig eller uenig'));
  expect(legend.indexOf('Hverken enig eller uenig')).toBeLessThan(legend.indexOf('Helt enig'));
  for (const form of ['112', '245', '3-1', '051', '221']) {
    await input.fill(form);
    await input.press('Enter');
    await expect(input).toHaveValue('');
  }
  await expect(page.getByText('Runden har nu 65 besvarelser.')).toBeVisible();
  await expect(distChart).toHaveAttribute('aria-label', /fra 65 besvarelser/);
  expect(await distChart.getAttribute('_echarts_instance_')).toBe(distInstance);
  await input.fill('17');
  // Each character is read as it is typed: the first answer shows while the second is wrong.
  const preview = page.getByRole('list', { name: 'Sådan læses skemaet' }).getByRole('listitem');
  await expect(preview.nth(0)).toContainText('Helt enig');
  await expect(preview.nth(1)).toContainText('?');
  await expect(preview.nth(2)).not.toContainText('?');
  await input.press('Enter');
  // The error stands at the field, which says it is invalid and is described by it.
  await expect(page.getByRole('alert').filter({ hasText: 'Tegn nr. 2 («7») er ikke et svar' })).toBeVisible();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAccessibleDescription(/Ét tegn pr\. udsagn.*Fejl: Tegn nr\. 2 \(«7»\) er ikke et svar/);
  await expect(input).toHaveValue('17');
  await shot(page, 'survey-round');
  // Sent with the button, the focus goes back to the field; a corrected form is saved (a «Ved
  // ikke», which counts in no share, so the figures below stay those of the five forms).
  await input.fill('0');
  await expect(input).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Gem skemaet' }).click();
  await expect(page.getByText('Runden har nu 66 besvarelser.')).toBeVisible();
  await expect(input).toBeFocused();
  await expect(input).toHaveAccessibleDescription(/^Ét tegn pr\. udsagn[^]*skema\.$/);

  // The ESG table shows the figures with a target; its CSV carries the same numbers.
  await nav(page, 'ESG-dokumentation');
  // The page opens at its heading, and its actions come next, after the introduction.
  await expect(page.getByRole('heading', { level: 1, name: 'ESG-dokumentation' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Eksportér tabellen som CSV (Excel)' })).toBeFocused();
  await page.getByLabel('Målsætning (procent eller antal)').first().fill('85');
  const table = page.getByRole('table', { name: 'Dokumentation af de sociale effekter' });
  const row = table.getByRole('row', { name: /Tilhørsforhold/ });
  await expect(row).toContainText('Min. 85 %');
  // The typed forms answer statement 1 with 1,2,3,0,2: 3 more positive, 4 more valid → 33 of 54.
  await expect(row).toContainText('61,1 %');
  await expect(row).toContainText('n = 54');
  await expect(row).toContainText('Målet er ikke nået');
  await expect(page.locator('.trend-figure .chart svg').first()).toBeVisible();
  // Typing a comment changes the table, not the charts: they keep their ECharts instance.
  const trendChart = page.locator('.trend-figure .chart').first();
  const instance = await trendChart.getAttribute('_echarts_instance_');
  await expect.poll(() => tooltipTexts(trendChart, 0, 0)).toContain('61,1 %');
  const comment = page.getByLabel('Kommentar (kvantitativ og kvalitativ analyse)').first();
  await comment.pressSequentially('Flere svar end sidst');
  await expect(table).toContainText('Flere svar end sidst');
  expect(await trendChart.getAttribute('_echarts_instance_')).toBe(instance);
  // A new target is drawn into the same chart.
  await page.getByLabel('Målsætning (procent eller antal)').first().fill('80');
  await expect(trendChart).toContainText('Mål: 80 %');
  expect(await trendChart.getAttribute('_echarts_instance_')).toBe(instance);
  await page.getByLabel('Målsætning (procent eller antal)').first().fill('85');
  await expect(trendChart).toContainText('Mål: 85 %');
  await shot(page, 'esg');
  const wait = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér tabellen som CSV (Excel)' }).click();
  const download = await wait;
  expect(download.suggestedFilename()).toMatch(/^esg-maaling-i-hedemarken-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await downloadText(download);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toContain('ESRS;Indikator (metric)');
  const belongingLine = lines.find((l) => l.startsWith('S3;Tilhørsforhold;'));
  expect(belongingLine).toContain(';85;%;;61,1;54;');

  // The print view: the table and the charts, no navigation.
  await page.getByRole('link', { name: 'Vis til udskrift' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Dossierets dele' })).toBeHidden();
  await expect(page.getByRole('table', { name: 'Dokumentation af de sociale effekter' })).toContainText('61,1 %');
  await shot(page, 'esg-print');
});

test('a measurement without answers: the ESG page and its print say the development comes with the first answers', async ({ page }) => {
  await newRound(page, 'Tom måling');
  await expect(page.getByText('Runden har 0 anonyme besvarelser.')).toBeVisible();
  await nav(page, 'ESG-dokumentation');
  const empty = page.getByText('Når den første måling har svar, vises udviklingen her.');
  await expect(empty).toBeVisible();
  await expect(page.locator('.chart')).toHaveCount(0);
  await page.getByRole('link', { name: 'Vis til udskrift' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: 'ESG-dokumentation' })).toBeVisible();
  await expect(empty).toBeVisible();
});

test('counts become anonymous responses, and fewer than 10 answers show no percentage', async ({ page }) => {
  await createDossier(page, { title: 'Optalt' });
  await nav(page, 'Del 3: Evaluering & effektmåling');
  await page.getByLabel('Ny måling').fill('Forår');
  await page.getByRole('button', { name: 'Opret måling' }).click();
  await page.getByRole('tab', { name: 'Optalte svar' }).click();
  await page.getByLabel('Udsagn 1: Helt enig').fill('4');
  await page.getByLabel('Udsagn 1: Delvist uenig').fill('3');
  await page.getByRole('button', { name: 'Tilføj 7 besvarelser' }).click();
  await expect(page.getByText('7 besvarelser er tilføjet ud fra optællingen.')).toBeVisible();
  const results = page.getByRole('table', { name: /Andel enige .* pr. indikator/ });
  await expect(results.getByRole('row', { name: /Tilhørsforhold/ })).toContainText('vises ikke');
  await expect(results).toContainText('Færre end 10 svar');
  // The guide's 50–100 note once there are 10 or more.
  await page.getByLabel('Udsagn 1: Helt enig').fill('10');
  await page.getByRole('button', { name: 'Tilføj 10 besvarelser' }).click();
  await expect(results).toContainText('Kun 17 beboere har svaret; guiden beder om 50–100');
  // The statements are locked now.
  await expect(page.getByText('Ordlyden er låst')).toBeVisible();
});

// A count that is not a whole number was read as 0 without a word, and nothing bounded a count:
// a slip of the finger («40000000») asked the browser for 40 million responses, several GB.
test('counts that are not whole numbers, or too many at once, are named and nothing is added; a CSV file over the limits is refused', async ({ page }) => {
  await newRound(page, 'Optalt forkert', 'Optalte svar');
  const cell = page.getByLabel('Udsagn 1: Helt enig');
  for (const bad of ['2,5', '-3', '40000000']) {
    await cell.fill(bad);
    await expect(cell).toHaveAttribute('aria-invalid', 'true');
    await expect(cell).toHaveAccessibleDescription(`Fejl: Udsagn 1: Helt enig: «${bad}» er ikke et helt antal fra 0 til 10.000.`);
  }
  await page.getByLabel('Udsagn 2: Delvist enig').fill('4');
  await page.getByRole('button', { name: 'Tilføj 4 besvarelser' }).click();
  await expect(page.getByText('Ret de markerede antal først. Intet er tilføjet.')).toBeVisible();
  await shot(page, 'survey-counts-refused');
  await expect(page.getByText('Runden har 0 anonyme besvarelser.')).toBeVisible();
  // A Danish thousands point: a count has no decimals, so «1.500» is 1500.
  await cell.fill('1.500');
  await expect(cell).not.toHaveAttribute('aria-invalid');
  await expect(cell).toHaveValue('1.500');
  await expect(page.locator('.count-errors')).toHaveCount(0);
  // 6.000 + 5.000 answers to one statement: more than one addition may bring.
  await page.getByLabel('Udsagn 2: Helt uenig').fill('6.000');
  await page.getByLabel('Udsagn 2: Ved ikke').fill('5000');
  await page.getByRole('button', { name: 'Tilføj 11004 besvarelser' }).click();
  await expect(page.getByText('Udsagn 2 har 11004 svar i alt. Der kan højst tilføjes 10.000 besvarelser ad gangen. Intet er tilføjet.')).toBeVisible();
  await expect(page.getByText('Runden har 0 anonyme besvarelser.')).toBeVisible();
  await page.getByLabel('Udsagn 2: Ved ikke').fill('');
  await page.getByRole('button', { name: 'Tilføj 6004 besvarelser' }).click();
  await expect(page.getByText('6004 besvarelser er tilføjet ud fra optællingen.')).toBeVisible();
  await expect(cell).toHaveValue('');

  // In English, «1,500» is 1500 and «2.5» is not a count.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('tab', { name: 'Counted answers' }).click();
  const en = page.getByLabel('Statement 3: Strongly agree');
  await en.fill('2.5');
  await expect(en).toHaveAccessibleDescription('Error: Statement 3: Strongly agree: “2.5” is not a whole number from 0 to 10,000.');
  await en.fill('1,500');
  await expect(page.getByRole('button', { name: 'Add 1500 responses' })).toBeVisible();

  // CSV: more than 10,000 rows, and a file over 50 MB (refused before it is read).
  await page.getByRole('button', { name: 'Dansk' }).click();
  await page.getByRole('tab', { name: 'CSV-fil fra et spørgeskemaværktøj' }).click();
  const rows = `Udsagn 1;Udsagn 2\n${'Helt enig;Ved ikke\n'.repeat(10_001)}`;
  await page.locator('#csv-file').setInputFiles({ name: 'mange.csv', mimeType: 'text/csv', buffer: Buffer.from(rows) });
  await expect(page.getByText('Filen har flere end 10.000 besvarelser (rækker under overskriften). Del den i flere filer, og importér dem én ad gangen.')).toBeVisible();
  const big = join(tmpdir(), `b2c-stor-${process.pid}.csv`);
  writeFileSync(big, Buffer.alloc(51 * 1024 * 1024, 'a'));
  try {
    await page.locator('#csv-file').setInputFiles(big);
    await expect(page.getByText('Filen fylder 51 MB. En CSV-fil med besvarelser kan højst fylde 50 MB.')).toBeVisible();
  } finally {
    unlinkSync(big);
  }
  await expect(page.getByText('Runden har 6004 anonyme besvarelser.')).toBeVisible();
});

// Two statements could read one column, and a mapping of no columns «imported 0 responses».
test("a CSV's columns: one chosen for two statements is marked, and that or none chosen imports nothing and says why", async ({ page }) => {
  await newRound(page, 'Kolonner', 'CSV-fil fra et spørgeskemaværktøj');
  await page.locator('#csv-file').setInputFiles({ name: 'svar.csv', mimeType: 'text/csv', buffer: Buffer.from(surveyCsv(5, [3, 3, 3])) });
  const third = page.getByLabel(/^Udsagn 3:/);
  await expect(third).not.toHaveAttribute('aria-invalid');
  await third.selectOption({ label: 'Siden COOP startede lokale madspildsmiddage' });
  await expect(third).toHaveAttribute('aria-invalid', 'true');
  await expect(third).toHaveAccessibleDescription('Fejl: Kolonnen er også valgt til udsagn 1.');
  await expect(page.getByLabel(/^Udsagn 1:/)).not.toHaveAttribute('aria-invalid');
  await page.getByRole('button', { name: 'Importér 5 besvarelser' }).click();
  await expect(page.getByText('Udsagn 1 og 3 læser begge kolonnen «Siden COOP startede lokale madspildsmiddage». Vælg en kolonne til hvert udsagn.')).toBeVisible();
  await shot(page, 'survey-csv-shared-column');
  await expect(page.getByText('Runden har 0 anonyme besvarelser.')).toBeVisible();
  for (const i of [1, 2, 3]) await page.getByLabel(new RegExp(`^Udsagn ${i}:`)).selectOption({ label: '(ingen kolonne)' });
  await expect(third).not.toHaveAttribute('aria-invalid');
  await page.getByRole('button', { name: 'Importér 5 besvarelser' }).click();
  await expect(page.getByText('Intet udsagn har en kolonne. Vælg, hvilken kolonne der svarer på mindst ét udsagn.')).toBeVisible();
  await expect(page.getByText('Runden har 0 anonyme besvarelser.')).toBeVisible();
  await page.getByLabel(/^Udsagn 2:/).selectOption({ label: 'Siden Nortec etablerede indendørs mødesteder' });
  await expect(page.getByRole('heading', { name: 'Vælg kolonnerne – intet er importeret' })).toBeHidden();
  await page.getByRole('button', { name: 'Importér 5 besvarelser' }).click();
  await expect(page.getByText('5 besvarelser er importeret fra filen.')).toBeVisible();
  await expect(page.getByText('Runden har 5 anonyme besvarelser.')).toBeVisible();
});

// The ways of entering answers kept the statements they were opened with: a statement added
// above had no row of counts, and a CSV file's column could not be chosen for it.
test('a statement added while answers are being entered gets its row of counts and its column', async ({ page }) => {
  await newRound(page, 'Nyt udsagn', 'Optalte svar');
  await expect(page.getByLabel('Udsagn 4: Helt enig')).toHaveCount(0);
  await page.getByRole('button', { name: 'Tilføj udsagn' }).click();
  await expect(page.getByLabel('Udsagn (dansk)')).toHaveCount(4);
  await page.getByLabel('Udsagn 4: Helt enig').fill('2');
  await expect(page.getByRole('button', { name: 'Tilføj 2 besvarelser' })).toBeVisible();

  await page.getByRole('tab', { name: 'CSV-fil fra et spørgeskemaværktøj' }).click();
  await page.locator('#csv-file').setInputFiles({ name: 'svar.csv', mimeType: 'text/csv', buffer: Buffer.from(surveyCsv(5, [3, 3, 3])) });
  await page.getByRole('button', { name: 'Tilføj udsagn' }).click();
  await expect(page.getByLabel('Udsagn (dansk)')).toHaveCount(5);
  // The file is chosen again for the new set of statements.
  await page.locator('#csv-file').setInputFiles({ name: 'svar.csv', mimeType: 'text/csv', buffer: Buffer.from(surveyCsv(5, [3, 3, 3])) });
  const fifth = page.getByLabel(/^Udsagn 5:/);
  await fifth.selectOption({ label: 'Respondent' });
  await expect(fifth).toHaveValue('0');
});

test('all the responses that came in one way are deleted after a confirmation, and stay deleted', async ({ page }) => {
  await newRound(page, 'Ryd op', 'Optalte svar');
  await page.getByLabel('Udsagn 1: Helt enig').fill('7');
  await page.getByRole('button', { name: 'Tilføj 7 besvarelser' }).click();
  await page.getByRole('tab', { name: 'Papirskemaer' }).click();
  const input = page.getByLabel('Svar fra ét papirskema');
  for (const form of ['123', '321']) {
    await input.fill(form);
    await input.press('Enter');
    await expect(input).toHaveValue('');
  }
  await expect(page.getByText('Runden har 9 anonyme besvarelser.')).toBeVisible();
  await expect(page.getByText('Papirskema: 2')).toBeVisible();

  // The first click only asks; the second deletes the paper forms and nothing else.
  const paper = page.getByRole('button', { name: 'Slet alle papirskemaer' });
  await paper.click();
  await expect(page.getByText('Runden har 9 anonyme besvarelser.')).toBeVisible();
  await shot(page, 'survey-delete-source');
  await page.getByRole('button', { name: 'Bekræft: slet 2 svar' }).click();
  await expect(page.getByText('Runden har 7 anonyme besvarelser.')).toBeVisible();
  await expect(page.getByText('Papirskema: 2')).toBeHidden();
  await expect(page.getByText('Optalte svar: 7')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Runden har 7 anonyme besvarelser.')).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Delete all counted answers' })).toBeVisible();
  await expect(page.getByText('Counted answers: 7')).toBeVisible();
});

test('a deleted response, or all from one source, comes back with «Fortryd»; not once the wording has changed', async ({ page }) => {
  await newRound(page, 'Fortryd svar', 'Papirskemaer');
  const input = page.getByLabel('Svar fra ét papirskema');
  // The form's reading: each statement starts at its line's left edge (DKFDS's empty `::before`
  // once stood before it as a flex item, a gap away, and pushed a short one to the middle).
  await input.fill('4');
  const reading = page.getByRole('list', { name: 'Sådan læses skemaet' }).getByRole('listitem');
  await expect(reading.first()).toContainText('Delvist uenig');
  for (const line of await reading.all()) expect(Math.abs(await indent(line, line.locator('.stmt-text')))).toBeLessThan(1);
  await input.fill('');
  for (const form of ['123', '321', '222']) {
    await input.fill(form);
    await input.press('Enter');
    await expect(input).toHaveValue('');
    if (form === '123') await expect(page.getByText('Runden har 1 anonym besvarelse.')).toBeVisible();
  }
  const latest = page.locator('.latest-responses code');
  await expect(latest).toHaveText([/^222 /, /^321 /, /^123 /]);
  const saved = page.getByText('Skemaet er gemt. Runden har nu 3 besvarelser.');
  await expect(saved).toBeVisible();
  const toasts = page.getByRole('status').filter({ has: page.locator('.toast') });

  // One typed form: it goes, the focus moves to the delete button now in its place, and
  // «Fortryd» brings it back in its place, with the focus on its button.
  await page.getByRole('button', { name: /^Slet 321 \(Papirskema, / }).click();
  await expect(page.getByText('Runden har 2 anonyme besvarelser.')).toBeVisible();
  await expect(toasts).toContainText(/«321 \(Papirskema, [^)]+\)» er slettet fra «Fortryd svar»\./);
  await expect(page.getByRole('button', { name: /^Slet 123 / })).toBeFocused();
  // The message of the last saved form no longer says 3.
  await expect(saved).toBeHidden();
  await shot(page, 'survey-response-deleted');
  await toasts.getByRole('button', { name: 'Fortryd' }).click();
  await expect(page.getByText('Runden har 3 anonyme besvarelser.')).toBeVisible();
  await expect(latest).toHaveText([/^222 /, /^321 /, /^123 /]);
  await expect(page.getByRole('button', { name: /^Slet 321 / })).toBeFocused();
  await page.reload();
  await expect(page.getByText('Runden har 3 anonyme besvarelser.')).toBeVisible();

  // All paper forms, after the confirmation: the focus goes to the round's count, «Fortryd»
  // brings all three back.
  await page.getByRole('button', { name: 'Slet alle papirskemaer' }).click();
  await page.getByRole('button', { name: 'Bekræft: slet 3 svar' }).click();
  await expect(page.getByText('Runden har 0 anonyme besvarelser.')).toBeFocused();
  await expect(toasts).toContainText('«Papirskema»: 3 svar er slettet fra «Fortryd svar».');
  await toasts.getByRole('button', { name: 'Fortryd' }).click();
  await expect(page.getByText('Runden har 3 anonyme besvarelser.')).toBeVisible();
  await expect(latest).toHaveText([/^222 /, /^321 /, /^123 /]);
  await expect(page.getByRole('button', { name: 'Slet alle papirskemaer' })).toBeFocused();

  // Deleted again, the round has no answers and its wording opens; once a statement is
  // reworded, the answers (which belong to the old wording) cannot come back.
  await page.getByRole('button', { name: 'Slet alle papirskemaer' }).click();
  await page.getByRole('button', { name: 'Bekræft: slet 3 svar' }).click();
  await expect(page.getByText('Runden har 0 anonyme besvarelser.')).toBeVisible();
  await page.getByLabel('Udsagn (dansk)').first().fill('Et nyt udsagn');
  await toasts.getByRole('button', { name: 'Fortryd' }).click();
  await expect(toasts).toContainText('Svarene kunne ikke gendannes: udsagnene er ændret siden, og svarene hører til den gamle ordlyd.');
  await expect(page.getByText('Runden har 0 anonyme besvarelser.')).toBeVisible();
  await shot(page, 'survey-undo-refused');

  // In English, one form of the new wording.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('tab', { name: 'Paper forms' }).click();
  const english = page.getByLabel('Answers from one paper form');
  await english.fill('555');
  await english.press('Enter');
  await expect(page.getByText('The form was saved. The round now has 1 response.')).toBeVisible();
  await expect(page.getByText('The round has 1 anonymous response.')).toBeVisible();
  await page.getByRole('button', { name: /^Delete 555 \(Paper form, / }).click();
  await expect(toasts).toContainText(/“555 \(Paper form, [^)]+\)” was deleted from “Fortryd svar”\./);
  await toasts.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: /^Delete 555 / })).toBeFocused();
  await page.getByRole('button', { name: 'Delete all paper forms' }).click();
  await page.getByRole('button', { name: 'Confirm: delete 1 response' }).click();
  await expect(toasts).toContainText('“Paper form”: 1 response was deleted from “Fortryd svar”.');
  await expect(page.getByText('The round has 0 anonymous responses.')).toBeFocused();
  // «Undo» from another page: the message says where the response is back, and the focus goes
  // to that page's heading.
  await page.getByRole('navigation', { name: 'Parts of the dossier' }).getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeFocused();
  await toasts.getByRole('button', { name: 'Undo' }).click();
  await expect(toasts).toContainText('“Paper form”: 1 response is back in “Fortryd svar”.');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeFocused();
  await page.getByRole('navigation', { name: 'Parts of the dossier' }).getByRole('link', { name: 'Part 3: Evaluation & impact' }).click();
  await page.getByRole('link', { name: 'Baseline', exact: true }).click();
  await expect(page.getByText('The round has 1 anonymous response.')).toBeVisible();
});
