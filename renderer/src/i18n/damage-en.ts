/** Damage and newer-version words (data file and vault), kept apart so en.ts stays readable. */
export const damageEn = {
  newerReadable:
    'This data was saved by a newer version of Lockstep. You can see your plan here, but this version will not change the file, so nothing you do here is saved. Update Lockstep to change it.',
  newerUnreadable:
    'This data was saved by a newer version of Lockstep (data version {{version}}). Its layout has changed in ways this version does not know, so it cannot show your plan safely. The file was left exactly as it is. Update Lockstep to see and change your plan.',
  vaultTitle: 'About your vault',
  vaultRestored:
    'Lockstep found a problem with the vault file and restored the vault backup from {{date}}. The damaged file was kept, unchanged, at {{path}}. If you changed your passphrase after that date, use the one you had then.',
  vaultDamaged:
    'The vault file is damaged, so Lockstep cannot read or count the records in it. The file was left exactly as it is, at {{path}}.',
  vaultDamagedWhat:
    'What to do: restore a vault backup in Settings. If there is none, keep a copy of that file. Starting a new vault sets the damaged file aside; it is never deleted.',
  vaultNewer:
    'The vault was saved by a newer version of Lockstep. Update Lockstep to open it. The file was left exactly as it is, at {{path}}.',
  toVaultBackups: 'Open the vault backups in Settings',
  vaultBackupsTitle: 'Restore the vault',
  vaultBackupsIntro:
    'Lockstep keeps a copy of the vault file each time it starts (the last 5). The records stay encrypted: a restored vault opens with the passphrase it had then.',
  noVaultBackups: 'There are no vault backups yet.',
  vaultRecords_one: '{{count}} record',
  vaultRecords_other: '{{count}} records',
  restoreVault: 'Restore',
  restoreVaultFrom: 'Restore the vault backup from {{date}}',
  confirmVaultTitle: 'Restore the vault backup from {{date}}?',
  confirmVaultBody:
    'The vault you have now is kept first: as a backup if it can be read, or set aside unchanged if it is damaged.',
  confirmVault: 'Yes, restore the vault',
  vaultRestoredDone: 'Vault backup from {{date}} restored. Unlock it with the passphrase it had then.',
};
