// Renders the installable app's PNG icons from public/icons/icon.svg with Debian's Chromium.
// Run after changing the SVG: `node tests/tools/renderIcons.mjs`. The PNGs are committed (installers ask
// for these sizes; the build does not need Chromium), and tests/build/manifest.test.ts checks each PNG's
// size against the manifest.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const icons = fileURLToPath(new URL('../../public/icons/', import.meta.url));
const svg = readFileSync(`${icons}icon.svg`, 'utf8');
/** 192 and 512: what Chromium's installer asks for (512 also as the maskable icon); 180: iOS home screen. */
const sizes = { 'icon-192.png': 192, 'icon-512.png': 512, 'apple-touch-icon.png': 180 };

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const [file, size] of Object.entries(sizes)) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0}svg{display:block}</style>${sized}`);
    await page.screenshot({ path: `${icons}${file}`, omitBackground: false });
    await page.close();
    console.log(`wrote public/icons/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
