import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Profile, Relationship } from '../../../electron/shared/contract/schemas';
import { RELATIONSHIPS } from '../../../electron/shared/contract/enums';
import { PROFILE_NAME_MAX, checkProfileName } from '../../../electron/shared/core/profile-name';
import { addProfile, removeProfile, renameProfile, sortProfiles } from '../../../electron/shared/core/profiles';

const codePoints = (s: string) => [...s].length;

// Characters the check must refuse anywhere inside a name.
const FORBIDDEN_CHARS = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  '\u007f',
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i)),
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];

/** One code point that is neither whitespace nor forbidden, from many scripts. */
const safeChar = fc
  .oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.constantFrom('a', 'Z', 'é', 'ñ', 'ß', '李', '한', 'ع', 'ש', 'д', '😀', '👩', '🏽', '\u0301'),
  )
  .filter((c) => c.trim() === c && !FORBIDDEN_CHARS.includes(c) && !/^[\ud800-\udfff]$/u.test(c));
const safeName = (max: number) => fc.array(safeChar, { minLength: 1, maxLength: max }).map((cs) => cs.join(''));
const whitespace = fc
  .array(fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff'), { maxLength: 5 })
  .map((w) => w.join(''));

describe('checkProfileName', () => {
  it.each([
    ['plain', 'Ana'],
    ['accents', 'José Ñúñez Müller'],
    ['CJK', '李小龍'],
    ['Korean', '김민준'],
    ['Arabic', 'محمد عبد الله'],
    ['Hebrew', 'שרה'],
    ['combining marks', 'e\u0301le\u0300ve'],
    ['apostrophe and hyphen', "O'Brien-Smith"],
    ['one character', 'A'],
    ['inner spaces', 'Mary  Ann'],
  ])('accepts %s', (_l, name) => {
    expect(checkProfileName(name)).toBeNull();
  });

  it.each([
    ['empty', ''],
    ['spaces', '    '],
    ['tabs and newlines', '\t\n\r '],
    ['unicode spaces', '\u00a0\u2003\u3000'],
  ])('calls %s names empty', (_l, name) => {
    expect(checkProfileName(name)).toBe('empty');
  });

  it('counts code points, not UTF-16 units: 80 emoji pass, 81 do not', () => {
    const eighty = '😀'.repeat(PROFILE_NAME_MAX);
    expect(eighty.length).toBe(160);
    expect(checkProfileName(eighty)).toBeNull();
    expect(checkProfileName(`${eighty}😀`)).toBe('too_long');
  });

  it('80 letters pass, 81 do not; surrounding spaces do not count', () => {
    expect(PROFILE_NAME_MAX).toBe(80);
    expect(checkProfileName('a'.repeat(80))).toBeNull();
    expect(checkProfileName(`   ${'a'.repeat(80)}   `)).toBeNull();
    expect(checkProfileName('a'.repeat(81))).toBe('too_long');
    expect(checkProfileName('李'.repeat(81))).toBe('too_long');
  });

  it.each(FORBIDDEN_CHARS.map((c) => [`U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`, c]))(
    'rejects %s inside a name',
    (_l, c) => {
      expect(checkProfileName(`Ana${c}Bob`)).toBe('control_chars');
    },
  );

  it('rejects a right-to-left override that would disguise the name', () => {
    expect(checkProfileName('Invoice\u202Efdp.exe')).toBe('control_chars');
  });

  it('property: any 1–80 code points of safe characters pass, padded by any whitespace', () => {
    fc.assert(
      fc.property(safeName(PROFILE_NAME_MAX), whitespace, whitespace, (name, before, after) => {
        expect(checkProfileName(`${before}${name}${after}`)).toBeNull();
      }),
    );
  });

  it('property: more than 80 code points is too long', () => {
    fc.assert(
      fc.property(fc.array(safeChar, { minLength: PROFILE_NAME_MAX + 1, maxLength: 200 }), (cs) => {
        const name = cs.join('');
        expect(codePoints(name)).toBeGreaterThan(PROFILE_NAME_MAX);
        expect(checkProfileName(name)).toBe('too_long');
      }),
    );
  });

  it('property: a forbidden character anywhere inside a short name is rejected', () => {
    fc.assert(
      fc.property(safeName(30), safeName(30), fc.constantFrom(...FORBIDDEN_CHARS), (a, b, bad) => {
        expect(checkProfileName(`${a}${bad}${b}`)).toBe('control_chars');
      }),
    );
  });

  it('property: only whitespace is empty', () => {
    fc.assert(
      fc.property(whitespace, (w) => {
        expect(checkProfileName(w)).toBe('empty');
      }),
    );
  });

  it('property: the verdict is the same as for the trimmed name and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (s) => {
        const verdict = checkProfileName(s);
        expect([null, 'empty', 'too_long', 'control_chars']).toContain(verdict);
        expect(checkProfileName(s.trim())).toBe(verdict);
      }),
    );
  });
});

