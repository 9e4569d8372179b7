import { figureAt, type MeasuresReport } from '@ledger/projections';
import { parse } from 'csv-parse/sync';
import { type Browser, type Page } from 'playwright-core';
import { call, tempDir } from '../e2e/support/api-harness';
import { CHILD_ID } from '../e2e/support/journey';
import { axeViolations, launchBrowser, screenshot } from './support/browser';
import {
  fillSmallDemo,
  freePort,
  recordHandMadeChild,
  type RunningLedger,
  startLedger,
} from './support/ledger';
import { type LoopbackProvider, startProvider } from './support/oidc-provider';

const WINDOW = 'from=2023-04-01&to=2024-03-31';

// A browser, axe and full-page screenshots on a shared two-core machine: far from any limit.
jest.setTimeout(240_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Opens a page, checks it with axe, and keeps its screenshot. `axeOn` narrows the check to the
 * part of a page whose template an earlier visit already checked whole (axe on a page of tables
 * and charts is the suite's largest cost).
 */
async function visit(page: Page, url: string, name: string, axeOn?: string): Promise<number> {
  const response = await page.goto(url);
  expect(await axeViolations(page, axeOn)).toEqual([]);
  expect(await screenshot(page, name)).toBeGreaterThan(0.01);
  return response?.status() ?? 0;
}

/** The cells of the dashboard's figure rows, by figure path. */
async function dashboardCells(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.$$eval('tr[data-figure]', (rows) =>
    Object.fromEntries(
      rows.map((row) => [
        row.getAttribute('data-figure')!,
        Object.fromEntries(
          [...row.querySelectorAll('td[data-part]')].map((td) => [
            td.getAttribute('data-part')!,
            td.textContent!.trim(),
          ]),
        ),
      ]),
    ),
  );
}

function expectCellsEqualReport(cells: Record<string, Record<string, string>>, report: MeasuresReport): void {
  expect(Object.keys(cells).length).toBeGreaterThan(60);
  for (const [path, parts] of Object.entries(cells)) {
    const value = figureAt(report, path) as any;
    if (typeof value === 'number')
      expect({ path, number: parts.number }).toEqual({ path, number: String(value) });
    else if ('count' in value)
      expect({ path, number: parts.number }).toEqual({ path, number: String(value.count) });
    else
      expect({ path, number: parts.number, outOf: parts.outOf, percent: parts.percent }).toEqual({
        path,
        number: String(value.numerator),
        outOf: String(value.denominator),
        percent: value.percent === null ? '' : value.percent.toFixed(1),
      });
  }
}

describe('the pages in a browser, in local mode', () => {
  const tmp = tempDir('ledger-browser-');
  let ledger: RunningLedger;
  let page: Page;
  let beforeCorrection: string;
  let matchId: string;

  beforeAll(async () => {
    ledger = await startLedger(`${tmp.dir}/ledger.db`, {});
    await fillSmallDemo(ledger);
    ({ beforeCorrection, matchId } = await recordHandMadeChild(ledger.url));
    page = await (await browser.newContext()).newPage();
  });
  afterAll(async () => {
    await page?.context().close();
    await ledger?.close();
    tmp.remove();
  });

  it('shows every figure of the API’s report for the window', async () => {
    expect(await visit(page, `${ledger.url}/ui?${WINDOW}`, 'dashboard')).toBe(200);
    const report = (await call(ledger.url, 'GET', `/measures?${WINDOW}`)).body as MeasuresReport;
    expectCellsEqualReport(await dashboardCells(page), report);
    // Each chart is one image with its words, and the table of its numbers beside it.
    expect(await page.$$eval('figure.ledger-chart svg[role=img] title', (t) => t.length)).toBe(4);
    expect(await page.$$eval('figure.ledger-chart table tbody tr', (r) => r.length)).toBe(4 * 12);
    // Each figure links to its definition.
    const links = await page.$$eval('tr[data-figure] th a', (a) => a.map((x) => x.getAttribute('href')));
    expect(links.every((href) => /^\/ui\/docs\/measures#section-\d[a-z]?$/.test(href ?? ''))).toBe(true);
  });

  it('links each figure to its definition on the docs page', async () => {
    await page.goto(`${ledger.url}/ui?${WINDOW}`);
    const hrefs = new Set(
      await page.$$eval('a[href^="/ui/docs/measures#"]', (a) => a.map((x) => x.getAttribute('href')!)),
    );
    expect(hrefs.size).toBeGreaterThan(5);
    expect(await visit(page, `${ledger.url}/ui/docs/measures`, 'measure-definitions')).toBe(200);
    for (const href of hrefs) {
      const id = href.split('#')[1];
      expect({ id, found: await page.$$eval(`[id="${id}"]`, (e) => e.length) }).toEqual({ id, found: 1 });
    }
  });

  it('changes the figures and the address when a filter changes', async () => {
    await page.goto(`${ledger.url}/ui?${WINDOW}`);
    const before = await dashboardCells(page);
    await page.selectOption('#placementGroup', 'foster');
    await Promise.all([page.waitForURL(/placementGroup=foster/), page.click('#show-figures')]);
    expect(page.url()).toContain('from=2023-04-01');
    const after = await dashboardCells(page);
    const report = (await call(ledger.url, 'GET', `/measures?${WINDOW}&placementGroup=foster`))
      .body as MeasuresReport;
    expectCellsEqualReport(after, report);
    expect(after['snapshot.childrenLookedAfter'].number).not.toBe(
      before['snapshot.childrenLookedAfter'].number,
    );
    expect(after['snapshot.byPlacementGroup.foster'].number).toBe(
      after['snapshot.childrenLookedAfter'].number,
    );
  });

  it('downloads each table as the CSV of exactly its cells', async () => {
    await page.goto(`${ledger.url}/ui?${WINDOW}`);
    for (const table of ['stability', 'adoption', 'snapshot', 'trend-three-plus']) {
      const shown = await page.$$eval(`table[data-table="${table}"] tr`, (rows) =>
        rows.map((row) =>
          [...row.querySelectorAll('th, td')]
            .filter((cell) => !cell.classList.contains('ledger-no-print'))
            .map((cell) => cell.textContent!.trim()),
        ),
      );
      const href = await page.getAttribute(`a[href*="table=${table}"]`, 'href');
      const csv = await page.request.get(`${ledger.url}${href}`);
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect(parse(await csv.text())).toEqual(shown);
    }
  });

  it('lists the children behind a figure, as many as it counts, each linked to their chronology', async () => {
    const report = (await call(ledger.url, 'GET', `/measures?${WINDOW}`)).body as MeasuresReport;
    expect(
      await visit(
        page,
        `${ledger.url}/ui/figures/stability.threePlusPlacements?${WINDOW}`,
        'behind-a-figure',
      ),
    ).toBe(200);
    const rows = await page.$$eval('#figure-children tbody tr', (r) =>
      r.map((row) => row.querySelector('[data-part]')!.textContent!.trim()),
    );
    expect(rows).toHaveLength(report.stability.threePlusPlacements.denominator);
    expect(rows.filter((r) => r === 'Yes')).toHaveLength(report.stability.threePlusPlacements.numerator);
    await Promise.all([page.waitForURL(/\/ui\/children\//), page.click('#figure-children tbody tr a')]);
    expect(await page.textContent('h1')).toMatch(/^Child /);
  });

  it('tells a hand-made child’s journey in order, with its correction, and as known before it', async () => {
    expect(await visit(page, `${ledger.url}/ui/children/${CHILD_ID}`, 'chronology')).toBe(200);
    const entries = await page.$$eval('#journey li', (items) =>
      items.map((li) => ({
        date: li.querySelector('time')!.getAttribute('datetime')!,
        text: li.textContent!.replace(/\s+/g, ' '),
        id: li.getAttribute('data-event-id'),
        voided: li.getAttribute('data-voided') === 'true',
        correction: li.getAttribute('data-type') === 'correction',
      })),
    );
    expect(entries.map((e) => e.date)).toEqual([...entries.map((e) => e.date)].sort());
    const said = entries.map((e) => e.text);
    const order = [
      'Registered',
      'Started to be looked after',
      'Carer requests the placement end for other reasons (CREQO)',
      'Temporary placement began',
      'Returned from the temporary placement',
      'Legal status changed to',
      'Decision that the child should be placed for adoption',
      'Matched with adopters',
      'Stopped being looked after',
    ];
    const at = order.map((words) => said.findIndex((text) => text.includes(words)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    const match = entries.find((e) => e.id === matchId)!;
    expect(match.voided).toBe(true);
    expect(match.text).toContain('Match keyed against the wrong child');
    expect(match.text).toContain('auditor-7');
    expect(entries.filter((e) => e.correction)).toHaveLength(1);
    expect(await page.textContent('#corrections')).toContain('auditor-7');
    expect(await page.textContent('#placements')).toContain('FC-3');
    expect(await page.textContent('#legal-statuses')).toContain('(E1)');

    await page.fill('#asKnownAt', beforeCorrection);
    await Promise.all([page.waitForURL(/asKnownAt=/), page.click('form button')]);
    expect(await page.textContent('#known-at')).toContain(
      `As the ledger knew it at position ${beforeCorrection}`,
    );
    expect(await page.$$eval('#journey li[data-voided]', (l) => l.length)).toBe(0);
    expect(await page.$$eval('#journey li[data-type=correction]', (l) => l.length)).toBe(0);
    expect(await page.textContent('#journey')).toContain('Matched with adopters');

    // The print stylesheet: a clean record, without the forms and the navigation.
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('form')).toBe(false);
    expect(await page.isVisible('.govuk-service-navigation')).toBe(false);
    expect(await page.isVisible('#journey')).toBe(true);
    expect(await screenshot(page, 'chronology-print')).toBeGreaterThan(0.01);
    await page.emulateMedia({ media: 'screen' });
  });

  it('finds a child by id, and says so when the id cannot be one', async () => {
    expect(await visit(page, `${ledger.url}/ui/children`, 'find-a-child')).toBe(200);
    await page.fill('#childId', CHILD_ID);
    await Promise.all([page.waitForURL(new RegExp(`/ui/children/${CHILD_ID}$`)), page.click('form button')]);
    expect(await visit(page, `${ledger.url}/ui/children?childId=not%20an%20id`, 'find-a-child-error')).toBe(
      400,
    );
    expect(await page.textContent('.govuk-error-summary')).toContain('childId must be');
    expect(await visit(page, `${ledger.url}/ui/children/NOSUCH`, 'child-not-found')).toBe(404);
  });

  it('shows an inspection list as a table, with the API’s CSV', async () => {
    expect(await visit(page, `${ledger.url}/ui/inspection?list=8&date=2024-03-31`, 'inspection-list-8')).toBe(
      200,
    );
    const api = await call(ledger.url, 'GET', '/inspection/annex-a/lists/8?date=2024-03-31');
    expect(await page.$$eval('#annex-a-list tbody tr', (r) => r.length)).toBe(api.body.rows.length);
    const href = await page.getAttribute('a[href*="list.csv"]', 'href');
    const csv = await (await page.request.get(`${ledger.url}${href}`)).text();
    const apiCsv = await (
      await fetch(`${ledger.url}/inspection/annex-a/lists/8?date=2024-03-31&format=csv`)
    ).text();
    expect(csv).toBe(apiCsv);
    for (const list of ['9', '10']) {
      expect(
        await visit(
          page,
          `${ledger.url}/ui/inspection?list=${list}&date=2024-03-31`,
          `inspection-list-${list}`,
        ),
      ).toBe(200);
    }
  });
});

describe('signing in to the pages with OpenID Connect', () => {
  const tmp = tempDir('ledger-browser-oidc-');
  let provider: LoopbackProvider;
  let ledger: RunningLedger;
  let childIds: string[];

  beforeAll(async () => {
    const port = await freePort();
    const redirect = `http://127.0.0.1:${port}/ui/auth/callback`;
    provider = await startProvider('ledger-pages', redirect);
    ledger = await startLedger(
      `${tmp.dir}/ledger.db`,
      {
        LEDGER_UI_OIDC_ISSUER: provider.issuer,
        LEDGER_UI_OIDC_CLIENT_ID: 'ledger-pages',
        LEDGER_UI_OIDC_REDIRECT_URI: redirect,
      },
      port,
    );
    await fillSmallDemo(ledger);
    await recordHandMadeChild(ledger.url);
    childIds = ((await call(ledger.url, 'GET', '/children')).body.children as { childId: string }[]).map(
      (c) => c.childId,
    );
  });
  afterAll(async () => {
    await ledger?.close();
    await provider?.close();
    tmp.remove();
  });

  async function signIn(page: Page, login: string, start: string): Promise<void> {
    await page.goto(start);
    expect(page.url().startsWith(provider.issuer)).toBe(true);
    await page.fill('input[name=login]', login);
    await page.fill('input[name=password]', 'any');
    await page.click('button[type=submit]');
    if (page.url().startsWith(provider.issuer)) await page.click('button[type=submit]');
    await page.waitForURL((url) => url.toString().startsWith(ledger.url));
  }

  it('signs a reviewer in end to end, back to the page asked for, and out', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'reviewer-1', `${ledger.url}/ui/children/${CHILD_ID}`);
    expect(new URL(page.url()).pathname).toBe(`/ui/children/${CHILD_ID}`);
    expect((await page.textContent('body'))!.replace(/\s+/g, ' ')).toContain(
      'Signed in as Test user reviewer-1 (reviewer)',
    );
    const cookie = (await context.cookies(`${ledger.url}/ui`)).find((c) => c.name === 'ledger_ui_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/ui' });

    // A sign-out without the session's form token changes nothing.
    const forged = await page.request.post(`${ledger.url}/ui/sign-out`, { form: { _csrf: 'not-the-token' } });
    expect(forged.status()).toBe(403);
    expect(
      (await page.request.get(`${ledger.url}/ui/children/${CHILD_ID}`, { maxRedirects: 0 })).status(),
    ).toBe(200);

    // The dashboard was checked whole signed out: what signing in changes is the header.
    expect(await visit(page, `${ledger.url}/ui?${WINDOW}`, 'dashboard-signed-in', 'header')).toBe(200);
    await Promise.all([page.waitForURL(/\/ui\/sign-out$/), page.click('form.ledger-sign-out button')]);
    expect(await page.textContent('h1')).toBe('You have signed out');
    const after = await page.request.get(`${ledger.url}/ui`, { maxRedirects: 0 });
    expect(after.status()).toBe(303);
    expect(after.headers().location).toBe('/ui/sign-in?returnTo=%2Fui');
    await context.close();
  });

  it('shows an analyst no child identifier on any page it can reach, and refuses the rest', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'analyst-1', `${ledger.url}/ui?${WINDOW}`);
    expect(await page.textContent('body')).toContain('(analyst)');
    expect(await screenshot(page, 'dashboard-analyst')).toBeGreaterThan(0.01);
    expect(await axeViolations(page)).toEqual([]);
    const reachable = [`/ui?${WINDOW}`, `/ui?${WINDOW}&placementGroup=foster`, '/ui/docs/measures'];
    for (const path of reachable) {
      const html = await (await page.request.get(`${ledger.url}${path}`)).text();
      expect(childIds.filter((id) => html.includes(id))).toEqual([]);
    }
    expect(await page.$$('a[href^="/ui/figures/"]')).toHaveLength(0);
    for (const path of [
      `/ui/children/${CHILD_ID}`,
      '/ui/children',
      `/ui/figures/stability.threePlusPlacements?${WINDOW}`,
      '/ui/inspection?list=8&date=2024-03-31',
      '/ui/inspection/list.csv?list=8&date=2024-03-31',
    ]) {
      const refused = await page.request.get(`${ledger.url}${path}`);
      expect({ path, status: refused.status() }).toEqual({ path, status: 403 });
      const text = await refused.text();
      expect(childIds.filter((id) => text.includes(id))).toEqual([]);
    }
    expect(await visit(page, `${ledger.url}/ui/children/${CHILD_ID}`, 'chronology-refused')).toBe(403);
    await context.close();
  });
});
