import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
  acceptPixelEvent,
  checkPixelEvent,
  PIXEL_EVENT_TYPES,
  pixelEventSchema,
} from '../../../web/server/signals/pixel-event';
import {domEventDataSchema, sanitizeDomData} from '../../../web/server/signals/dom-element';
import {hostileValue} from '../../support/hostile-bodies';

/**
 * The pixel event check written by hand (pixel-event.ts, dom-element.ts) against the zod schemas
 * it stands for, over one fuzzed corpus: the same events accepted, the same output key for key
 * (the stored payload is its JSON), and the same reasons for the rest.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 16_2026);
const RUNS = 3_000;

/** Strings at the length limits, counted both ways: UTF-16 units and code points differ. */
const limitText = (max: number) =>
  fc.oneof(
    fc.string({minLength: 1, maxLength: 12}),
    fc.string({unit: 'binary', minLength: 0, maxLength: max + 2}),
    fc.constantFrom(
      '',
      'a'.repeat(max),
      'a'.repeat(max + 1),
      '😀'.repeat(max / 2),
      '😀'.repeat(max / 2 + 1),
      '😀'.repeat(max),
      '😀'.repeat(max + 1),
      `${'a'.repeat(max - 1)}😀`,
      '\ud800'.repeat(max),
      '\ud800'.repeat(max + 1),
      '\udc00\ud800'.repeat(max / 2 + 1),
    ),
  );

const field = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({arbitrary, weight: 6}, {arbitrary: hostileValue, weight: 1});

const timestamp = fc.oneof(
  fc
    .date({min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true})
    .chain((date) =>
      fc
        .constantFrom('Z', '+05:30', '-08:00', '+23:59', '+24:00', '-00:60', '', 'z', '+0530')
        .chain((zone) =>
          fc.constantFrom(
            date.toISOString().replace('Z', zone),
            date.toISOString().slice(0, 19) + zone,
            date.toISOString().slice(0, 16) + zone,
            date.toISOString().replace('T', ' '),
            date.toISOString().replace(/\.\d+Z$/, '.123456789Z'),
          ),
        ),
    ),
  fc.constantFrom(
    '2024-02-29T12:00:00Z',
    '2023-02-29T12:00:00Z',
    '2000-02-29T00:00:00.000Z',
    '2100-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-12-01T24:00:00Z',
    '2026-12-01T23:59:60Z',
    ' 2026-12-01T10:00:00Z',
    '2026-12-01T10:00:00Z\n',
  ),
  fc.string({maxLength: 30}),
);

const seq = fc.oneof(
  fc.integer({min: -3, max: 1_000_000}),
  fc.constantFrom(0, -0, 1.5, -1, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 1e308, 1e-9),
  fc.double(),
);

const domElement = fc.record(
  {
    id: field(limitText(200)),
    name: field(fc.oneof(limitText(200), fc.constant(null))),
    tagName: field(fc.constantFrom('INPUT', 'FORM', 'BUTTON', null)),
    type: field(fc.constantFrom('email', 'text', 'submit')),
    value: field(fc.string({maxLength: 20})),
  },
  {requiredKeys: []},
);

const domData = fc.oneof(
  fc.record(
    {
      element: field(
        fc
          .tuple(
            domElement,
            fc.oneof(
              fc.array(field(domElement), {maxLength: 4}),
              fc.array(domElement, {minLength: 101, maxLength: 102}),
              hostileValue,
            ),
            fc.boolean(),
          )
          .map(([element, elements, withElements]) =>
            withElements ? {...element, elements} : element,
          ),
      ),
    },
    {requiredKeys: []},
  ),
  hostileValue,
);

const checkoutData = fc.record({
  checkout: fc.record(
    {token: field(fc.string({maxLength: 10})), email: fc.constant('dana@example.com')},
    {requiredKeys: []},
  ),
});

