import type { interviewEn } from './interview-en';

/** Spanish beside interview-en.ts: the same keys (the type makes a missing one fail the build). */
export const interviewEs: typeof interviewEn = {
  interview: {
    title: 'Preguntas sobre {{name}}',
    intro:
      'Son seis preguntas. Las respuestas se quedan en esta computadora. Ninguna le pide un número de Seguro Social ni de cuenta.',
    breachLegend: '¿Qué aviso de filtración le corresponde?',
    breach: {
      'tmobile-postpaid': 'T-Mobile: cliente actual de pospago',
      'tmobile-former': 'T-Mobile: excliente o posible cliente (solicitó crédito)',
      'tmobile-prepaid': 'T-Mobile: cliente de prepago',
      'tmobile-unsure': 'T-Mobile, pero no sé en qué grupo',
      other: 'Otra filtración, o no recibí aviso',
    },
    exposedLegend: '¿Qué datos quedaron expuestos?',
    exposedHint: 'Marque los que conozca. Lockstep agrega los datos expuestos de su grupo de T-Mobile.',
    exposed: {
      ssn: 'Número de Seguro Social',
      dob: 'Fecha de nacimiento',
      license: 'Número de licencia de conducir o de identificación',
      phone: 'Número de teléfono',
      'account-pin': 'PIN de la cuenta',
      'imei-imsi': 'Identificadores del teléfono (IMEI o IMSI)',
      address: 'Dirección de su casa',
    },
    subjectLegend: '¿De quién es este plan?',
    subject: {
      self: 'Mío, o de otro adulto que hará los pasos por su cuenta',
      minor: 'De un niño o niña menor de 16 años',
      represented: 'De un adulto al que ayudo con un poder notarial o una tutela',
      spouse: 'De mi cónyuge o pareja',
      deceased: 'De un familiar que falleció',
      assisted: 'De un adulto al que ayudo sin poder notarial (hace los pasos con mi ayuda)',
    },
    carrierLegend: '¿Qué compañía de telefonía móvil usa?',
    carrier: {
      tmobile: 'T-Mobile',
      verizon: 'Verizon',
      att: 'AT&T',
      other: 'Otra compañía',
      none: 'No tiene teléfono móvil',
    },
    primaryLegend: '¿Esta persona es el titular principal de la cuenta?',
    primaryHint: 'El titular principal es la persona que aparece en la factura.',
    primary: { yes: 'Sí', no: 'No', unsure: 'No lo sé' },
    creditLegend: '¿Piensa pedir pronto un préstamo, un arrendamiento o una línea de teléfono nueva?',
    creditHint: 'Si es así, el plan le explica cómo levantar temporalmente el congelamiento.',
    yes: 'Sí',
    no: 'No',
    preview: 'Con estas respuestas, el plan tiene {{count}} pasos.',
    save: 'Guardar respuestas y ver el plan',
    cancel: 'Cancelar',
  },
};
