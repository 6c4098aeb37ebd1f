export const PROFILE_NAME_MAX = 80;

export type ProfileNameProblem = 'empty' | 'too_long' | 'control_chars' | null;

// Control characters (C0, DEL, C1) and bidi overrides could hide or reorder text in lists.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** Pure check shared by the UI (instant message) and the contract (the real gate). */
export function checkProfileName(raw: string): ProfileNameProblem {
  const name = raw.trim();
  if (name.length === 0) return 'empty';
  if ([...name].length > PROFILE_NAME_MAX) return 'too_long';
  if (FORBIDDEN.test(name)) return 'control_chars';
  return null;
}
