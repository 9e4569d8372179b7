import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/lib/chromium/chromium'];

/** Debian's Chromium (`.ci/run` installs it), never a browser download. */
export function chromiumPath(): string {
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found)
    throw new Error(`No Chromium at ${CANDIDATES.join(' or ')}: apt-get install chromium-headless-shell`);
  return found;
}

/**
 * One headless Chromium for the whole suite and no network of its own. Playwright gives each
 * launch a fresh temporary profile (it refuses a `--user-data-dir` of ours).
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const SCREENSHOTS = join(__dirname, '..', '..', '..', 'test-artifacts', 'screenshots');

/** The share of a PNG's pixel bytes that are not white: 0 for a blank page. */
export function inkOf(png: Buffer): number {
  const chunks: Buffer[] = [];
  let at = 8;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    if (type === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const pixels = inflateSync(Buffer.concat(chunks));
  let ink = 0;
  // Sampled: every 97th byte is plenty to tell a page from a blank one.
  for (let i = 0; i < pixels.length; i += 97) if (pixels[i] !== 0xff && pixels[i] !== 0) ink += 1;
  return ink / Math.ceil(pixels.length / 97);
}

/** A full-page screenshot kept for a person to look at; fails when the page is blank. */
export async function screenshot(page: Page, name: string): Promise<number> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const png = await page.screenshot({ fullPage: true });
  writeFileSync(join(SCREENSHOTS, `${name}.png`), png);
  return inkOf(png);
}

/** WCAG 2.2 A and AA violations on the page (or the part of it `include` selects), as axe reports them. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
