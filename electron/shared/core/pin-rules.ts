/**
 * T-Mobile's account PIN/passcode rules (DOMAIN.md, carrier steps), checked locally. The PIN is
 * only ever a function argument here: nothing stores, logs or sends it.
 */
export const PIN_MIN = 6;
export const PIN_MAX = 15;

export type PinProblem =
  'not_digits' | 'too_short' | 'too_long' | 'sequential' | 'repeated' | 'matches_phone' | 'matches_birth_date';

export interface PinContext {
  /** Digits of the phone number on the account, if the user typed it for this check. */
  phone?: string;
  /** ISO date (YYYY-MM-DD) of the holder's birth, if typed for this check. */
  birthDate?: string;
}

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** Runs of 3 or more digits that go up or down by one (123, 987) count as sequential. */
function hasRun(pin: string, step: number): boolean {
  for (let i = 0; i + 2 < pin.length; i++) {
    const a = pin.charCodeAt(i);
    if (pin.charCodeAt(i + 1) - a === step && pin.charCodeAt(i + 2) - a === 2 * step) return true;
  }
  return false;
}

function birthDateForms(iso: string): string[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return [];
  const [, y = '', mo = '', d = ''] = m;
  const yy = y.slice(2);
  return [`${mo}${d}${y}`, `${mo}${d}${yy}`, `${y}${mo}${d}`, `${d}${mo}${y}`, `${d}${mo}${yy}`, `${yy}${mo}${d}`];
}

/** True when the PIN is the start or end of `value`, or contains it whole. */
function overlaps(pin: string, value: string): boolean {
  if (value.length < 4) return false;
  if (pin.length <= value.length) return value.startsWith(pin) || value.endsWith(pin);
  return pin.includes(value);
}

/** Every rule the candidate breaks; an empty list means T-Mobile's listed rules are met. */
export function checkTmobilePin(pin: string, context: PinContext = {}): PinProblem[] {
  if (!/^\d*$/.test(pin)) return ['not_digits'];
  const problems: PinProblem[] = [];
  if (pin.length < PIN_MIN) problems.push('too_short');
  if (pin.length > PIN_MAX) problems.push('too_long');
  if (hasRun(pin, 1) || hasRun(pin, -1)) problems.push('sequential');
  if (/(\d)\1\1/.test(pin)) problems.push('repeated');
  const phone = digitsOf(context.phone ?? '');
  // A US number may be typed with or without the leading 1; check both forms.
  const phones = phone.length === 11 && phone.startsWith('1') ? [phone, phone.slice(1)] : [phone];
  if (pin.length > 0 && phones.some((p) => overlaps(pin, p))) problems.push('matches_phone');
  if (pin.length > 0 && birthDateForms(context.birthDate ?? '').some((form) => overlaps(pin, form))) {
    problems.push('matches_birth_date');
  }
  return problems;
}
