import { type Request } from 'express';
import nunjucks from 'nunjucks';
import { mayDo, type Permission } from '../../auth/access';
import { GOVUK_DIST, UI_VIEWS } from './govuk-assets';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A day as GOV.UK writes dates: "1 June 2021" (the ISO day stays in the page's `<time>`). */
export function longDate(day: unknown): string {
  if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(day)) return '';
  const [year, month, date] = day.slice(0, 10).split('-').map(Number);
  return `${date} ${MONTHS[month - 1]} ${year}`;
}

/** A moment the ledger recorded, in UTC: "3 May 2024, 14:05 UTC". */
export function longMoment(iso: unknown): string {
  if (typeof iso !== 'string' || Number.isNaN(Date.parse(iso))) return '';
  const at = new Date(iso).toISOString();
  return `${longDate(at)}, ${at.slice(11, 16)} UTC`;
}

/**
 * The pages' Nunjucks environment: the pages' views first, then govuk-frontend's own
 * templates and component macros. Autoescaping is on: every value a user or the ledger
 * gives is escaped unless a template says otherwise.
 */
export class UiRenderer {
  private readonly env: nunjucks.Environment;

  constructor(readonly signInConfigured: boolean) {
    this.env = new nunjucks.Environment(new nunjucks.FileSystemLoader([UI_VIEWS, GOVUK_DIST]), {
      autoescape: true,
      throwOnUndefined: false,
    });
    this.env.addFilter('longDate', longDate);
    this.env.addFilter('longMoment', longMoment);
    this.env.addFilter('knownAt', (label: unknown) =>
      typeof label === 'string' && /^\d+$/.test(label)
        ? `position ${label}`
        : longMoment(label) || String(label),
    );
    this.env.addFilter('percent', (value: unknown) =>
      typeof value === 'number' ? `${value.toFixed(1)}%` : 'no children',
    );
  }

  /**
   * One page, with what every page needs: who is signed in, the form token, the address.
   * Rendered with a callback: a template's error then rejects this page's promise (nunjucks
   * throws a synchronous render's include errors on a later tick, out of any handler's reach).
   */
  render(view: string, req: Request, context: Record<string, unknown> = {}): Promise<string> {
    const principal = req.principal;
    const full = {
      ...context,
      principal,
      signInConfigured: this.signInConfigured,
      csrfToken: req.uiSession?.csrfToken,
      currentPath: req.originalUrl,
      may: (permission: Permission) => principal !== undefined && mayDo(principal, permission),
    };
    return new Promise((resolve, reject) =>
      this.env.render(view, full, (error, html) => (error ? reject(error) : resolve(html ?? ''))),
    );
  }
}
