import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { getMetadataStorage } from 'class-validator';
import { type Request } from 'express';
import { isPagePath } from '../ui/page-path';
import { fieldErrors } from './field-errors';

interface RouteArgument {
  readonly index: number;
  readonly data?: unknown;
}

/**
 * The query parameters a handler takes: its `@Query('name')` arguments and the fields of a
 * `@Query()` DTO. Read from Nest's own metadata, so a handler cannot forget to declare one.
 */
function knownParameters(context: ExecutionContext): Set<string> {
  const controller = context.getClass();
  const handler = context.getHandler();
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler.name) ?? {}) as Record<
    string,
    RouteArgument
  >;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype as object, handler.name) ??
    []) as unknown[];
  const known = new Set<string>();
  for (const [key, arg] of Object.entries(args)) {
    if (key.split(':')[0] !== String(RouteParamtypes.QUERY)) continue;
    if (typeof arg.data === 'string') {
      known.add(arg.data);
      continue;
    }
    const dto = types[arg.index];
    if (typeof dto === 'function') {
      for (const meta of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
        known.add(meta.propertyName);
      }
    }
  }
  return known;
}

/**
 * One rule for query strings on every endpoint: a parameter the endpoint does not take, or one
 * given twice, is 400 naming it (a misspelt filter never silently widens an answer). A guard,
 * run after sign-in and the rate limit and before the pipes, rather than an interceptor: a
 * route with no interceptor skips Nest's per-request Observable chain.
 */
@Injectable()
export class KnownQueryGuard implements CanActivate {
  private readonly cache = new WeakMap<object, Set<string>>();

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() === 'http' && !isPagePath(context.switchToHttp().getRequest<Request>().path)) {
      const handler = context.getHandler();
      let known = this.cache.get(handler);
      if (!known) {
        known = knownParameters(context);
        this.cache.set(handler, known);
      }
      const query = context.switchToHttp().getRequest<Request>().query as Record<string, unknown>;
      const problems: [string, string][] = [];
      for (const [name, value] of Object.entries(query)) {
        if (!known.has(name)) problems.push([name, 'is not a parameter of this endpoint']);
        else if (typeof value !== 'string') problems.push([name, 'must be given once, as text']);
      }
      if (problems.length > 0) throw fieldErrors(problems);
    }
    return true;
  }
}
