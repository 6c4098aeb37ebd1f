// Nine digits grouped 3-2-4, joined by nothing, one dash or one space, not part of a longer number.
const SSN_LIKE = /(?<![\d-])\d{3}([- ]?)\d{2}\1\d{4}(?![\d-])/u;

/** True when text contains something shaped like a Social Security number. Lockstep never needs one. */
export function looksLikeSsn(text: string): boolean {
  return SSN_LIKE.test(text);
}
