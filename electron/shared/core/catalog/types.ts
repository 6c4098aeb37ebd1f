/** The catalog's shape. Content is data: every fact a user sees lives in steps/*.ts, in both languages. */
import type { OrderHint, ReminderRule, Serves, Tier, Widget } from './behaviour';

export interface Text {
  en: string;
  es: string;
}

export const SECTION_IDS = [
  // Freezes first: the FTC's checklist for an exposed SSN puts a credit freeze (or at least a fraud
  // alert) among the first things to do; a step moves ahead only by a sourced ordering hint.
  'freezes',
  'carrier', // beside the freezes: the PIN and port-out lock after a carrier breach
  'secondary',
  'alerts',
  'accounts', // official accounts to claim (SSA, IRS IP PIN, USPS); no source puts them before freezes
  'protection',
  'deceased',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** What a step asks the user to keep; these go to the vault once it exists. */
export const RECORD_KINDS = [
  'freeze-pin',
  'confirmation-number',
  'activation-code',
  'login-email',
  'enrolment-date',
  'mailed-date',
  'tracking-number',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * Who a step is for. A plan includes a step only when the interview's subject is listed.
 * `represented`: an adult the helper acts for under power of attorney or guardianship. `assisted`: an
 * adult the helper helps without that authority; they do their own steps. The interview lists them
 * in this order (the two kinds of help side by side); answers are stored by name, not position.
 */
export const SUBJECTS = ['self', 'minor', 'represented', 'assisted', 'spouse', 'deceased'] as const;
export type Subject = (typeof SUBJECTS)[number];

export const CARRIERS = ['tmobile', 'verizon', 'att', 'other', 'none'] as const;
export type Carrier = (typeof CARRIERS)[number];

export const DATA_TYPES = ['ssn', 'dob', 'license', 'phone', 'account-pin', 'imei-imsi', 'address'] as const;
export type DataType = (typeof DATA_TYPES)[number];

export interface OfficialLink {
  url: string;
  /** Says where the link goes, for the button's accessible name: "Equifax's freeze page". */
  label: Text;
}

export interface Phone {
  /** As dialled in the US, e.g. "1-888-298-0045", or a short code like "611" or "#662#". */
  number: string;
  label: Text;
  /** Opening hours where the source gives them; absent means "check on the official site". */
  hours?: Text;
}

export type MailAddress =
  | { verified: true; lines: string[] }
  /** The source is unclear or disagrees: the app shows "check on the official site", never a guess. */
  | {
      verified: false;
      note: Text;
      /**
       * Where the official address is printed, when a source says so (a bureau's own form): the
       * packet's "To" box tells the reader to copy it from there. `url` is the official page.
       */
      copyFrom?: { text: Text; url: string };
    };

export interface SubStep {
  id: string;
  text: Text;
}

export interface Source {
  url: string;
  title: string;
}

export interface CatalogStep {
  id: string;
  section: SectionId;
  /** When to do it: do these first, this week, when you can, every year (see TIERS). */
  tier: Tier;
  agency: Text;
  title: Text;
  /** One line: why this step matters. */
  why: Text;
  urls: OfficialLink[];
  phones: Phone[];
  mail?: MailAddress;
  haveReady: Text[];
  subSteps: SubStep[];
  minutes: number;
  /** How the user can tell it took effect. */
  confirm: Text;
  record: RecordKind[];
  /** Facts that DOMAIN.md marks UNVERIFIED: shown as "check on the official site". */
  checkOnOfficialSite?: Text[];
  sources: Source[];
  /** ISO date (YYYY-MM-DD) the facts were last checked against the sources. */
  verifiedOn: string;
  /** Where the step moves against the section order, and why; each hint cites its source. */
  orderHints?: readonly OrderHint[];
  /** The reminders the step makes (see ReminderRule); titles live here, in both languages. */
  reminders?: readonly ReminderRule[];
  /** Step-page parts beyond the common ones; vault slots are `record`. */
  widgets?: readonly Widget[];
  /** The reporting agency the step is done at, if any. */
  serves?: Serves;
  /**
   * The step checks the person's own identity or signs in to their own account, so only they, or
   * someone with legal authority for them, can do it. A helper without that authority (subject
   * `assisted`) sees the `person-does-it` note on it.
   */
  ownIdentity?: boolean;
  /** Relevance, used by the plan. */
  appliesTo: {
    subjects: readonly Subject[];
    /** Only for these carriers (absent: any). */
    carriers?: readonly Carrier[];
    /** Only for the carrier account's primary holder. */
    primaryHolderOnly?: boolean;
    /** With `primaryHolderOnly`: a line with full-access permission can do it too. */
    fullAccessLineToo?: boolean;
    /** Included when any of these data types were exposed (absent: always). */
    exposures?: readonly DataType[];
    /** Only for the T-Mobile 2021 breach groups. */
    tmobileBreachOnly?: boolean;
    /** Only when a loan, lease or new line is coming soon. */
    creditSoonOnly?: boolean;
  };
}
