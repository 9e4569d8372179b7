import { type BadRequestException, Logger } from '@nestjs/common';
import { json, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { ApiError } from './api-error';
import { fieldError } from './field-errors';
import { sendError } from './ledger-exception.filter';

/** Keys that reach an object's prototype when copied: never a field of any body. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;

/** One field-path style everywhere: `placement.type`, `record[1].data.effectiveDate`. */
export function fieldPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/** The first forbidden key or overly deep nesting in a parsed body, as an error naming its path. */
function checkKeys(value: unknown, path: string, depth: number): BadRequestException | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > MAX_DEPTH) return fieldError(path, `nested more than ${MAX_DEPTH} levels deep`);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = checkKeys(value[i], fieldPath(path, i), depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    const at = fieldPath(path, key);
    if (FORBIDDEN_KEYS.has(key)) return fieldError(at, 'is not a field of this request');
    const found = checkKeys((value as Record<string, unknown>)[key], at, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The body parser's refusals, each with a stable code (never a 500). */
function parserError(error: unknown): ApiError {
  const e = error as { type?: string; code?: string; status?: number; charset?: string; encoding?: string };
  switch (e.type) {
    case 'entity.too.large':
      return new ApiError('REQUEST.TOO_LARGE', 'The body is larger than the ledger accepts (1 MB)');
    case 'encoding.unsupported':
      return new ApiError(
        'REQUEST.UNSUPPORTED_ENCODING',
        'Content-Encoding must be identity, gzip, deflate or br',
        'Content-Encoding',
      );
    case 'charset.unsupported':
      return new ApiError('REQUEST.UNSUPPORTED_CHARSET', 'The body must be UTF-8', 'Content-Type');
    case 'entity.parse.failed':
      return new ApiError('REQUEST.MALFORMED_JSON', 'The body is not valid JSON');
  }
  if (typeof e.code === 'string' && e.code.startsWith('Z_')) {
    return new ApiError('REQUEST.BAD_ENCODING', 'The body could not be decompressed', 'Content-Encoding');
  }
  return new ApiError('REQUEST.BAD', 'The body could not be read');
}

function charsetOf(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType)?.[1]?.toLowerCase();
}

/**
 * Reads request bodies: `application/json` in UTF-8 only (a cross-site form cannot write),
 * at most 1 MB, a JSON object, no key that reaches a prototype. Replaces Nest's own parser,
 * whose refusals fell through as 500s.
 */
export function jsonBody(): RequestHandler {
  const parse = json({ limit: '1mb', strict: false, type: () => true });
  return (req: Request, res: Response, next: NextFunction) => {
    const length = req.headers['content-length'];
    const hasBody =
      req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
    if (!hasBody) return next();
    const contentType = req.headers['content-type'] ?? '';
    if (req.is('application/json') !== 'application/json') {
      return next(
        new ApiError(
          'REQUEST.UNSUPPORTED_MEDIA_TYPE',
          'Bodies must be sent as Content-Type: application/json',
          'Content-Type',
        ),
      );
    }
    const charset = charsetOf(contentType);
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
      return next(new ApiError('REQUEST.UNSUPPORTED_CHARSET', 'The body must be UTF-8', 'Content-Type'));
    }
    parse(req, res, (error?: unknown) => {
      if (error) return next(parserError(error));
      const body: unknown = req.body;
      if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        return next(new ApiError('REQUEST.BODY_NOT_OBJECT', 'The body must be a JSON object'));
      }
      next(checkKeys(body, '', 0));
    });
  };
}

/** Express's error hook for what fails before Nest's routing (the body parser): the ledger's error shape. */
export function earlyErrors(): (error: unknown, req: Request, res: Response, next: NextFunction) => void {
  const logger = new Logger('Errors');
  return (error, req, res, _next) => sendError(error, req, res, logger);
}