const event = fc
  .tuple(
    fc.record(
      {
        id: field(limitText(100)),
        name: field(fc.oneof(limitText(100), fc.constantFrom('checkout_started', 'clicked'))),
        type: field(fc.constantFrom(...PIXEL_EVENT_TYPES, 'Standard', 'other', '')),
        timestamp: field(timestamp),
        clientId: field(limitText(100)),
        seq: field(seq),
        data: fc.oneof(domData, checkoutData, hostileValue),
        customData: field(fc.record({campaignId: fc.string({maxLength: 8})})),
        context: fc.constant({document: {location: {href: 'https://x.example/?email=a'}}}),
      },
      {requiredKeys: ['id', 'name', 'type', 'timestamp', 'clientId', 'seq']},
    ),
    fc.dictionary(fc.string({maxLength: 6}), hostileValue, {maxKeys: 2}),
    fc.boolean(),
  )
  // Extra keys first or last, and through JSON as the pixel sends it (no undefined, no -0).
  .map(([known, extra, extraFirst]) =>
    JSON.parse(JSON.stringify(extraFirst ? {...extra, ...known} : {...known, ...extra})),
  );

/** Mostly events that are valid but for a field or two: the corpus should not be all rejections. */
const valid = fc
  .record({
    id: limitText(100).filter((s) => s.length >= 1 && s.length <= 100),
    name: fc.constantFrom('checkout_started', 'input_changed', 'clicked'),
    type: fc.constantFrom(...PIXEL_EVENT_TYPES),
    timestamp: fc.constantFrom('2026-12-01T10:00:00.482Z', '2026-12-01T10:00:00+05:30'),
    clientId: fc.uuid(),
    seq: fc.nat(),
    data: fc.oneof(domData, checkoutData),
  })
  .map((e) => JSON.parse(JSON.stringify(e)));

const corpus = fc.oneof(
  event,
  valid,
  hostileValue.map((v) => JSON.parse(JSON.stringify(v) ?? 'null')),
);

describe('pixel event check written by hand', () => {
  it('when an event is checked by hand and by the zod schema, then both accept the same and give the same output', () => {
    let accepted = 0;
    fc.assert(
      fc.property(corpus, (raw) => {
        const zod = pixelEventSchema.safeParse(raw);
        const fast = acceptPixelEvent(raw);
        if (!zod.success) {
          expect(fast).toBeNull();
          return;
        }
        accepted += 1;
        expect(fast).toEqual(zod.data);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
      }),
      {numRuns: RUNS, seed: SEED},
    );
    // A corpus the schema refuses whole would prove nothing about what it accepts.
    expect(accepted).toBeGreaterThan(RUNS / 5);
  });

  it('when an event is refused, then the reason is the schema’s', () => {
    fc.assert(
      fc.property(corpus, (raw) => {
        const zod = pixelEventSchema.safeParse(raw);
        const checked = checkPixelEvent(raw);
        expect(checked.ok).toBe(zod.success);
        if (!checked.ok && !zod.success) {
          expect(checked.reason).toContain(zod.error.issues[0]?.message ?? '');
        }
      }),
      {numRuns: RUNS, seed: SEED},
    );
  });

  it('when DOM event data is cleaned by hand and by the zod schema, then the output is the same', () => {
    let kept = 0;
    fc.assert(
      fc.property(
        domData.map((d) => JSON.parse(JSON.stringify(d) ?? 'null')),
        (data) => {
          const zod = domEventDataSchema.safeParse(data);
          const fast = sanitizeDomData(data);
          if (!zod.success) {
            expect(fast).toBeNull();
            return;
          }
          kept += 1;
          expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
        },
      ),
      {numRuns: RUNS, seed: SEED},
    );
    expect(kept).toBeGreaterThan(RUNS / 5);
  });

  it.each([
    ['51 emoji (102 UTF-16 units, 51 code points)', true, '😀'.repeat(51)],
    ['101 letters', false, 'a'.repeat(101)],
    ['99 letters and an emoji (101 units, 100 code points)', true, `${'a'.repeat(99)}😀`],
    ['101 lone surrogates', false, '\ud800'.repeat(101)],
  ])('when an id is %s, then both say accepted = %s', (_label, ok, id) => {
    const raw = {
      id,
      name: 'checkout_started',
      type: 'standard',
      timestamp: '2026-12-01T10:00:00Z',
      clientId: 'c',
      seq: 0,
    };
    expect(pixelEventSchema.safeParse(raw).success).toBe(ok);
    expect(acceptPixelEvent(raw) !== null).toBe(ok);
  });
});
