// Text from a file is always rendered as text: a file full of script, img-onerror and ECharts
// tooltip payloads changes nothing on any page that shows it.
import { test, expect, open, createDossier, exportDossier, importText, shot } from './fixtures.mjs';
import { PAYLOADS, expectNoInjection } from './xss-payloads.mjs';

test('a file full of XSS payloads is shown as text on every page', async ({ page }) => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
  page.on('dialog', () => {
    throw new Error('a dialog opened: a payload ran');
  });
  await createDossier(page, { title: 'Kilde' });
  const { json } = await exportDossier(page);
  const p = (i) => PAYLOADS[i % PAYLOADS.length];
  const d = json.dossier;
  d.id = '0f0f0f0f-1111-4222-8333-444444444444';
  d.titel.tekst = p(0);
  d.parter.boligorganisation.organisation = p(1);
  d.parter.boligorganisation.kontaktperson = p(2);
  d.parter.virksomhed.organisation = p(3);
  d.parter.virksomhed.rolle = p(4);
  let i = 5;
  for (const party of ['boligorganisation', 'virksomhed']) {
    const del1 = d.del1[party];
    del1.udfordringer = p(i++);
    del1.indsatser = p(i++);
    del1.indikatorer = { tilhoersforhold: p(i++), tillid: p(i++), medskabende: p(i++) };
    del1.interesse = p(i++);
    del1.punkter = [p(i++), p(i++), p(i++)];
    del1.ressourcer = [{ type: 'andet', beskrivelse: p(i++), antal: 3, enhed: p(i++) }];
    del1.stedsspecifikke = [{ navn: p(i++), kpi: p(i++), maaling: 'optaelling', esrs: 'S4' }];
  }
  d.del2.prioriteter.udfordringer = p(i++);
  d.del2.indikatorer.push({ id: '0f0f0f0f-1111-4222-8333-555555555555', oprettet: '2026-01-01T00:00:00Z', valgt: true, navn: p(i++), kpi: p(i++), kommentar: p(i++) });
  d.del2.initiativer = [{ id: '0f0f0f0f-1111-4222-8333-666666666666', oprettet: '2026-01-01T00:00:00Z', navn: p(i++), beskrivelse: p(i++), bidrag: { boligorganisation: p(i++), virksomhed: p(i++) } }];
  d.del2.aarshjul = [{ id: '0f0f0f0f-1111-4222-8333-777777777777', oprettet: '2026-01-01T00:00:00Z', aktivitet: p(i++), maaneder: [1, 6, 12], ansvar: 'sammen', note: p(i++) }];
  d.del2.aftale.oevrigt = p(i++);
  d.del2.aftale.effektmaaling.omfang = p(i++);

  await importText(page, '<img src=x onerror=window.__xss=1>.json', JSON.stringify(json));
  await page.getByRole('button', { name: 'Importér som nyt dossier' }).click();
  await expect(page.getByRole('heading', { name: 'Dossieret er importeret' })).toBeVisible();
  expect(await expectNoInjection(page)).toEqual({ xss: null, elements: 0, handlers: 0, hidden: false });

  // Every page of the dossier, and the front page.
  const base = `./#/d/${d.id}/`;
  await page.goto(base + 'oversigt');
  await expect(page.getByLabel('Dossierets titel')).toHaveValue(PAYLOADS[0]);
  await expect(page.locator('.solution-heading')).toHaveText(PAYLOADS[0]);
  for (const link of await page.locator('nav .nav-link').all()) {
    await link.click();
    await expect(page.locator('main h1')).toBeVisible();
    expect(await expectNoInjection(page), await page.locator('main h1').textContent()).toEqual({ xss: null, elements: 0, handlers: 0, hidden: false });
  }
  await open(page);
  await expect(page.getByRole('link', { name: PAYLOADS[0] })).toBeVisible();
  await shot(page, 'xss-front');
  expect(await expectNoInjection(page)).toEqual({ xss: null, elements: 0, handlers: 0, hidden: false });
});
