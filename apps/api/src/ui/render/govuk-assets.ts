import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';

/** govuk-frontend's own `dist/` folder: its templates, stylesheet and scripts, unbundled. */
export const GOVUK_DIST = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist');

/** The pages' own views and static files. */
export const UI_VIEWS = join(__dirname, '..', 'views');
export const UI_STATIC = join(__dirname, '..', 'static');

/**
 * govuk-frontend's stylesheet without the GDS Transport typeface: the font is licensed for
 * GOV.UK services only, and a council's service is not one. Its `@font-face` rules go and the
 * family falls back to the stylesheet's own next choice (Arial, then sans-serif).
 */
export function stylesheetWithoutTransport(css: string): string {
  return css.replace(/@font-face\{font-family:GDS Transport;[^}]*\}/g, '').replace(/GDS Transport,/g, '');
}

/** The stylesheet the pages load: govuk-frontend's (as above), then the pages' own additions. */
export function pagesStylesheet(): string {
  const govuk = readFileSync(join(GOVUK_DIST, 'govuk', 'govuk-frontend.min.css'), 'utf8');
  return `${stylesheetWithoutTransport(govuk)}\n${readFileSync(join(UI_STATIC, 'ledger.css'), 'utf8')}`;
}
