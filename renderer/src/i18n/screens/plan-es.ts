import type { planEn } from './plan-en';
import { walkEs } from '../walk-es';

/** Spanish beside plan-en.ts: the same keys (the type makes a missing one fail the build). */
export const planEs: typeof planEn = {
  plan: {
    startTitle: 'Armemos el plan',
    startBody: 'Responda seis preguntas cortas. Luego Lockstep le muestra qué hacer y en qué orden.',
    start: 'Empezar las preguntas',
    nextTitle: 'Siguiente paso',
    openNext: 'Abrir el siguiente paso: {{title}}',
    openNextShort: 'Empezar este paso',
    allDone: 'Todos los pasos de este plan están hechos o apartados. Buen trabajo.',
    minutes: 'Unos {{count}} minutos',
    progressLabel: 'Avance',
    sectionProgress: '{{done}} de {{total}} hechos',
    changeAnswers: 'Cambiar las respuestas',
    printable: 'Plan para imprimir (PDF)',
    undo: 'Deshacer el último cambio',
    showAll: 'Mostrar todos los pasos, incluso los que no corresponden',
    optionalFreezesTitle: 'Congelamientos de crédito: opcionales para usted',
    optionalFreezesWhy:
      'Sus respuestas no incluyen su número de Seguro Social, y la FTC recomienda congelar el crédito cuando ese número queda expuesto; aun así, congelarlo es gratis y puede hacerlo en cualquiera de estas agencias.',
    notNeeded: 'No hace falta en este plan',
    openStep: 'Abrir el paso: {{title}}',
    answersSaved: 'Respuestas guardadas. El plan se actualizó.',
    empty: 'Con estas respuestas no corresponde ningún paso. Pruebe "Mostrar todos los pasos" o cambie las respuestas.',
  },
  sections: {
    freezes: 'Congelamientos de crédito',
    carrier: 'Su cuenta de teléfono',
    secondary: 'Otros congelamientos',
    alerts: 'Alertas e informes',
    accounts: 'Cuentas oficiales que conviene abrir',
    protection: 'Servicios de protección',
    deceased: 'Para un familiar que falleció',
  },
  status: {
    todo: 'Por hacer',
    in_progress: 'Empezado',
    done: 'Hecho',
    skipped: 'Omitido',
    not_applicable: 'No corresponde',
    waiting: 'Esperando respuesta',
  },
  notes: {
    'ask-primary-holder': 'Solo el titular principal de la cuenta puede hacer esto. Pídale que lo haga.',
    'check-primary-holder': 'Solo el titular principal de la cuenta puede hacer esto. Revise en la cuenta quién es.',
    'ask-primary-or-full-access':
      'Solo el titular principal de la cuenta, o alguien con una línea con permiso de acceso total, puede hacer esto. Pida a uno de ellos que lo haga.',
    'check-primary-or-full-access':
      'Solo el titular principal de la cuenta, o alguien con una línea con permiso de acceso total, puede hacer esto. Revise en la cuenta quién es.',
    'person-does-it':
      'Solo la propia persona puede hacer este paso, porque se verifica su identidad. Sin una autorización legal, como un poder notarial, usted no puede hacerlo por ella. Acompáñela mientras lo hace.',
    'phone-accounts-file':
      'Después de una filtración en una compañía telefónica, este congelamiento es el que más importa: impide que alguien abra una línea de teléfono a su nombre.',
    'prepaid-pin-reset':
      'Después de la filtración, T-Mobile cambió los PIN prepago expuestos por números al azar. Elija un PIN nuevo que pueda recordar.',
  },
  walk: walkEs,
  printPlan: {
    open: 'Imprimir el plan',
    title: 'Plan de recuperación de {{name}}',
    intro: 'Marque cada casilla cuando termine el paso. Llame solo a los números impresos aquí o en el sitio oficial.',
    print: 'Imprimir',
  },
};
