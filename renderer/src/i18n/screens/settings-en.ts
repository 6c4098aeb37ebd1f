/**
 * The settings page.
 * Loaded with the screens that show them (tables.ts); settings-es.ts has exactly these keys.
 */
export const settingsEn = {
  settings: {
    readingTitle: 'Reading',
    largerText: 'Larger text',
    title: 'Settings',
    backupsTitle: 'Restore a backup',
    backupsIntro:
      'Lockstep keeps copies of your data: the last 5, and one a day for a week. Restoring one first saves a copy of what you have now, so you can go back.',
    noBackups: 'There are no backups yet. Lockstep makes one each time it starts and every 15 minutes while you work.',
    summary: '{{profiles}}, {{steps}}',
    profilesCount_one: '{{count}} profile',
    profilesCount_other: '{{count}} profiles',
    stepsDone_one: '{{count}} step done',
    stepsDone_other: '{{count}} steps done',
    restore: 'Restore',
    restoreFrom: 'Restore the backup from {{date}}',
    confirmTitle: 'Restore the backup from {{date}}?',
    confirmBody: 'Your current data is backed up first, so you can undo this by restoring that copy.',
    confirm: 'Yes, restore it',
    restored: 'Backup from {{date}} restored. Your previous data was saved as a backup first.',
    folderTitle: 'Where your data is kept',
  },
  about: {
    title: 'About Lockstep',
    version: 'Version',
    folder: 'Data folder',
    sources_one: 'Where the facts come from ({{count}} source)',
    sources_other: 'Where the facts come from ({{count}} sources)',
    sourcesIntro:
      'Each step names its sources and the date they were checked. If the official site says something different, trust the official site.',
  },
  deleteAll: {
    title: 'Delete all my data',
    body: 'This removes every profile, plan, note, the vault and all backups and logs from this computer. It cannot be undone. Export first if you want a copy.',
    label: 'To delete everything, type {{word}}',
    button: 'Delete all my data',
    done: 'All your data was deleted from this computer.',
  },
};
