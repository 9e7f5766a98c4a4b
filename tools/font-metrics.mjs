// Measures the `IBM Plex Sans fallback` faces of style/app.css and prints them as CSS: for each of
// Plex's four weights, the local Arial-like face (Liberation Sans here, the same widths as Arial)
// scaled by the ratio of the widths of the Business2Community guide's Danish text in Plex and in
// it (size-adjust), and Plex's ascent and descent in that scaled em (the overrides). Measured with
// a canvas in Chromium, as the browser lays the text out. Run again if the fonts change:
//   node tools/font-metrics.mjs   (after `make build`, which puts the fonts in build/assets/fonts)
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The guide itself is not in the repository; it sits beside it on the team's machines.
const guide = join(root, '..', 'shared', 'seeds', 'business2community.txt');
if (!existsSync(guide)) throw new Error(`font-metrics: ${guide} is missing (the Business2Community guide's text)`);
const text = readFileSync(guide, 'utf8').replace(/\s+/g, ' ').slice(0, 20000);
const weights = { 400: 'Regular', 500: 'Medium', 600: 'SemiBold', 700: 'Bold' };
const plex = Object.fromEntries(
  Object.entries(weights).map(([w, name]) => [w, readFileSync(join(root, 'build', 'assets', 'fonts', `IBMPlexSans-${name}-Latin1.woff2`)).toString('base64')]),
);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
const measured = await page.evaluate(
  async ({ text, plex }) => {
    const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    for (const [w, b64] of Object.entries(plex)) {
      const face = new FontFace('Plex', bytes(b64), { weight: w });
      await face.load();
      document.fonts.add(face);
    }
    const ctx = new OffscreenCanvas(10, 10).getContext('2d');
    const measure = (font) => {
      ctx.font = font;
      const m = ctx.measureText(text);
      return { width: m.width, ascent: m.fontBoundingBoxAscent, descent: m.fontBoundingBoxDescent };
    };
    return Object.fromEntries(Object.keys(plex).map((w) => [w, { plex: measure(`${w} 100px Plex`), local: measure(`${w} 100px "Liberation Sans"`) }]));
  },
  { text, plex },
);
await browser.close();

const pct = (x) => `${(x * 100).toFixed(2)}%`;
for (const [w, { plex, local }] of Object.entries(measured)) {
  const scale = plex.width / local.width;
  // Font-size 100px: the ascent and descent in px are hundredths of an em.
  console.log(`/* ${w} */ size-adjust: ${pct(scale)}; ascent-override: ${pct(plex.ascent / 100 / scale)}; descent-override: ${pct(plex.descent / 100 / scale)};`);
}
