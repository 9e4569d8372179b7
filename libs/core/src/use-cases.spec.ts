import { describe, expect, it } from '@jest/globals';
import { Command, Query } from '@nestjs/cqrs';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import 'reflect-metadata';
import { commandHandlers, queryHandlers } from './handlers';
import * as publicApi from './index';

/**
 * The shape of a use case (CONTRIBUTING.md): one folder under `commands/` or `queries/`, holding
 * its message (`<name>.command.ts` or `<name>.query.ts`), its handler (`<name>.handler.ts`, for
 * that message, listed in handlers.ts) and its tests (`<name>.spec.ts` or `<name>.int-spec.ts`);
 * the message is exported from `@ledger/core` for the shells to send.
 */
const KINDS = [
  {
    folder: 'commands',
    suffix: 'command',
    base: Command,
    metadata: '__commandHandler__',
    handlers: commandHandlers,
  },
  { folder: 'queries', suffix: 'query', base: Query, metadata: '__queryHandler__', handlers: queryHandlers },
] as const;

const useCases = KINDS.flatMap((kind) =>
  readdirSync(join(__dirname, kind.folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ kind, name: entry.name, dir: join(__dirname, kind.folder, entry.name) })),
);

type Exports = Record<string, unknown>;
const classesOf = (module: Exports) =>
  Object.entries(module).filter(
    (e): e is [string, abstract new (...args: never[]) => unknown] => typeof e[1] === 'function',
  );

describe('every use case has one folder and one shape', () => {
  it('finds the use cases', () => {
    expect(useCases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(useCases.map((u) => [`${u.kind.folder}/${u.name}`, u] as const))(
    '%s',
    (_label, { kind, name, dir }) => {
      const message = join(dir, `${name}.${kind.suffix}.ts`);
      const handler = join(dir, `${name}.handler.ts`);
      expect({ message: existsSync(message), handler: existsSync(handler) }).toEqual({
        message: true,
        handler: true,
      });
      expect(existsSync(join(dir, `${name}.spec.ts`)) || existsSync(join(dir, `${name}.int-spec.ts`))).toBe(
        true,
      );
      // The other kind's message has no place here: a folder is a command or a query.
      const other = kind.suffix === 'command' ? 'query' : 'command';
      expect(readdirSync(dir).filter((f) => f.endsWith(`.${other}.ts`))).toEqual([]);

      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the folder's own files, found at run time
      const messages = classesOf(require(message) as Exports).filter(
        ([, c]) => c.prototype instanceof kind.base,
      );
      expect(messages.map(([n]) => n)).toHaveLength(1);
      const [messageName, messageClass] = messages[0];
      expect((publicApi as Exports)[messageName]).toBe(messageClass);

      // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
      const handlers = classesOf(require(handler) as Exports).filter(([, c]) =>
        Reflect.hasMetadata(kind.metadata, c),
      );
      expect(handlers).toHaveLength(1);
      const [, handlerClass] = handlers[0];
      expect(Reflect.getMetadata(kind.metadata, handlerClass)).toBe(messageClass);
      expect(kind.handlers as readonly unknown[]).toContain(handlerClass);
    },
  );

  it('lists no handler that has no folder', () => {
    expect(commandHandlers.length + queryHandlers.length).toBe(useCases.length);
  });
});
