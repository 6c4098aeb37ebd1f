import type { scamEn } from './scam-en';

/** Spanish beside scam-en.ts: the same keys (the type makes a missing one fail the build). */
export const scamEs: typeof scamEn = {
  scam: {
    title: 'Alguien me acaba de llamar',
    intro:
      'Quien llama puede saber su número de Seguro Social, su fecha de nacimiento o su PIN por la filtración. Eso no demuestra quién es.',
    callerLegend: '¿Quién dijo que era?',
    callers: {
      carrier: 'Mi compañía de teléfono',
      irs: 'El IRS',
      ssa: 'El Seguro Social',
      bank: 'Mi banco o mi tarjeta',
      police: 'La policía o un tribunal',
      bureau: 'Una agencia de crédito',
      helper: 'Alguien que ofrece arreglar mi robo de identidad',
    },
    flagsLegend: '¿Hizo alguna de estas cosas? Marque todas las que correspondan.',
    flags: {
      'pin-or-code': 'Pidió un PIN, una contraseña o un código enviado a mi teléfono',
      ssn: 'Pidió mi número de Seguro Social',
      'gift-card': 'Quería el pago con tarjetas de regalo, giro o criptomonedas',
      arrest: 'Amenazó con arresto, una demanda o perder beneficios',
      'remote-access': 'Me pidió instalar una aplicación o entrar a mi computadora',
      urgent: 'Dijo que tenía que actuar ya mismo',
    },
    check: '¿Qué debo hacer?',
    verdict: {
      scam: 'Es una estafa.',
      'hang-up': 'Trátelo como una estafa. Cuelgue.',
      'call-back': 'Tenga cuidado. Verifique antes de hacer nada.',
    },
    hangUp: 'Cuelgue. No devuelva la llamada al número que le dieron.',
    report: 'Denúncielo ante la FTC:',
    reportLink: 'Abrir ReportFraud.ftc.gov',
    knowledge:
      'Las amenazas de arresto y los pedidos de tarjetas de regalo siempre son estafas. Las empresas reales no le piden un PIN ni un código en una llamada que ellas iniciaron.',
    officialSite: 'Abrir el sitio oficial',
  },
};
