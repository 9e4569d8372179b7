import { type MeasuresRequest, parseAsKnownAt } from '@ledger/core';
import { type LocalDate } from '@ledger/domain';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { measuresRequestOf } from '../../measures/measures.controller';
import { MeasuresQueryDto } from '../../measures/measures.request.dto';

/** What the dashboard's form asks for, as the address carries it. */
export interface WindowParams {
  readonly from: string;
  readonly to: string;
  readonly asKnownAt?: string;
  readonly placementGroup?: string;
  readonly ageBand?: string;
  readonly responsibleAuthority?: string;
}

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

const FIELDS = ['from', 'to', 'asKnownAt', 'placementGroup', 'ageBand', 'responsibleAuthority'] as const;

/** The last whole year to 31 March on or before `today`: the year the return covers. */
export function lastReturnYear(today: LocalDate): { from: LocalDate; to: LocalDate } {
  const year = Number(today.slice(0, 4));
  const end = today >= `${year}-03-31` ? year : year - 1;
  return { from: `${end - 1}-04-01`, to: `${end}-03-31` };
}

/** A query string of the set parameters only, in a stable order. */
export function queryString(params: Readonly<Record<string, string | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, value);
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * The window and filters from the page's query, checked by the same rules as `GET /measures`;
 * an empty form field means "not set", and a missing window is the last return year.
 */
export function parseWindow(
  query: Readonly<Record<string, unknown>>,
  today: LocalDate,
): { params: WindowParams; request?: MeasuresRequest; errors: FieldError[] } {
  const given: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = query[field];
    if (typeof value === 'string' && value.trim() !== '') given[field] = value.trim();
  }
  const fallback = lastReturnYear(today);
  const params: WindowParams = { ...given, from: given.from ?? fallback.from, to: given.to ?? fallback.to };
  const dto = plainToInstance(MeasuresQueryDto, params);
  const errors: FieldError[] = validateSync(dto).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => ({ field: error.property, message })),
  );
  if (errors.length === 0 && params.from > params.to) {
    errors.push({
      field: 'from',
      message: `The window starts after it ends: ${params.from} is after ${params.to}`,
    });
  }
  if (errors.length === 0) {
    try {
      parseAsKnownAt(params.asKnownAt);
    } catch (error) {
      errors.push({ field: 'asKnownAt', message: (error as Error).message });
    }
  }
  return { params, request: errors.length === 0 ? measuresRequestOf(dto) : undefined, errors };
}
