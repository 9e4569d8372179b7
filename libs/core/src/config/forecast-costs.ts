import { FORECAST_GROUPS, type ForecastGroup } from '@ledger/forecast';

export const FORECAST_COSTS_SETTING = 'LEDGER_FORECAST_DAILY_COSTS';

/**
 * The cost of a placement day by group, for the forecast's costs: `childrensHomes=800,foster=120`
 * (any currency; groups left out are not costed). Unset: the forecast gives no costs. `fail`
 * raises the configuration's own error, naming the setting.
 */
export function parseForecastDailyCosts(
  raw: string | undefined,
  fail: (message: string) => never,
): Partial<Record<ForecastGroup, number>> | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const costs: Partial<Record<ForecastGroup, number>> = {};
  for (const part of raw.split(',')) {
    const [group, value, ...rest] = part.split('=').map((s) => s.trim());
    if (!FORECAST_GROUPS.includes(group as ForecastGroup) || rest.length > 0) {
      fail(`expected group=cost pairs with a group of ${FORECAST_GROUPS.join(', ')}, got "${part.trim()}"`);
    }
    const cost = Number(value);
    if (value === undefined || value === '' || !Number.isFinite(cost) || cost < 0 || cost > 1e7) {
      fail(`the cost of ${group} must be a number from 0 to 10000000, got "${value ?? ''}"`);
    }
    costs[group as ForecastGroup] = cost;
  }
  return costs;
}
