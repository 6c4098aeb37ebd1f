/**
 * Export and import, on the settings page.
 * Loaded with the screens that show them (tables.ts); transfer-es.ts has exactly these keys.
 */
export const transferEn = {
  transfer: {
    exportTitle: 'Export for a helper',
    exportIntro:
      'Make an encrypted file with the chosen profiles, their plans and their vault records, to give to someone who helps you. Tell them the file passphrase separately.',
    whichProfiles: 'Which profiles?',
    chooseOne: 'Choose at least one profile.',
    filePassphrase: 'Passphrase for the file',
    filePassphraseHint: 'At least 8 characters. Anyone with the file and this passphrase can read it.',
    filePassphraseAgain: 'Passphrase for the file again',
    filePassphraseImportHint: 'The passphrase chosen when the file was made.',
    export: 'Make the export file',
    exported: 'Export saved as {{file}}.',
    unlockFirst: 'Unlock your vault first, so its records can be included.',
    importTitle: 'Import from a helper',
    importIntro: 'Open a Lockstep export file. Lockstep shows what it will add or replace before it changes anything.',
    file: 'Export file',
    chooseFile: 'Choose a file first.',
    check: 'Check the file',
    previewTitle: 'This file was made on {{date}}. Importing it will:',
    willAdd: 'add the profile {{name}}',
    willReplace: 'replace the profile {{name}} on this computer',
    records_one: 'add {{count}} vault record',
    records_other: 'add {{count}} vault records',
    apply: 'Import now',
    imported: 'Imported: {{added}} added, {{replaced}} replaced.',
    importedNewVault: 'Vault created and unlocked. Imported: {{added}} added, {{replaced}} replaced.',
    newVaultTitle: 'A vault for this computer',
    newVaultIntro_one:
      'This file has {{count}} vault record, and this computer has no vault yet. Choose a passphrase for a new vault here: Lockstep creates it and adds the record in one go.',
    newVaultIntro_other:
      'This file has {{count}} vault records, and this computer has no vault yet. Choose a passphrase for a new vault here: Lockstep creates it and adds the records in one go.',
    newVaultPassphrase: 'Passphrase for the new vault',
    newVaultHint: "At least {{min}} characters. This one is yours, for this computer; it need not be the file's.",
    newVaultAgain: 'Passphrase for the new vault again',
    createAndImport: 'Create the vault and import',
    vaultPassphrase: "This computer's vault passphrase",
    vaultPassphraseHint: "Your vault here is locked. Type its passphrase (not the file's) to add the records.",
    typeVaultPass: "Type this computer's vault passphrase.",
    unlockAndImport: 'Unlock the vault and import',
    vaultDamaged:
      "The vault on this computer is damaged, so the file's records cannot be added to it. Open the Vault page to see what to do, then import again.",
  },
};
