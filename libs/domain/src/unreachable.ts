/**
 * The end of a switch that handles every member of a union: a new member the switch forgot is
 * a compile error here (its type is not `never`), and a value from outside the types (a stored
 * record no upcaster knows) is an error at run time, never silently ignored.
 */
export function unreachable(value: never, what: string): never {
  throw new TypeError(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
