// The Business2Community worksheets: Del 1, Del 2, the agreement with its årshjul, and print.
import { test, expect, shot, gap, createDossier, namingFaults } from './fixtures.mjs';

async function nav(page, name) {
  await page.getByRole('navigation', { name: 'Dossierets dele' }).getByRole('link', { name }).click();
}

test('Del 1, Del 2 and the agreement are kept across a reload, and the wheel shows its entries', async ({ page }) => {
  await createDossier(page, { title: 'Hedemarken 2027' });
  await nav(page, 'Del 1: Interne overvejelser');
  await expect(page.getByRole('heading', { level: 1, name: 'Del 1: Interne overvejelser' })).toBeVisible();

  // Del 1 as the housing organisation.
  await page.getByLabel('Organisation', { exact: true }).fill('Bo-Vest');
  await page.getByLabel('Hvilke udfordringer eller muligheder er i fokus i området?').fill('Ensomhed blandt ældre og unge uden job');
  await page.getByLabel('Gennem hvilke indsatser kan partnerskabet tackle').fill('Fællesspisning og praktikpladser');
  await page.getByLabel('Tillid (versus mistænksomhed)').fill('Naboer mødes til fællesspisning');
  await page.getByRole('button', { name: 'Tilføj stedsspecifik indikator' }).click();
  await page.getByLabel('Navn').last().fill('Tryghed');
  await page.getByLabel('KPI-definition').last().fill('% der føler sig trygge i nabolaget');
  await page.getByRole('button', { name: 'Tilføj ressource' }).click();
  await page.getByLabel('Beskrivelse').last().fill('Fælleshuset to aftener om ugen');
  await page.getByLabel('Antal (hvis relevant)').fill('2,5');
  await page.getByLabel('Enhed').fill('aftener om ugen');
  await page.getByLabel('Et større partnerskab (længerevarende samarbejde)').check();
  await page.getByLabel('Hvad er jeres interesse i at indgå partnerskabet?').fill('Mere liv i stueetagen');
  for (const point of ['Vi vil minimere ensomhed', 'Vi vil øge trivslen', 'Vi har begrænsede ressourcer']) {
    await page.getByRole('button', { name: 'Tilføj punkt' }).click();
    await page.getByRole('textbox', { name: /^Punkt \d$/ }).last().fill(point);
  }
  // Reorder: the last point moves to the top.
  await page.getByRole('button', { name: 'Flyt op: Punkt 3' }).click();
  await page.getByRole('button', { name: 'Flyt op: Punkt 2' }).click();
  await expect(page.getByRole('textbox', { name: 'Punkt 1' })).toHaveValue('Vi har begrænsede ressourcer');
  await expect(page.getByRole('table', { name: 'Hvor langt er I?' })).toContainText('Udfyldt');
  await shot(page, 'del1');

  // Del 2: the indicator proposed in Del 1, priorities, an initiative.
  await nav(page, 'Del 2: Fælles rammesætning');
  await expect(page.getByRole('heading', { level: 1, name: 'Del 2: Fælles rammesætning' })).toBeVisible();
  await page.getByRole('button', { name: 'Tilføj «Tryghed»' }).click();
  await expect(page.getByRole('group', { name: 'Tryghed' })).toBeVisible();
  await page.locator('#d2-challenges').fill('Ensomhed og ledighed blandt unge');
  await page.getByLabel('Hvilke ressourcer vil boligorganisationen bruge?').fill('Fælleshuset og en boligsocial medarbejder');
  await page.getByLabel('Helhedsplan').check();
  await page.getByRole('button', { name: 'Tilføj initiativ' }).click();
  const initiative = page.getByRole('group', { name: 'Nyt initiativ' });
  await initiative.getByLabel('Navn').fill('Fællesspisning');
  await page.getByRole('group', { name: 'Fællesspisning' }).getByLabel('Fælleshus').check();
  await page.getByRole('group', { name: 'Fællesspisning' }).getByLabel('Lokale arrangementer').check();
  await page.getByRole('group', { name: 'Fællesspisning' }).getByLabel('Tillid').check();
  await shot(page, 'del2');

  // The agreement: three årshjul entries, meetings, measurement.
  await nav(page, 'Partnerskabsaftale');
  const entries = [
    ['Sommerfest', ['Juni', 'Juli'], 'Sammen'],
    ['Julefest', ['December'], 'Boligorganisation'],
    ['Praktikforløb', ['Februar', 'Marts', 'September'], 'Virksomhed'],
  ];
  for (const [name, months, who] of entries) {
    await page.getByRole('button', { name: 'Tilføj aktivitet til årshjulet' }).click();
    const card = page.getByRole('group', { name: 'Ny aktivitet' });
    await card.getByLabel('Aktivitet', { exact: true }).fill(name);
    const named = page.getByRole('group', { name });
    for (const m of months) await named.getByLabel(m, { exact: true }).check();
    await named.getByRole('radio', { name: who, exact: true }).check();
  }
  // A year of two digits is not taken for the year 27: once the user leaves the field, it says
  // what it wants (not while a year is being typed: «2», «20», «202» …).
  await page.getByLabel('Aftalens år').pressSequentially('27');
  await expect(page.getByLabel('Aftalens år')).not.toHaveAttribute('aria-invalid');
  await page.getByLabel('Aftalens år').press('Tab');
  await expect(page.getByLabel('Aftalens år')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'Skriv et årstal mellem 1900 og 2200 – eller lad feltet stå tomt.' })).toBeVisible();
  await page.getByLabel('Aftalens år').fill('2027');
  await expect(page.getByLabel('Aftalens år')).not.toHaveAttribute('aria-invalid');
  // The part's buttons stand apart from the field above them and from each other.
  const propose = page.getByRole('button', { name: 'Foreslå fire kvartalsvise datoer' });
  expect(await gap(page.getByLabel('Aftalens år'), propose)).toBeGreaterThanOrEqual(16);
  const [left, right] = await Promise.all([propose.boundingBox(), page.getByRole('button', { name: 'Tilføj mødedato' }).boundingBox()]);
  expect(right.x - (left.x + left.width), 'space between the two buttons').toBeGreaterThanOrEqual(8);
  await propose.click();
  await expect(page.getByLabel('Møde 4')).toHaveValue('2027-11-15');
  await page.getByLabel('Hvornår på året?').selectOption({ label: 'Oktober' });
  await page.getByLabel('Sammen', { exact: true }).last().check();

  // The wheel draws the entries (as SVG text) and the table lists them.
  const wheel = page.locator('.chart svg');
  await expect(wheel).toBeVisible();
  await expect(wheel).toContainText('Sommerfest');
  await expect(wheel).toContainText('Praktikforløb');
  const table = page.getByRole('table', { name: 'Årshjulets aktiviteter' });
  await expect(table.getByRole('row', { name: /Julefest December Boligorganisation/ })).toBeVisible();
  await shot(page, 'agreement');

  // Too many meetings gives a warning; removing one takes it away.
  await page.getByRole('button', { name: 'Tilføj mødedato' }).click();
  await expect(page.getByText('Guiden anbefaler 2–4 evalueringsmøder om året; der er planlagt 5.')).toBeVisible();
  await page.getByRole('button', { name: 'Fjern møde 5' }).click();
  await expect(page.getByText('der er planlagt 5')).toHaveCount(0);

  // Everything survives a reload.
  await page.reload();
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(page.getByLabel('Møde 1')).toHaveValue('2027-02-15');
  await nav(page, 'Del 1: Interne overvejelser');
  await expect(page.getByLabel('Tillid (versus mistænksomhed)')).toHaveValue('Naboer mødes til fællesspisning');
  await expect(page.getByLabel('Antal (hvis relevant)')).toHaveValue('2,5');
  await expect(page.getByRole('textbox', { name: 'Punkt 1' })).toHaveValue('Vi har begrænsede ressourcer');
  await nav(page, 'Del 2: Fælles rammesætning');
  await expect(page.getByRole('group', { name: 'Fællesspisning' }).getByLabel('Fælleshus')).toBeChecked();

  // The printable agreement: the content, the wheel, signature lines, no navigation.
  await nav(page, 'Partnerskabsaftale');
  await page.getByRole('link', { name: 'Vis aftalen til udskrift' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partnerskabsaftale 2027' })).toBeVisible();
  await expect(page.locator('.print-document .chart svg')).toContainText('Julefest');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Dossierets dele' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Udskriv eller gem som PDF' })).toBeHidden();
  await expect(page.locator('.print-document')).toContainText('Fællesspisning');
  await expect(page.locator('.print-document')).toContainText('15. februar 2027');
  await expect(page.locator('.print-document')).toContainText('Underskrift');
  // Only the company has filled in nothing yet, and its part of the document says so.
  const housing = page.locator('.print-party').filter({ hasText: 'Boligorganisation' });
  await expect(housing).toContainText('Bo-Vest');
  await expect(housing.locator('p'), 'no empty line for the contact no one has named').toHaveCount(1);
  await expect(page.locator('.print-party').filter({ hasText: 'Virksomhed' })).toContainText('Ikke udfyldt endnu.');
  await expect(page.locator('.print-document').getByText('Ikke udfyldt endnu.')).toHaveCount(1);
  // No empty lists (a screen reader announces them): the initiative has no contributions yet.
  await expect(page.locator('.print-document ul:not(:has(li))')).toHaveCount(0);
  await shot(page, 'agreement-print');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('a number field says when the text is not a number and keeps the last good value', async ({ page }) => {
  await createDossier(page, { title: 'Tal' });
  await nav(page, 'Del 1: Interne overvejelser');
  await page.getByRole('button', { name: 'Tilføj ressource' }).click();
  await page.getByLabel('Antal (hvis relevant)').fill('40');
  await page.getByLabel('Antal (hvis relevant)').fill('fyrre');
  await expect(page.getByRole('alert').filter({ hasText: 'Skriv et tal' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Antal (hvis relevant)')).toHaveValue('40');
});

test('at most five points', async ({ page }) => {
  await createDossier(page, { title: 'Fem' });
  await nav(page, 'Del 1: Interne overvejelser');
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Tilføj punkt' }).click();
  await expect(page.getByRole('button', { name: 'Tilføj punkt' })).toHaveCount(0);
  await expect(page.getByText('I har fem punkter')).toBeVisible();
});

test('removing an item moves the focus to the item in its place, and «Fortryd» brings it back where it was', async ({ page }) => {
  await page.clock.install();
  await createDossier(page, { title: 'Fortryd' });
  await nav(page, 'Del 1: Interne overvejelser');
  const resource = (n) => page.getByRole('group', { name: `Ressource ${n}`, exact: true });
  for (const text of ['Fælleshuset', 'Frivillige', 'Kaffe']) {
    await page.getByRole('button', { name: 'Tilføj ressource' }).click();
    await page.getByLabel('Beskrivelse').last().fill(text);
  }
  const toasts = page.getByRole('status').filter({ has: page.locator('.toast') });
  const undo = page.getByRole('button', { name: 'Fortryd' });
  // By keyboard: the button goes away with its item, and the focus goes to the item that took
  // its place instead of falling back to the top of the page.
  await resource(2).getByRole('button', { name: /^Fjern ressource/ }).focus();
  await page.keyboard.press('Enter');
  await expect(resource(2).getByLabel('Beskrivelse')).toHaveValue('Kaffe');
  await expect(resource(2).getByLabel('Type')).toBeFocused();
  await expect(toasts).toContainText('«Ressource 2» er fjernet fra «Fortryd».');
  await shot(page, 'undo-offered');
  // The toast with «Fortryd» has no time limit: it stays until it is used or closed.
  await page.clock.fastForward('05:00');
  await undo.click();
  await expect(resource(2).getByLabel('Beskrivelse')).toHaveValue('Frivillige');
  await expect(resource(3).getByLabel('Beskrivelse')).toHaveValue('Kaffe');
  await expect(resource(2).getByLabel('Type')).toBeFocused();
  await expect(undo).toHaveCount(0);
  // The last item's place goes to the one before it; with none left, to the button that adds.
  await resource(3).getByRole('button', { name: /^Fjern ressource/ }).click();
  await expect(resource(2).getByLabel('Type')).toBeFocused();
  for (const n of [2, 1]) await resource(n).getByRole('button', { name: /^Fjern ressource/ }).click();
  await expect(page.getByRole('button', { name: 'Tilføj ressource' })).toBeFocused();
  // One «Fortryd» at a time: the latest removal's replaces the one before, so that toasts do
  // not pile up over the page (on a phone they sit at its top).
  await expect(page.locator('.toast')).toHaveCount(1);
  await expect(toasts).toContainText('«Ressource 1» er fjernet fra «Fortryd».');
  await page.reload();
  await expect(resource(1)).toHaveCount(0);

  // An item with an id of its own (an activity: a tombstone for the partner's merge) comes back
  // as a new edit, and the wheel's table lists it again; it is kept across a reload.
  await nav(page, 'Partnerskabsaftale');
  for (const name of ['Sommerfest', 'Julefest']) {
    await page.getByRole('button', { name: 'Tilføj aktivitet til årshjulet' }).click();
    await page.getByRole('group', { name: 'Ny aktivitet' }).getByLabel('Aktivitet', { exact: true }).fill(name);
  }
  const activity = (name) => page.getByRole('group', { name, exact: true });
  const rows = page.getByRole('table', { name: 'Årshjulets aktiviteter' }).getByRole('row');
  await activity('Sommerfest').getByRole('button', { name: /Slet aktiviteten/ }).click();
  await expect(activity('Julefest').getByLabel('Aktivitet', { exact: true })).toBeFocused();
  await expect(rows).toHaveCount(2);
  await expect(toasts).toContainText('«Sommerfest» er fjernet fra «Fortryd».');
  await undo.click();
  await expect(activity('Sommerfest').getByLabel('Aktivitet', { exact: true })).toBeFocused();
  await expect(rows).toHaveCount(3);
  await page.reload();
  await expect(activity('Sommerfest')).toBeVisible();
  await expect(rows).toHaveCount(3);

  // A point does not come back into a list that is full again; the toast says why.
  await nav(page, 'Del 1: Interne overvejelser');
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Tilføj punkt' }).click();
  await page.getByRole('textbox', { name: 'Punkt 3' }).fill('Det tredje');
  await page.getByRole('button', { name: 'Fjern Punkt 3' }).click();
  await page.getByRole('button', { name: 'Tilføj punkt' }).click();
  await undo.click();
  await expect(toasts).toContainText(
    '«Punkt 3» kunne ikke gendannes: I har fem punkter – det er det, guiden beder om. Fjern et for at tilføje et nyt.',
  );
  await expect(page.getByRole('textbox', { name: /^Punkt \d$/ })).toHaveCount(5);
  // The focus goes back to where the point was, not to the top of the page.
  await expect(page.getByRole('textbox', { name: 'Punkt 3' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Punkt 3' })).not.toHaveValue('Det tredje');
  await shot(page, 'undo-refused');
  // A toast without an action goes after six seconds.
  await page.clock.fastForward('00:07');
  await expect(page.locator('.toast')).toHaveCount(0);
  // In English, the toast and its button speak English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Remove Point 5' }).click();
  await expect(toasts).toContainText('“Point 5” was removed from “Fortryd”.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Point 5' })).toBeFocused();

  // The toast names the dossier: it stays while the user goes on, to another dossier too, and
  // its «Fortryd» puts the item back in the dossier it was taken from.
  await page.getByRole('button', { name: 'Dansk' }).click();
  await page.getByRole('textbox', { name: 'Punkt 4' }).fill('Det fjerde');
  await page.getByRole('button', { name: 'Fjern Punkt 4' }).click();
  await page.getByRole('link', { name: 'B2C Kompas' }).click();
  await page.getByLabel('Titel', { exact: true }).fill('Et andet');
  await page.getByRole('button', { name: 'Opret dossier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oversigt' })).toBeVisible();
  await expect(toasts).toContainText('«Punkt 4» er fjernet fra «Fortryd».');
  await undo.focus();
  await page.keyboard.press('Enter');
  // The point is not on this page to be seen or focused: a message says where it is back, and
  // the focus goes to this page's heading instead of falling to the page's body.
  await expect(toasts).toContainText('«Punkt 4» er tilbage i «Fortryd».');
  await expect(page.getByRole('heading', { level: 1, name: 'Oversigt' })).toBeFocused();
  await nav(page, 'Del 1: Interne overvejelser');
  await expect(page.getByRole('textbox', { name: /^Punkt \d$/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'B2C Kompas' }).click();
  await page.getByRole('link', { name: 'Fortryd', exact: true }).click();
  await nav(page, 'Del 1: Interne overvejelser');
  await expect(page.getByRole('textbox', { name: 'Punkt 4' })).toHaveValue('Det fjerde');
});

test('adding or removing one item of a list draws only that item: the others keep their boxes, contents and numbers', async ({ page }) => {
  await createDossier(page, { title: 'Lister' });
  await nav(page, 'Del 1: Interne overvejelser');
  // Items without ids of their own (the resources: numbered by their place).
  for (const text of ['Fælleshuset', 'Frivillige', 'Kaffe']) {
    await page.getByRole('button', { name: 'Tilføj ressource' }).click();
    await page.getByLabel('Beskrivelse').last().fill(text);
  }
  const resource = (n) => page.getByRole('group', { name: `Ressource ${n}`, exact: true });
  await resource(1).evaluate((el) => (el.dataset.kept = 'yes'));
  await page.getByRole('button', { name: 'Tilføj ressource' }).click();
  await expect(resource(4)).toBeVisible();
  await expect(resource(1), 'the first box is the same element after an add').toHaveAttribute('data-kept', 'yes');
  // The new item's first question has the focus.
  await expect(resource(4).getByLabel('Type')).toBeFocused();
  await page.getByRole('button', { name: /^Fjern ressource\W+Ressource 2$/ }).click();
  await expect(resource(4)).toHaveCount(0);
  await expect(resource(1)).toHaveAttribute('data-kept', 'yes');
  await expect(resource(1).getByLabel('Beskrivelse')).toHaveValue('Fælleshuset');
  await expect(resource(2).getByLabel('Beskrivelse')).toHaveValue('Kaffe');
  await expect(resource(3).getByLabel('Beskrivelse')).toHaveValue('');

  // Items with ids (the årshjul's activities: named by their own name).
  await nav(page, 'Partnerskabsaftale');
  for (const name of ['Sommerfest', 'Julefest', 'Loppemarked']) {
    await page.getByRole('button', { name: 'Tilføj aktivitet til årshjulet' }).click();
    await page.getByRole('group', { name: 'Ny aktivitet' }).getByLabel('Aktivitet', { exact: true }).fill(name);
  }
  const activity = (name) => page.getByRole('group', { name, exact: true });
  await activity('Loppemarked').evaluate((el) => (el.dataset.kept = 'yes'));
  await activity('Loppemarked').getByLabel('Maj', { exact: true }).check();
  await activity('Julefest').getByRole('button', { name: /Slet aktiviteten/ }).click();
  await expect(activity('Julefest')).toHaveCount(0);
  await expect(activity('Loppemarked'), 'the box after the removed one is the same element').toHaveAttribute('data-kept', 'yes');
  await expect(activity('Loppemarked').getByLabel('Maj', { exact: true })).toBeChecked();
  await expect(activity('Sommerfest').getByLabel('Aktivitet', { exact: true })).toHaveValue('Sommerfest');
  await expect(page.getByRole('table', { name: 'Årshjulets aktiviteter' }).getByRole('row')).toHaveCount(3);
  // And all of it after a reload.
  await page.reload();
  await expect(activity('Loppemarked').getByLabel('Maj', { exact: true })).toBeChecked();
  await nav(page, 'Del 1: Interne overvejelser');
  await expect(resource(2).getByLabel('Beskrivelse')).toHaveValue('Kaffe');
});

// What sticks out sideways of a list item's box. Each item is a box of its own for paint (its
// `contain: layout paint`, style/app.css), so that would be cut off instead of widening the page, and
// the page's own check of sideways scrolling would not see it.
const cutOff = (page) =>
  page.locator('.list-item').evaluateAll((items) =>
    items.flatMap((item) => {
      const box = item.getBoundingClientRect();
      const [left, right] = [box.left + item.clientLeft, box.left + item.clientLeft + item.clientWidth];
      return [...item.querySelectorAll('*')]
        .filter((e) => !e.closest('.sr-only') && e.getBoundingClientRect().width > 1)
        .filter((e) => e.getBoundingClientRect().left < left - 0.5 || e.getBoundingClientRect().right > right + 0.5)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className} in «${item.querySelector('legend')?.textContent}»`);
    }),
  );

// Labels of boxes side by side whose text runs past their own box (into the next one's).
const overrun = (page) =>
  page.locator('.checkbox-grid .form-label').evaluateAll((labels) =>
    labels.filter((l) => l.getBoundingClientRect().right > l.parentElement.getBoundingClientRect().right + 0.5).map((l) => l.textContent),
  );

test('in the items of lists, at 320 px nothing is cut off by its box (with an error shown); at 1280 px boxes side by side keep their labels apart and stand in line', async ({ page }) => {
  await createDossier(page, { title: 'Smal' });
  for (const part of ['Del 1: Interne overvejelser', 'Del 2: Fælles rammesætning', 'Partnerskabsaftale', 'Del 3: Evaluering & effektmåling']) {
    await page.setViewportSize({ width: 320, height: 800 });
    await nav(page, part);
    await expect(page.getByRole('heading', { level: 1, name: part })).toBeVisible();
    // One of each kind of item the part has.
    for (const add of await page.getByRole('button', { name: /^Tilføj/ }).all()) await add.click();
    await expect(page.locator('.list-item').first(), `an item on "${part}"`).toBeVisible();
    if (part.startsWith('Del 1')) {
      await page.getByLabel('Antal (hvis relevant)').fill('fyrre');
      await expect(page.getByRole('alert').filter({ hasText: 'Skriv et tal' })).toBeVisible();
      await shot(page, 'phone-list-items');
    }
    if (part.startsWith('Del 2')) {
      // The indicator just added has no name yet: its box and the initiative's choice of it say so.
      await expect(page.getByRole('group', { name: 'Stedsspecifik indikator uden navn' })).toBeVisible();
      // Each of the guide's three indicators has fields of its own.
      await expect(page.getByRole('group', { name: 'Tillid (versus mistænksomhed)' }).getByRole('checkbox', { name: 'Partnerskabet arbejder med denne indikator' })).toBeChecked();
      await expect(page.getByRole('group', { name: 'Tillid (versus mistænksomhed)' }).getByLabel('KPI-definition')).toHaveValue('% der stoler på deres naboer');
      await expect(page.getByRole('group', { name: 'Nyt initiativ' }).getByRole('checkbox', { name: 'Stedsspecifik indikator uden navn' })).toBeVisible();
    }
    // Every element's id is its own: a label names and operates its own field only.
    expect(await namingFaults(page), `fields without their own label on "${part}"`).toEqual([]);
    expect(await cutOff(page), `"${part}" at 320 px`).toEqual([]);
    expect(await overrun(page), `"${part}" at 320 px`).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await cutOff(page), `"${part}" at 1280 px`).toEqual([]);
    expect(await overrun(page), `"${part}" at 1280 px`).toEqual([]);
    if (part === 'Partnerskabsaftale') {
      // The months side by side stand on one line, the first one too.
      const [jan, feb] = await Promise.all(['Januar', 'Februar'].map((m) => page.getByLabel(m, { exact: true }).first().locator('..').boundingBox()));
      expect(Math.abs(jan.y - feb.y), 'January beside February').toBeLessThan(1);
    }
  }
  // The same items in English (the page is drawn again, with its items kept).
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('navigation', { name: 'Parts of the dossier' }).getByRole('link', { name: 'Part 2: Joint framing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Part 2: Joint framing' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'New initiative' }).getByRole('checkbox', { name: 'Unnamed site-specific indicator' })).toBeVisible();
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    expect(await cutOff(page), `Part 2 in English at ${width} px`).toEqual([]);
    expect(await overrun(page), `Part 2 in English at ${width} px`).toEqual([]);
    if (width === 1280) await shot(page, 'del2-items-english');
  }
  // In the meeting view, the point added above with nothing written in it reads as an
  // unanswered question does.
  const points = page.locator('.read-group').filter({ has: page.getByRole('heading', { name: 'The five most important points' }) });
  await expect(points.getByRole('listitem')).toHaveText(['–']);
});
