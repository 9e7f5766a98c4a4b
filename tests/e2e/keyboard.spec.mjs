// Keyboard only: Del 1, typing in a paper survey form, and the kiosk, with Tab, Enter, Space and
// the arrow keys — no mouse after the set-up. Navigation puts focus on the new page's heading.
import { test, expect, createDossier, startKiosk } from './fixtures.mjs';

/** Presses Tab until `target` has focus (fails if it is not reached within `max` presses). */
async function tabTo(page, target, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reachable with Tab: ${target}`);
}

test('Del 1 and a paper survey form by keyboard; focus follows navigation', async ({ page }) => {
  await createDossier(page, { title: 'Tastatur' });
  const nav = page.getByRole('navigation', { name: 'Dossierets dele' });

  await tabTo(page, nav.getByRole('link', { name: 'Del 1: Interne overvejelser' }));
  await page.keyboard.press('Enter');
  const h1 = page.getByRole('heading', { level: 1, name: 'Del 1: Interne overvejelser' });
  await expect(h1).toBeFocused();
  await tabTo(page, page.getByLabel('Hvilke udfordringer eller muligheder er i fokus i området?'));
  await page.keyboard.type('Ensomhed blandt ældre');
  const add = page.getByRole('button', { name: 'Tilføj ressource' });
  await tabTo(page, add);
  await page.keyboard.press('Enter');
  // The new resource's first field gets focus, ready for typing.
  await expect(page.getByLabel('Type').last()).toBeFocused();
  await tabTo(page, page.getByLabel('Beskrivelse').last());
  await page.keyboard.type('Fælleshuset to aftener om ugen');
  await page.reload();
  await expect(page.getByLabel('Hvilke udfordringer eller muligheder er i fokus i området?')).toHaveValue('Ensomhed blandt ældre');
  await expect(page.getByLabel('Beskrivelse').last()).toHaveValue('Fælleshuset to aftener om ugen');

  // Removing by keyboard: the focus stays in the page, and the message with «Fortryd» comes after
  // all of it. F8 takes the focus there from anywhere (Tab would go through every field below);
  // Enter brings the resource back with the focus in it.
  const resources = page.getByRole('group', { name: /^Ressource \d$/ });
  const count = await resources.count();
  await tabTo(page, resources.last().getByRole('button', { name: /^Fjern ressource/ }));
  await page.keyboard.press('Enter');
  await expect(resources).toHaveCount(count - 1);
  await expect(page.getByRole('status').getByText(`«Ressource ${count}» er fjernet fra «Tastatur».`)).toBeVisible();
  await tabTo(page, page.getByLabel('Hvilke udfordringer eller muligheder er i fokus i området?'));
  await page.keyboard.press('F8');
  await expect(page.getByRole('button', { name: 'Fortryd (F8)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(resources).toHaveCount(count);
  await expect(page.getByLabel('Beskrivelse').last()).toHaveValue('Fælleshuset to aftener om ugen');
  await expect(page.getByRole('button', { name: /^Fortryd/ })).toHaveCount(0);
  // With no message to act on, F8 leaves the focus where it is.
  await page.getByLabel('Beskrivelse').last().focus();
  await page.keyboard.press('F8');
  await expect(page.getByLabel('Beskrivelse').last()).toBeFocused();

  await tabTo(page, nav.getByRole('link', { name: 'Del 3: Evaluering & effektmåling' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Del 3: Evaluering & effektmåling' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Opret måling' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Måling: Baseline' })).toBeVisible();
  await tabTo(page, page.getByLabel('Svar fra ét papirskema'));
  for (const form of ['112', '245', '3-1']) {
    await page.keyboard.type(form);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByText('Runden har nu 3 besvarelser.')).toBeVisible();
  // A wrong key is announced as an error (role=alert), and nothing is saved.
  await page.keyboard.type('19');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Tegn nr. 2 («9») er ikke et svar' })).toBeVisible();
});

test('the kiosk by keyboard: answer, send, and unlock', async ({ page }) => {
  await startKiosk(page, { title: 'Kiosk med tastatur', pin: '8642' });

  await tabTo(page, page.getByRole('button', { name: 'Start på dansk' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('1 af 3')).toBeVisible();
  // The answers are a radio group: Tab into it, arrows to choose.
  await tabTo(page, page.getByRole('radio', { name: 'Helt enig' }));
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Delvist enig' })).toBeChecked();
  // Each new screen moves the focus to its heading a frame later: wait for it, or the next Tab
  // search may find the button still focused and press Enter on the heading.
  const heading = page.getByRole('heading', { level: 1 });
  await tabTo(page, page.getByRole('button', { name: 'Næste' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('2 af 3')).toBeVisible();
  await expect(heading).toBeFocused();
  for (const next of ['3 af 3', 'Du har svaret på 1 af 3 udsagn.']) {
    await tabTo(page, page.getByRole('button', { name: 'Spring over' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText(next)).toBeVisible();
    await expect(heading).toBeFocused();
  }
  await tabTo(page, page.getByRole('button', { name: 'Send', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Tak for dine svar!' })).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Personale' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('PIN-kode')).toBeFocused();
  await page.keyboard.type('8642');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Kiosk – personale' })).toBeVisible();
  await expect(page.getByRole('definition').nth(1)).toHaveText('1');
});
