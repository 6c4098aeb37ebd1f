import type { OfficialLink, Text } from '../catalog/types';
import type { LegalFactId } from './facts';
import type { ActionKind, ItemKind } from './types';

/** One recommended action, as data: what it is, how to do it, what to write down, where to go. */
export interface ActionDef {
  kind: ActionKind;
  title: Text;
  howTo: Text;
  /** What to note in the log after a call or visit. */
  writeDown: Text;
  links: OfficialLink[];
  /** The legal facts behind the action (see facts.ts). */
  facts: readonly LegalFactId[];
  /**
   * Sent by mail: a reply-due reminder follows the mailing date (see reminders.ts), by the legal
   * period of `replyFact` when one applies and is confirmed, else Lockstep's own follow-up wait.
   */
  mailed?: { replyFact?: LegalFactId };
  /**
   * Done once, but it ends: a reminder `leadDays` before the legal period of `fact` runs out,
   * counted from the day the action was marked done (see reminders.ts). `kind` is its reminder kind.
   */
  renewal?: RenewalRule;
}

export interface RenewalRule {
  kind: string;
  fact: LegalFactId;
  leadDays: number;
  /** The reminder's title; `{{endsOn}}` and `{{doneOn}}` are filled from its params. */
  title: Text;
}

const ITG: OfficialLink = {
  url: 'https://www.identitytheft.gov/',
  label: { en: 'IdentityTheft.gov (FTC)', es: 'IdentityTheft.gov (FTC)' },
};

const WRITE_DOWN_CALL: Text = {
  en: 'The name of the person you spoke to, the date, and what they promised. Keep any case number in the vault.',
  es: 'El nombre de la persona con quien habló, la fecha y lo que prometió. Guarde cualquier número de caso en la bóveda.',
};

export const ACTIONS: Readonly<Record<ActionKind, ActionDef>> = {
  'call-fraud-dept': {
    kind: 'call-fraud-dept',
    title: { en: "Call the company's fraud department", es: 'Llame al departamento de fraudes de la empresa' },
    howTo: {
      en: 'Use the number on their official site or on a statement, never one from a caller. Say someone used your details without permission and ask them to close the account and remove the charges.',
      es: 'Use el número de su sitio oficial o de un estado de cuenta, nunca uno que le dé quien llama. Diga que alguien usó sus datos sin permiso y pida que cierren la cuenta y quiten los cargos.',
    },
    writeDown: WRITE_DOWN_CALL,
    links: [ITG],
    facts: [],
  },
  'close-account': {
    kind: 'close-account',
    // The written dispute to the company (a letter Lockstep makes); no statute sets its reply time here.
    mailed: {},
    title: { en: 'Close or freeze the account', es: 'Cierre o congele la cuenta' },
    howTo: {
      en: 'Ask for written confirmation that the account is closed and that you are not responsible for it.',
      es: 'Pida confirmación por escrito de que la cuenta está cerrada y de que usted no es responsable.',
    },
    writeDown: WRITE_DOWN_CALL,
    links: [ITG],
    facts: [],
  },
  'ftc-report': {
    kind: 'ftc-report',
    title: { en: 'Report it to the FTC at IdentityTheft.gov', es: 'Repórtelo a la FTC en IdentityTheft.gov' },
    howTo: {
      en: 'The report and recovery plan it gives are what the rights below rely on. Keep the report number in the vault.',
      es: 'El informe y el plan de recuperación que le da son la base de los derechos de abajo. Guarde el número del informe en la bóveda.',
    },
    writeDown: {
      en: 'The date you filed. The report number goes in the vault, not here.',
      es: 'La fecha en que lo presentó. El número del informe va en la bóveda, no aquí.',
    },
    links: [ITG],
    facts: ['extended-fraud-alert'],
  },
  'police-report': {
    kind: 'police-report',
    title: { en: 'File a police report if asked', es: 'Presente un informe policial si se lo piden' },
    howTo: {
      en: 'Some companies ask for one. Bring your FTC report and proof of identity, and ask for a copy.',
      es: 'Algunas empresas lo piden. Lleve su informe de la FTC y prueba de identidad, y pida una copia.',
    },
    writeDown: {
      en: 'The department, the officer and the date. The report number goes in the vault.',
      es: 'El departamento, el agente y la fecha. El número del informe va en la bóveda.',
    },
    links: [ITG],
    facts: [],
  },
  'bureau-block': {
    kind: 'bureau-block',
    title: {
      en: 'Ask each credit bureau to block it (§605B)',
      es: 'Pida a cada agencia de crédito que lo bloquee (§605B)',
    },
    howTo: {
      en: 'Write to each bureau with your FTC report, proof of identity, the items to block and a statement that they are not yours. Send it by certified mail and record the day you mail it.',
      es: 'Escriba a cada agencia con su informe de la FTC, prueba de identidad, los datos a bloquear y una declaración de que no son suyos. Envíela por correo certificado y anote el día en que la envía.',
    },
    writeDown: {
      en: 'The day you mailed it, and each reply.',
      es: 'El día en que la envió, y cada respuesta.',
    },
    links: [ITG],
    facts: ['fcra-605b-block'],
    mailed: { replyFact: 'fcra-605b-block' },
  },
  'business-records': {
    kind: 'business-records',
    title: {
      en: 'Ask the business for its records (§609(e))',
      es: 'Pida a la empresa sus registros (§609(e))',
    },
    howTo: {
      en: 'Ask in writing for the application and transaction records of the account, with your FTC report and proof of identity.',
      es: 'Pida por escrito los registros de la solicitud y de las transacciones de la cuenta, con su informe de la FTC y prueba de identidad.',
    },
    writeDown: { en: 'The day you mailed it, and the reply.', es: 'El día en que la envió, y la respuesta.' },
    links: [ITG],
    facts: ['fcra-609e-records'],
    mailed: { replyFact: 'fcra-609e-records' },
  },
  'extended-alert': {
    kind: 'extended-alert',
    // The written request to one bureau (a letter Lockstep makes); the follow-up wait is Lockstep's own.
    mailed: {},
    title: { en: 'Place an extended fraud alert', es: 'Ponga una alerta de fraude extendida' },
    howTo: {
      en: 'Contact one credit bureau with your FTC report; ask it to place an extended fraud alert.',
      es: 'Comuníquese con una agencia de crédito con su informe de la FTC; pida que ponga una alerta de fraude extendida.',
    },
    writeDown: WRITE_DOWN_CALL,
    links: [ITG],
    facts: ['extended-fraud-alert'],
    renewal: {
      kind: 'recovery-alert-renewal',
      fact: 'extended-fraud-alert',
      // Lockstep's choice: a month leaves time to reach a bureau before the alert lapses.
      leadDays: 30,
      title: {
        en: 'Your extended fraud alert (placed {{doneOn}}) ends about {{endsOn}}: ask a credit bureau for a new one if you still need it',
        es: 'Su alerta de fraude extendida (puesta el {{doneOn}}) termina alrededor del {{endsOn}}: pida una nueva a una agencia de crédito si aún la necesita',
      },
    },
  },
  'irs-14039': {
    kind: 'irs-14039',
    title: { en: 'Tell the IRS: Form 14039', es: 'Avise al IRS: Formulario 14039' },
    howTo: {
      en: 'File IRS Form 14039, the Identity Theft Affidavit, when a return was filed in your name. IdentityTheft.gov can fill it in with your report.',
      es: 'Presente el Formulario 14039 del IRS, la declaración jurada de robo de identidad, cuando alguien presentó una declaración a su nombre. IdentityTheft.gov puede llenarlo con su informe.',
    },
    writeDown: {
      en: 'The day you sent it, and any IRS letter.',
      es: 'El día en que lo envió, y cualquier carta del IRS.',
    },
    links: [ITG, { url: 'https://www.irs.gov/', label: { en: 'IRS.gov', es: 'IRS.gov' } }],
    facts: [],
  },
  'ssa-report': {
    kind: 'ssa-report',
    title: { en: 'Tell Social Security', es: 'Avise al Seguro Social' },
    howTo: {
      en: 'When benefits were claimed in your name, tell the Social Security Administration. Use the number on its official site.',
      es: 'Cuando alguien pidió beneficios a su nombre, avise a la Administración del Seguro Social. Use el número de su sitio oficial.',
    },
    writeDown: WRITE_DOWN_CALL,
    links: [{ url: 'https://www.ssa.gov/', label: { en: 'SSA.gov', es: 'SSA.gov' } }, ITG],
    facts: [],
  },
  'carrier-fraud': {
    kind: 'carrier-fraud',
    title: { en: "Call the carrier's fraud team", es: 'Llame al equipo de fraudes de la compañía telefónica' },
    howTo: {
      en: 'Ask them to close the line or undo the port, and to add a port-out lock or PIN to your account.',
      es: 'Pida que cierren la línea o deshagan la portabilidad, y que agreguen un bloqueo de portabilidad o un PIN a su cuenta.',
    },
    writeDown: WRITE_DOWN_CALL,
    links: [ITG],
    facts: [],
  },
};

