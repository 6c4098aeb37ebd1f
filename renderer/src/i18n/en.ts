import { tiersEn } from './walk-en';
import { errorsEn, errorWordsEn } from './errors-en';
import { recoveryEntryEn } from './recovery-entry-en';

/** English strings. es.ts must have exactly the same keys (typecheck and a test enforce it). */
export const en = {
  app: {
    name: 'Lockstep',
    tagline: 'Your step-by-step recovery after a data breach',
    skipToContent: 'Skip to main content',
    loading: 'Loading…',
    localOnly: 'Everything stays on this computer.',
    saved: 'Saved.',
  },
  language: {
    label: 'Language',
    en: 'English',
    es: 'Español',
  },
  relationship: {
    myself: 'Myself',
    parent: 'My parent',
    child: 'My child',
    spouse: 'My spouse or partner',
    other: 'Someone else',
  },
  profiles: {
    title: 'Who are we protecting?',
    intro: 'Make a profile for each person. Each one gets its own plan and checklist.',
    emptyTitle: 'Welcome to Lockstep',
    empty: 'Start with a profile. It takes a minute, and you can change it later.',
    nextIn: 'Next step ({{tier}}): {{title}}',
    inProgress_one: '{{count}} in progress',
    inProgress_other: '{{count}} in progress',
    noPlan: 'No plan yet: answer the questions to get one.',
    due_one: '{{count}} reminder due',
    due_other: '{{count}} reminders due',
    listLabel: 'Profiles',
    open: 'Open the plan for {{name}}',
    openShort: 'Open the plan',
    createTitle: 'Add a profile',
    nameLabel: 'Name',
    nameHint: 'A first name or nickname is enough. Never enter a Social Security number.',
    relationshipLabel: 'Who is this for?',
    create: 'Create profile',
    created: 'Profile for {{name}} created.',
  },
  profile: {
    back: 'Back to all profiles',
    relationshipIs: 'Relationship: {{relationship}}',
    manage: 'Manage this profile',
    rename: 'Rename',
    renameLabel: 'New name',
    saveName: 'Save name',
    cancel: 'Cancel',
    renamed: 'Name saved.',
    delete: 'Delete profile',
    deleteTitle: 'Delete the profile for {{name}}?',
    deleteBody: 'Its plan and notes will be removed from this computer. This cannot be undone.',
    deleteConfirm: 'Yes, delete it',
    deleted: 'Profile for {{name}} deleted.',
    notFound: 'That profile no longer exists.',
  },
  plan: {
    progress: '{{done}} of {{total}} steps done',
  },
  nav: {
    label: 'Main',
    people: 'People',
    settings: 'Settings',
    inbox: 'Due now',
    inboxCount_one: 'Due now: {{count}} reminder',
    inboxCount_other: 'Due now: {{count}} reminders',
    scam: 'Scam check',
    guide: 'Guide a caller',
    vault: 'Vault',
  },
  vault: {
    lock: 'Lock the vault',
    locked: 'Vault locked.',
  },
  errors: {
    retry: 'Try again',
    nameEmpty: 'Enter a name.',
    nameTooLong: 'Use 80 characters or fewer.',
    nameControl: 'Remove the special control characters from the name.',
    dismiss: 'Dismiss',
  },
  /** Service errors by code (contract/errors.ts); the words live beside this file. */
  apiErrors: errorsEn,
  apiErrorWords: errorWordsEn,
  tiers: tiersEn,
  recovery: recoveryEntryEn,
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
