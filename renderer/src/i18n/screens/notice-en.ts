import { damageEn } from '../damage-en';

/**
 * The start-up notice about saved data and the vault (shown only when there is something to say), and the damaged-vault words of the vault and settings pages.
 * Loaded with the screens that show them (tables.ts); notice-es.ts has exactly these keys.
 */
export const noticeEn = {
  startup: {
    title: 'About your saved data',
    restored:
      'Lockstep found a problem with its saved data and restored the backup from {{date}}. The damaged file was kept, unchanged, at {{path}}.',
    restoredMissing: 'Lockstep could not find its saved data, so it restored the backup from {{date}}.',
    corruptEmpty:
      'Lockstep found a problem with its saved data and no backup could be used, so it started empty. The damaged file was kept, unchanged, at {{path}}.',
    newer:
      'This data was saved by a newer version of Lockstep. This version will not change it, so nothing you do here is saved. Please update Lockstep.',
    dismiss: 'OK, I understand',
  },
  damage: damageEn,
};
