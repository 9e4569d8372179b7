import { unreachable } from './unreachable';

describe('unreachable', () => {
  it('throws, naming what it was given, for a value outside the union', () => {
    const fromOutside = { type: 'AdoptPuppy' } as never;
    expect(() => unreachable(fromOutside, 'event type')).toThrow(
      'Unhandled event type: {"type":"AdoptPuppy"}',
    );
  });
});
