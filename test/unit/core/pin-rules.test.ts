import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkTmobilePin, PIN_MAX, PIN_MIN } from '../../../electron/shared/core/pin-rules';

describe('checkTmobilePin', () => {
  it.each([
    ['', ['too_short']],
    ['12a456', ['not_digits']],
    ['12 345 6', ['not_digits']],
    ['47195', ['too_short']],
    ['4719502864', []],
    ['4719502864192735', ['too_long']],
    ['123456', ['sequential']],
    ['987650', ['sequential']],
    ['472777', ['repeated']],
    ['000000', ['repeated']],
    ['902468', []],
  ])('%s → %j', (pin, expected) => {
    expect(checkTmobilePin(pin)).toEqual(expected);
  });

  it('refuses the start or end of the phone number, with or without the leading 1', () => {
    const phone = '1 (206) 555-0148';
    expect(checkTmobilePin('206555', { phone })).toContain('matches_phone');
    expect(checkTmobilePin('550148', { phone })).toContain('matches_phone');
    expect(checkTmobilePin('120655', { phone })).toContain('matches_phone');
    expect(checkTmobilePin('902468', { phone })).not.toContain('matches_phone');
  });

  it('refuses the birth date in its usual digit forms', () => {
    const birthDate = '1984-07-19';
    for (const pin of ['07191984', '071984', '19840719', '19071984', '840719']) {
      expect(checkTmobilePin(pin, { birthDate })).toContain('matches_birth_date');
    }
    expect(checkTmobilePin('902468', { birthDate })).toEqual([]);
  });

  it('accepts any digit string of a legal length with no run of three (property)', () => {
    const noRun = fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: PIN_MIN, maxLength: PIN_MAX })
      .filter((d) =>
        d.every((_, i) => i < 2 || !(d[i]! - d[i - 1]! === d[i - 1]! - d[i - 2]! && Math.abs(d[i]! - d[i - 1]!) <= 1)),
      )
      .map((d) => d.join(''));
    fc.assert(
      fc.property(noRun, (pin) => {
        expect(checkTmobilePin(pin)).toEqual([]);
      }),
    );
  });

  it('always flags a PIN that contains a run of three, whatever surrounds it (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{0,6}$/),
        fc.integer({ min: 0, max: 7 }),
        fc.constantFrom(1, -1, 0),
        fc.stringMatching(/^\d{0,6}$/),
        (pre, start, step, post) => {
          const first = step === -1 ? start + 2 : start;
          const run = [first, first + step, first + 2 * step].join('');
          const problems = checkTmobilePin(`${pre}${run}${post}`);
          expect(problems).toContain(step === 0 ? 'repeated' : 'sequential');
        },
      ),
    );
  });

  it('never reports a length problem for lengths 6 to 15, and always does outside (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{0,20}$/), (pin) => {
        const problems = checkTmobilePin(pin);
        expect(problems.includes('too_short')).toBe(pin.length < PIN_MIN);
        expect(problems.includes('too_long')).toBe(pin.length > PIN_MAX);
      }),
    );
  });
});
