import { createHash } from 'node:crypto';

/**
 * The data file checks itself. Every durable save writes a `checksum` beside the data: SHA-256 over
 * the canonical serialisation (keys sorted at every level, no spaces), so any change that stays valid
 * JSON (a flipped bit in a note, a date or a number) no longer reads as the person's data. Reading is
 * strict too: a duplicate key is damage, because JSON.parse keeps the last value and a second
 * `"profiles": []` would otherwise read as an empty plan. Files written before the check have no
 * checksum; they are read as before (still strictly) and sealed on their next write.
 */
export const CHECKSUM_KEY = 'checksum';
const PREFIX = 'sha256:';

export type Damage = 'syntax' | 'duplicate-key' | 'checksum';

export type CheckedText =
  { ok: true; value: unknown; sealed: boolean; hasBom: boolean } | { ok: false; damage: Damage };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON with object keys sorted at every level and no whitespace: one text per value. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function checksumOf(value: unknown): string {
  return PREFIX + createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}

/**
 * The first key that appears twice in one object of `text`, or null. `text` must already be valid
 * JSON (JSON.parse accepted it), so only strings and brackets need following.
 */
export function findDuplicateKey(text: string): string | null {
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const keys = stack.at(-1);
      if (expectKey && keys) {
        // Decoded, so "a" and "\u0061" are the same key.
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (keys.has(key)) return key;
        keys.add(key);
      }
      expectKey = false;
    } else if (c === '{') {
      stack.push(new Set());
      expectKey = true;
    } else if (c === '[') {
      stack.push(null);
      expectKey = false;
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      expectKey = stack.at(-1) instanceof Set;
    }
  }
  return null;
}

/** Parses a stored file's text strictly and checks its checksum when it has one. */
export function readChecked(text: string): CheckedText {
  const hasBom = text.startsWith('\uFEFF');
  const body = hasBom ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return { ok: false, damage: 'syntax' };
  }
  if (findDuplicateKey(body) !== null) return { ok: false, damage: 'duplicate-key' };
  if (!isPlainObject(raw) || !Object.hasOwn(raw, CHECKSUM_KEY)) return { ok: true, value: raw, sealed: false, hasBom };
  const { [CHECKSUM_KEY]: checksum, ...rest } = raw;
  if (typeof checksum !== 'string' || checksum !== checksumOf(rest)) return { ok: false, damage: 'checksum' };
  return { ok: true, value: rest, sealed: true, hasBom };
}

/** The one way the data file and its backups are written: the data, then its checksum. */
export function serializeSealed(data: object): string {
  const { [CHECKSUM_KEY]: _old, ...rest } = data as Record<string, unknown>;
  return JSON.stringify({ ...rest, [CHECKSUM_KEY]: checksumOf(rest) }, null, 2);
}

/** conf/electron-store's reader: a file that fails the check throws (recovery runs before them). */
export function deserializeSealed(text: string): Record<string, unknown> {
  // Lockstep never writes a BOM; as before, the backend refuses one and recovery cleans it up.
  if (text.startsWith('\uFEFF')) throw new Error('Lockstep data file starts with a byte order mark');
  const checked = readChecked(text);
  if (!checked.ok) throw new Error(`Lockstep data file failed its check (${checked.damage})`);
  if (!isPlainObject(checked.value)) throw new Error('Lockstep data file is not an object');
  return checked.value;
}

/** JSON.parse that refuses a duplicate key (the vault file, which has no checksum of its own). */
export function parseStrict(text: string): unknown {
  const value: unknown = JSON.parse(text);
  const duplicate = findDuplicateKey(text);
  if (duplicate !== null) throw new SyntaxError(`Duplicate key ${JSON.stringify(duplicate).slice(0, 40)}`);
  return value;
}
