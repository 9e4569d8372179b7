import { pagesStylesheet, stylesheetWithoutTransport } from './govuk-assets';

describe('the pages’ stylesheet', () => {
  it('drops the GDS Transport typeface and keeps the fallback fonts', () => {
    const css =
      '@font-face{font-family:GDS Transport;font-style:normal;src:url(/assets/fonts/light.woff2)}' +
      '.govuk-body{font-family:GDS Transport,arial,sans-serif}';
    expect(stylesheetWithoutTransport(css)).toBe('.govuk-body{font-family:arial,sans-serif}');
  });

  it('is govuk-frontend’s own, without the typeface, then the pages’ print styles', () => {
    const css = pagesStylesheet();
    expect(css).toContain('.govuk-header');
    expect(css).not.toContain('GDS Transport');
    expect(css).not.toContain('/assets/fonts/');
    expect(css).toContain('@media print');
  });
});