/**
 * For each kind of item, the actions in the order to take them. The FTC's recovery steps at
 * IdentityTheft.gov: call the company first, then report, then the rights the report opens.
 */
export const ITEM_PLANS: Readonly<Record<ItemKind, readonly ActionKind[]>> = {
  'new-account': [
    'call-fraud-dept',
    'close-account',
    'ftc-report',
    'police-report',
    'bureau-block',
    'business-records',
    'extended-alert',
  ],
  loan: ['call-fraud-dept', 'close-account', 'ftc-report', 'police-report', 'bureau-block', 'business-records'],
  'existing-account': ['call-fraud-dept', 'close-account', 'ftc-report', 'business-records'],
  'tax-return': ['ftc-report', 'irs-14039'],
  'phone-line': ['carrier-fraud', 'ftc-report', 'business-records'],
  benefits: ['ssa-report', 'ftc-report'],
  medical: ['call-fraud-dept', 'ftc-report', 'business-records'],
  'mail-redirect': ['ftc-report', 'police-report'],
  'criminal-record': ['police-report', 'ftc-report'],
};

export const ITEM_TITLES: Readonly<Record<ItemKind, Text>> = {
  'new-account': { en: 'A new credit account or card', es: 'Una cuenta o tarjeta de crédito nueva' },
  loan: { en: 'A loan', es: 'Un préstamo' },
  'existing-account': { en: 'Charges on an account I have', es: 'Cargos en una cuenta que tengo' },
  'tax-return': { en: 'A tax return filed in my name', es: 'Una declaración de impuestos presentada a mi nombre' },
  'phone-line': { en: 'A phone line or port I did not make', es: 'Una línea o portabilidad telefónica que no hice' },
  benefits: { en: 'Benefits claimed in my name', es: 'Beneficios pedidos a mi nombre' },
  medical: { en: 'Medical services in my name', es: 'Servicios médicos a mi nombre' },
  'mail-redirect': { en: 'My mail was redirected', es: 'Desviaron mi correo' },
  'criminal-record': { en: 'A criminal or court record', es: 'Un antecedente penal o judicial' },
};
