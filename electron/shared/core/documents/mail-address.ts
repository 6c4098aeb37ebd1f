import type { CatalogStep } from '../catalog/types';

/**
 * Where a step's letter goes, as paper shows it: the verified address, or exactly where to copy it
 * from (the bureau prints it on its own form), or `fallback` ("check on the official site"). Never
 * a guess. Undefined when the step is not done by mail.
 */
export type MailAddress = { kind: 'address'; lines: string[] } | { kind: 'check'; text: string };

export function mailAddressOf(step: CatalogStep, language: 'en' | 'es', fallback: string): MailAddress | undefined {
  const mail = step.mail;
  if (!mail) return undefined;
  if (mail.verified) return { kind: 'address', lines: [...mail.lines] };
  if (mail.copyFrom) return { kind: 'check', text: `${mail.copyFrom.text[language]} ${mail.copyFrom.url}` };
  return { kind: 'check', text: fallback };
}