// ---- profile list rules ----

const iso = (ms: number) => new Date(ms).toISOString();
const idArb = fc.stringMatching(/^[a-z0-9-]{8,20}$/);
const relationshipArb = fc.constantFrom(...RELATIONSHIPS);
const dateArb = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) });
const profileArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    name: safeName(20),
    relationship: relationshipArb,
    createdAt: dateArb.map(iso),
    updatedAt: dateArb.map(iso),
  });
const profilesArb = fc
  .uniqueArray(idArb, { maxLength: 8 })
  .chain((ids) => (ids.length === 0 ? fc.constant([] as Profile[]) : fc.tuple(...ids.map(profileArb))));

const frozenCopy = (list: readonly Profile[]) => structuredClone(list);

function makeProfile(id: string, name: string, createdAt: string, relationship: Relationship = 'myself'): Profile {
  return { id, name, relationship, createdAt, updatedAt: createdAt };
}

describe('addProfile', () => {
  it('appends a new profile stamped with the given id and time', () => {
    const now = new Date('2025-03-04T05:06:07.000Z');
    const before = [makeProfile('aaaaaaaa', 'Ana', '2024-01-01T00:00:00.000Z')];
    const snapshot = frozenCopy(before);
    const { profiles, profile } = addProfile(before, { name: 'Bob', relationship: 'parent' }, 'bbbbbbbb', now);
    expect(profile).toEqual({
      id: 'bbbbbbbb',
      name: 'Bob',
      relationship: 'parent',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    expect(profiles).toEqual([...snapshot, profile]);
    expect(before).toEqual(snapshot);
    expect(profiles).not.toBe(before);
  });

  it('property: inputs are not mutated, and add then remove returns an equal list', () => {
    fc.assert(
      fc.property(profilesArb, idArb, safeName(20), relationshipArb, dateArb, (list, id, name, rel, ms) => {
        fc.pre(!list.some((p) => p.id === id));
        const snapshot = frozenCopy(list);
        const added = addProfile(list, { name, relationship: rel }, id, new Date(ms));
        expect(list).toEqual(snapshot);
        expect(added.profiles).toHaveLength(list.length + 1);
        expect(added.profiles.at(-1)).toEqual(added.profile);
        const removed = removeProfile(added.profiles, id);
        expect(removed).toEqual(snapshot);
        expect(list).toEqual(snapshot);
      }),
    );
  });
});

describe('renameProfile', () => {
  const created = '2024-01-01T00:00:00.000Z';
  const list = [makeProfile('aaaaaaaa', 'Ana', created), makeProfile('bbbbbbbb', 'Bob', created, 'child')];

  it('renames only the matching profile and stamps updatedAt', () => {
    const snapshot = frozenCopy(list);
    const now = new Date('2025-06-01T12:00:00.000Z');
    const out = renameProfile(list, 'bbbbbbbb', 'Roberto', now);
    expect(out).not.toBeNull();
    expect(out?.profile).toEqual({ ...snapshot[1], name: 'Roberto', updatedAt: now.toISOString() });
    expect(out?.profiles).toEqual([snapshot[0], out?.profile]);
    expect(list).toEqual(snapshot);
  });

  it('returns null for an unknown id and leaves the list alone', () => {
    const snapshot = frozenCopy(list);
    expect(renameProfile(list, 'cccccccc', 'X', new Date())).toBeNull();
    expect(renameProfile([], 'aaaaaaaa', 'X', new Date())).toBeNull();
    expect(list).toEqual(snapshot);
  });

  it('property: keeps length, order, ids and createdAt; input untouched', () => {
    fc.assert(
      fc.property(profilesArb, fc.nat(), safeName(20), dateArb, (profiles, pick, name, ms) => {
        fc.pre(profiles.length > 0);
        const snapshot = frozenCopy(profiles);
        const target = profiles[pick % profiles.length] as Profile;
        const out = renameProfile(profiles, target.id, name, new Date(ms));
        expect(profiles).toEqual(snapshot);
        expect(out?.profiles.map((p) => p.id)).toEqual(snapshot.map((p) => p.id));
        expect(out?.profiles.map((p) => p.createdAt)).toEqual(snapshot.map((p) => p.createdAt));
        expect(out?.profile.name).toBe(name);
        expect(out?.profile.updatedAt).toBe(iso(ms));
        expect(out?.profiles.filter((p) => p.id !== target.id)).toEqual(snapshot.filter((p) => p.id !== target.id));
      }),
    );
  });
});

describe('removeProfile', () => {
  it('removes the matching profile; null for an unknown id', () => {
    const list = [
      makeProfile('aaaaaaaa', 'Ana', '2024-01-01T00:00:00.000Z'),
      makeProfile('bbbbbbbb', 'Bob', '2024-01-02T00:00:00.000Z'),
    ];
    const snapshot = frozenCopy(list);
    expect(removeProfile(list, 'aaaaaaaa')).toEqual([snapshot[1]]);
    expect(removeProfile(list, 'zzzzzzzz')).toBeNull();
    expect(removeProfile([], 'aaaaaaaa')).toBeNull();
    expect(list).toEqual(snapshot);
  });
});

describe('sortProfiles', () => {
  it("orders by the locale's collation, ignoring case and accents", () => {
    const list = [
      makeProfile('id-00001', 'zoë', '2024-01-01T00:00:00.000Z'),
      makeProfile('id-00002', 'Bob', '2024-01-01T00:00:00.000Z'),
      makeProfile('id-00003', 'Álvaro', '2024-01-01T00:00:00.000Z'),
      makeProfile('id-00004', 'carla', '2024-01-01T00:00:00.000Z'),
    ];
    const snapshot = frozenCopy(list);
    expect(sortProfiles(list, 'en').map((p) => p.name)).toEqual(['Álvaro', 'Bob', 'carla', 'zoë']);
    expect(list).toEqual(snapshot);
  });

  it('follows the language: Spanish puts ñ after n, English treats it as n', () => {
    const list = [
      makeProfile('id-00001', 'ñu', '2024-01-01T00:00:00.000Z'),
      makeProfile('id-00002', 'nz', '2024-01-01T00:00:00.000Z'),
    ];
    expect(sortProfiles(list, 'es').map((p) => p.name)).toEqual(['nz', 'ñu']);
    expect(sortProfiles(list, 'en').map((p) => p.name)).toEqual(['ñu', 'nz']);
  });

  it('breaks ties (names equal under the collation) by createdAt', () => {
    const list = [
      makeProfile('id-00003', 'ANA', '2024-03-01T00:00:00.000Z'),
      makeProfile('id-00001', 'ana', '2024-01-01T00:00:00.000Z'),
      makeProfile('id-00002', 'Aná', '2024-02-01T00:00:00.000Z'),
    ];
    expect(sortProfiles(list, 'en').map((p) => p.id)).toEqual(['id-00001', 'id-00002', 'id-00003']);
  });

  it('property: a permutation in collation order, ties by createdAt, idempotent, input untouched', () => {
    fc.assert(
      fc.property(profilesArb, fc.constantFrom('en', 'es'), (profiles, locale) => {
        const snapshot = frozenCopy(profiles);
        const sorted = sortProfiles(profiles, locale);
        expect(profiles).toEqual(snapshot);
        expect([...sorted].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
          [...snapshot].sort((a, b) => a.id.localeCompare(b.id)),
        );
        const collator = new Intl.Collator(locale, { sensitivity: 'base' });
        for (let i = 1; i < sorted.length; i++) {
          const a = sorted[i - 1] as Profile;
          const b = sorted[i] as Profile;
          const byName = collator.compare(a.name, b.name);
          expect(byName).toBeLessThanOrEqual(0);
          if (byName === 0) expect(a.createdAt <= b.createdAt).toBe(true);
        }
        expect(sortProfiles(sorted, locale)).toEqual(sorted);
      }),
    );
  });
});
