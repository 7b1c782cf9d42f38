import { describe, expect, it } from 'vitest';
import {
  ROUNDING_MODES,
  ROUNDING_MODE_INFO,
  RatingInputError,
  roundMoney,
} from '../../../../src/allegro/rating';

describe('roundMoney', () => {
  // value → expected per mode at 2 decimals
  const table: Array<[string, Record<(typeof ROUNDING_MODES)[number], string>]> = [
    [
      '1.231',
      {
        UP: '1.24',
        DOWN: '1.23',
        CEILING: '1.24',
        FLOOR: '1.23',
        HALF_UP: '1.23',
        HALF_DOWN: '1.23',
        HALF_EVEN: '1.23',
      },
    ],
    [
      '1.235',
      {
        UP: '1.24',
        DOWN: '1.23',
        CEILING: '1.24',
        FLOOR: '1.23',
        HALF_UP: '1.24',
        HALF_DOWN: '1.23',
        HALF_EVEN: '1.24',
      },
    ],
    [
      '1.225',
      {
        UP: '1.23',
        DOWN: '1.22',
        CEILING: '1.23',
        FLOOR: '1.22',
        HALF_UP: '1.23',
        HALF_DOWN: '1.22',
        HALF_EVEN: '1.22',
      },
    ],
    [
      '-1.235',
      {
        UP: '-1.24',
        DOWN: '-1.23',
        CEILING: '-1.23',
        FLOOR: '-1.24',
        HALF_UP: '-1.24',
        HALF_DOWN: '-1.23',
        HALF_EVEN: '-1.24',
      },
    ],
    [
      '1.2351',
      {
        UP: '1.24',
        DOWN: '1.23',
        CEILING: '1.24',
        FLOOR: '1.23',
        HALF_UP: '1.24',
        HALF_DOWN: '1.24',
        HALF_EVEN: '1.24',
      },
    ],
  ];
  for (const [value, expected] of table) {
    for (const mode of ROUNDING_MODES) {
      it(`rounds ${value} ${mode} to ${expected[mode]}`, () => {
        expect(roundMoney(value, mode, 2).after).toBe(expected[mode]);
      });
    }
  }

  it('keeps the exact value, the rounded value and the difference', () => {
    expect(roundMoney('17.499', 'HALF_UP', 2)).toEqual({
      mode: 'HALF_UP',
      scale: 2,
      before: '17.499',
      after: '17.50',
      difference: '0.001',
      modeDocumented: false,
    });
  });

  it('marks only DOWN and HALF_DOWN as documented', () => {
    expect(ROUNDING_MODES.filter((m) => ROUNDING_MODE_INFO[m].documented)).toEqual([
      'DOWN',
      'HALF_DOWN',
    ]);
    expect(roundMoney('1', 'DOWN', 2).modeDocumented).toBe(true);
  });

  it('supports scale 0 and 4 (core Aria currency scales)', () => {
    expect(roundMoney('12345.5', 'HALF_EVEN', 0).after).toBe('12346');
    expect(roundMoney('0.123456', 'DOWN', 4).after).toBe('0.1234');
  });

  it('accepts numbers without binary-float drift', () => {
    expect(roundMoney(0.1 + 0.2, 'HALF_UP', 2).after).toBe('0.30');
    expect(roundMoney(1.005, 'HALF_UP', 2).after).toBe('1.01');
  });

  it('writes a negative value that rounds to zero as 0.00, not -0.00', () => {
    expect(roundMoney('-0.001', 'DOWN', 2).after).toBe('0.00');
  });

  it('rejects unknown modes, bad scales and non-decimal text', () => {
    expect(() => roundMoney('1', 'NEAREST' as never, 2)).toThrow(RatingInputError);
    expect(() => roundMoney('1', 'UP', -1)).toThrow(/scale/);
    expect(() => roundMoney('1', 'UP', 1.5)).toThrow(/scale/);
    expect(() => roundMoney('1,50', 'UP', 2)).toThrow(/decimal number/);
    expect(() => roundMoney(Number.NaN, 'UP', 2)).toThrow(/finite/);
  });
});
