import { checkProfileName } from '../../../../electron/shared/core/profile-name';

/** The i18n key for what is wrong with a name, or null when it is fine. */
export function nameErrorKey(name: string): string | null {
  switch (checkProfileName(name)) {
    case 'empty':
      return 'errors.nameEmpty';
    case 'too_long':
      return 'errors.nameTooLong';
    case 'control_chars':
      return 'errors.nameControl';
    default:
      return null;
  }
}
