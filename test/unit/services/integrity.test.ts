import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  checksumOf,
  deserializeSealed,
  findDuplicateKey,
  readChecked,
  serializeSealed,
} from '../../../electron/services/store/integrity';
import { emptyData } from '../../../electron/services/store/data-schema';
import { parseStoredText } from '../../../electron/services/store/backups';

const RUNS = Number(process.env.LOCKSTEP_FUZZ_RUNS ?? 300);

const DATA = {
  ...emptyData(),
  profiles: [
    {
      id: 'rita-0001',
      name: 'Rita Ñúñez',
      relationship: 'myself' as const,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
  ],
};

/** Flips one bit of the UTF-8 bytes and reads them back the way the app does (invalid UTF-8 → U+FFFD). */
function flipBit(text: string, bit: number): string {
  const bytes = Buffer.from(text, 'utf8');
  bytes[bit >> 3] = (bytes[bit >> 3] as number) ^ (1 << (bit & 7));
  return bytes.toString('utf8');
}

describe('canonical serialisation', () => {
  it('does not depend on key order or whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'é' } })).toBe(
      '{"a":{"c":"é","d":[1,{"x":1,"y":2}]},"b":1}',
    );
    expect(checksumOf({ a: 1, b: 2 })).toBe(checksumOf(JSON.parse('{ "b": 2,\n "a": 1 }')));
  });

  it('is the same after a JSON round trip, for any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(canonicalJson(JSON.parse(JSON.stringify(v)))).toBe(canonicalJson(v));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('duplicate keys', () => {
  it('finds one at any depth, also when written with escapes', () => {
    expect(findDuplicateKey('{"profiles":[1],"plans":{},"profiles":[]}')).toBe('profiles');
    expect(findDuplicateKey('{"a":{"b":1,"\\u0062":2}}')).toBe('b');
    expect(findDuplicateKey('{"a":[{"k":1},{"k":2}],"s":"{\\"k\\":1,\\"k\\":2}"}')).toBeNull();
    expect(findDuplicateKey('[{"a":1},{"a":1}]')).toBeNull();
  });

  it('a data file holding the real profiles and then "profiles": [] is damage, not an empty plan', () => {
    const legacy = JSON.stringify(DATA, null, 2);
    const doubled = legacy.replace(/\n}$/, ',\n  "profiles": []\n}');
    expect(JSON.parse(doubled)).toMatchObject({ profiles: [] });
    expect(readChecked(doubled)).toEqual({ ok: false, damage: 'duplicate-key' });
    expect(parseStoredText(doubled)).toBeNull();
  });
});

describe('the checksum', () => {
  it('round-trips: what is written reads back as the same data, sealed', () => {
    const text = serializeSealed(DATA);
    expect(JSON.parse(text)).toHaveProperty('checksum');
    expect(readChecked(text)).toEqual({
      ok: true,
      value: JSON.parse(JSON.stringify(DATA)),
      sealed: true,
      hasBom: false,
    });
    expect(deserializeSealed(text)).toEqual(DATA);
    // Re-sealing replaces the old checksum rather than hashing it.
    expect(serializeSealed(JSON.parse(text) as object)).toBe(text);
  });

  it('a file from before the check (no checksum) reads as valid, unsealed: no false alarm', () => {
    const legacy = JSON.stringify(DATA, null, 2);
    expect(readChecked(legacy)).toMatchObject({ ok: true, sealed: false });
    expect(parseStoredText(legacy)).toEqual(DATA);
  });

  it('a flipped bit inside a string value or a number is caught', () => {
    const text = serializeSealed({ ...DATA, reminders: { ...DATA.reminders, n: 1234 } });
    const inName = Buffer.from(text).indexOf('Rita') * 8 + 1; // 'R' (0x52) → 'P' (0x50): still valid JSON
    const nameFlipped = flipBit(text, inName);
    expect(nameFlipped).toContain('"Pita');
    expect(readChecked(nameFlipped)).toEqual({ ok: false, damage: 'checksum' });
    // A byte offset ('Ñúñ' is wider than one byte); '2' → '3', still a valid number.
    const inNumber = (Buffer.from(text).indexOf('1234') + 1) * 8;
    const numberFlipped = flipBit(text, inNumber);
    expect(numberFlipped).toContain('1334');
    expect(readChecked(numberFlipped)).toEqual({ ok: false, damage: 'checksum' });
    expect(() => deserializeSealed(numberFlipped)).toThrow(/checksum/);
  });

  it('every single-bit flip anywhere in a sealed file is refused (property)', () => {
    const text = serializeSealed(DATA);
    const bits = Buffer.byteLength(text) * 8;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bits - 1 }), (bit) => {
        const damaged = flipBit(text, bit);
        // Refused, or (a flip that only changed the checksum key's spelling, so the file reads as one
        // from before the check) the very same data: never different data that passes.
        const read = parseStoredText(damaged);
        if (read !== null) expect(read).toEqual(DATA);
        if (read !== null) expect(damaged).not.toContain('"checksum"');
      }),
      { numRuns: RUNS },
    );
  });
});
