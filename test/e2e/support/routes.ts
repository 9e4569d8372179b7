import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { type Permission, REQUIRES_KEY } from '../../../apps/api/src/auth/access';

export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path as Nest routes it, e.g. `/children/:childId/history`. */
  readonly path: string;
  /** The declared permission; undefined when the route declares none (admin only). */
  readonly permission: Permission | undefined;
}

const join = (...parts: string[]): string =>
  `/${parts
    .flatMap((p) => p.split('/'))
    .filter((p) => p !== '')
    .join('/')}`;

/**
 * Every route of every controller the application holds, read from Nest's own metadata (what
 * it routes), with the permission the sign-in guard enforces: a new route cannot escape a
 * test that walks this list.
 */
export function routesOf(app: INestApplication): Route[] {
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const base = Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined;
      const bases = Array.isArray(base) ? base : [base ?? ''];
      const proto = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (method === undefined || path === undefined) continue;
        const permission = (Reflect.getMetadata(REQUIRES_KEY, handler) ??
          Reflect.getMetadata(REQUIRES_KEY, controller)) as Permission | undefined;
        for (const b of bases) {
          for (const p of Array.isArray(path) ? path : [path]) {
            routes.push({
              method: RequestMethod[method] as Route['method'],
              path: join(b, p),
              permission,
            });
          }
        }
      }
    }
  }
  return routes;
}

/** A concrete URL for a route: each path parameter filled with a plausible value. */
export function urlOf(route: Route, values: Record<string, string> = {}): string {
  return route.path.replace(/:(\w+)/g, (_, name: string) => values[name] ?? 'C1');
}
