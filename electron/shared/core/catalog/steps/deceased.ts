import type { CatalogStep } from '../types';

const DECEASED = ['deceased'] as const;

const EQUIFAX_DEATH_PAGE =
  'https://www.equifax.com/personal/education/mobile-articles/-/learn/mobile-faq-reporting-death/';

/** For a relative who has died: close the doors a thief would use with their details. */
export const deceasedSteps: CatalogStep[] = [
  {
    id: 'deceased-ssa',
    section: 'deceased',
    tier: 'first', // the SSA's death report is what stops benefits and credit in the name
    agency: { en: 'Social Security Administration (SSA)', es: 'Administración del Seguro Social (SSA)' },
    title: {
      en: 'Make sure Social Security knows about the death',
      es: 'Asegúrese de que el Seguro Social sepa del fallecimiento',
    },
    why: {
      en: 'Once Social Security records the death, it is harder for someone to misuse the person’s number. The funeral home usually reports it, but it is worth checking.',
      es: 'Cuando el Seguro Social registra el fallecimiento, es más difícil que alguien use mal el número de la persona. La funeraria suele avisar, pero conviene comprobarlo.',
    },
    urls: [
      { url: 'https://www.ssa.gov/', label: { en: 'Social Security’s website', es: 'el sitio web del Seguro Social' } },
    ],
    phones: [
      { number: '1-800-772-1213', label: { en: 'Social Security main line', es: 'Línea principal del Seguro Social' } },
      {
        number: '1-800-325-0778',
        label: {
          en: 'Social Security TTY line, for callers who are deaf or hard of hearing',
          es: 'Línea TTY del Seguro Social, para personas sordas o con dificultades auditivas',
        },
      },
    ],
    haveReady: [
      {
        en: 'The death certificate, or the date and place of death',
        es: 'El certificado de defunción, o la fecha y el lugar del fallecimiento',
      },
      {
        en: 'The person’s Social Security number. Say it only to Social Security on the phone, never in Lockstep.',
        es: 'El número de Seguro Social de la persona. Dígalo solo al Seguro Social por teléfono, nunca en Lockstep.',
      },
      { en: 'Your own name and how you are related', es: 'Su propio nombre y su parentesco con la persona' },
    ],
    subSteps: [
      {
        id: 'ask-funeral-home',
        text: {
          en: 'Ask the funeral home whether it has reported the death to Social Security.',
          es: 'Pregunte a la funeraria si ya informó el fallecimiento al Seguro Social.',
        },
      },
      {
        id: 'call',
        text: {
          en: 'If it has not, call Social Security. A death cannot be reported online.',
          es: 'Si no lo hizo, llame al Seguro Social. Un fallecimiento no se puede informar por internet.',
        },
      },
      {
        id: 'note',
        text: {
          en: 'Write down the date of the call and any reference you are given.',
          es: 'Anote la fecha de la llamada y cualquier número de referencia que le den.',
        },
      },
    ],
    minutes: 30,
    confirm: {
      en: 'The funeral home or Social Security has told you the death is on record.',
      es: 'La funeraria o el Seguro Social le confirmó que el fallecimiento está registrado.',
    },
    record: ['confirmation-number'],
    checkOnOfficialSite: [
      {
        // UNVERIFIED (facts check 2026-12-02): no official source found on telling the DMV about a death.
        en: 'Whether to tell the state’s motor-vehicle agency (DMV) about the death, for the person’s driver’s license or state ID. Lockstep found no official source for this. Ask the agency in the state where the person lived.',
        es: 'Si conviene avisar del fallecimiento a la oficina de vehículos motorizados del estado (DMV), por la licencia de conducir o la identificación estatal de la persona. Lockstep no encontró una fuente oficial sobre esto. Pregunte en la oficina del estado donde vivía la persona.',
      },
    ],
    sources: [
      { url: EQUIFAX_DEATH_PAGE, title: 'Equifax: How do I report a death? (SSA line and TTY 1-800-325-0778)' },
      {
        url: 'https://blog.ssa.gov/protecting-your-social-security/',
        title: 'SSA blog: Protecting your Social Security',
      },
    ],
    verifiedOn: '2026-12-02',
    appliesTo: { subjects: DECEASED },
  },
  {
    id: 'deceased-bureaus',
    section: 'deceased',
    tier: 'first', // the bureaus' deceased flag stops new credit in the name
    agency: { en: 'Equifax, Experian and TransUnion', es: 'Equifax, Experian y TransUnion' },
    title: {
      en: 'Ask the credit bureaus to mark the file as deceased',
      es: 'Pida a las agencias de crédito que registren el fallecimiento en el expediente de la persona',
    },
    why: {
      en: 'A deceased notice on the credit file tells lenders not to open credit in the person’s name. Thieves sometimes use the details of people who have died.',
      es: 'Cuando el expediente de crédito lleva un aviso de fallecimiento, los prestamistas saben que no deben abrir cuentas a nombre de esa persona. Hay ladrones que usan los datos de personas fallecidas.',
    },
    urls: [
      {
        url: EQUIFAX_DEATH_PAGE,
        label: { en: 'Equifax’s page on reporting a death', es: 'la página de Equifax para informar un fallecimiento' },
      },
      { url: 'https://www.experian.com/', label: { en: 'Experian’s website', es: 'el sitio web de Experian' } },
      {
        url: 'https://www.transunion.com/credit-freeze',
        label: {
          en: 'TransUnion’s credit freeze page, with a section on deceased relatives',
          es: 'la página de congelamiento de TransUnion, con una sección sobre familiares fallecidos',
        },
      },
    ],
    phones: [],
    mail: { verified: true, lines: ['Equifax Information Services LLC', 'P.O. Box 105139', 'Atlanta, GA 30348-5139'] },
    haveReady: [
      { en: 'A copy of the death certificate', es: 'Una copia del certificado de defunción' },
      {
        en: 'The person’s legal name, date of birth and date of death',
        es: 'El nombre legal, la fecha de nacimiento y la fecha de fallecimiento de la persona',
      },
      {
        en: 'The person’s Social Security number. Write it only in the letter to the bureau, never in Lockstep.',
        es: 'El número de Seguro Social de la persona. Escríbalo solo en la carta a la agencia, nunca en Lockstep.',
      },
      {
        en: 'A copy of your own photo ID, and your mailing address',
        es: 'Una copia de su identificación con foto y su dirección postal',
      },
      {
        en: 'If you are not the spouse: court papers that show you may act for the estate, such as executor papers',
        es: 'Si no es el cónyuge: documentos del tribunal que muestren que puede actuar por la herencia, como el nombramiento de albacea',
      },
    ],
    subSteps: [
      {
        id: 'equifax',
        text: {
          en: 'Mail the papers to Equifax at the address shown here. Ask for a deceased notice on the file.',
          es: 'Envíe los documentos a Equifax a la dirección que aparece aquí. Pida un aviso de fallecimiento en el expediente.',
        },
      },
      {
        id: 'others',
        text: {
          en: 'Equifax says it passes the notice to Experian and TransUnion. To be safe, send the same request to them too, at the addresses on their sites.',
          es: 'Equifax dice que pasa el aviso a Experian y TransUnion. Para mayor seguridad, envíeles también la misma solicitud a las direcciones de sus sitios.',
        },
      },
      {
        id: 'copies',
        text: {
          en: 'Send copies, never the original death certificate. Use tracked mail and keep the tracking numbers.',
          es: 'Envíe copias, nunca el certificado de defunción original. Use correo con seguimiento y guarde los números de seguimiento.',
        },
      },
      {
        id: 'confirm',
        text: {
          en: 'Wait for each bureau to confirm the notice by mail. If no reply comes, contact that bureau.',
          es: 'Espere a que cada agencia confirme el aviso por correo. Si no recibe respuesta, comuníquese con esa agencia.',
        },
      },
    ],
    minutes: 45,
    confirm: {
      en: 'Each bureau has confirmed that the file shows the person as deceased.',
      es: 'Cada agencia confirmó que el expediente muestra a la persona como fallecida.',
    },
    record: ['mailed-date', 'tracking-number'],
    checkOnOfficialSite: [
      {
        en: 'Experian’s and TransUnion’s mailing addresses for deceased notices. Lockstep could not confirm them.',
        es: 'Las direcciones postales de Experian y TransUnion para avisos de fallecimiento. Lockstep no pudo confirmarlas.',
      },
    ],
    sources: [
      { url: EQUIFAX_DEATH_PAGE, title: 'Equifax: How do I report a death?' },
      { url: 'https://www.transunion.com/credit-freeze', title: 'TransUnion: Credit freeze (deceased family members)' },
    ],
    verifiedOn: '2026-12-02',
    appliesTo: { subjects: DECEASED },
  },
];
