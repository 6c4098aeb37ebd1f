import type { recoveryMoreEn } from './recovery-more-en';

type Words<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends readonly string[] ? string[] : Words<T[K]>;
};

/** Palabras del caso para la bóveda, quitar un dato, renovaciones y el guion de fraude del modo guía. */
export const recoveryMoreEs: Words<typeof recoveryMoreEn> = {
  vault: {
    ftcLabel: 'Número del informe de IdentityTheft.gov',
    ftcHint: 'Se guarda en la bóveda, sellado con su frase de contraseña. El caso solo anota que está ahí.',
    accountLabel: 'Número de cuenta completo',
    accountShow: 'Guardar el número de cuenta completo en la bóveda (opcional)',
    accountHint: 'Solo si quiere guardarlo. Va a la bóveda; el caso guarda solo los últimos cuatro dígitos.',
    save: 'Guardar en la bóveda',
    saveFor: 'Guardar en la bóveda: {{what}}',
    saved: '{{what}}: guardado en la bóveda',
    replace: 'Reemplazar',
    replaceFor: 'Reemplazar: {{what}}',
    required: 'Primero escriba el número.',
    lockedNote: 'La bóveda está cerrada. Ábrala abajo; lo que escribió se queda aquí y se guarda cuando se abra.',
    missingNote: 'Todavía no hay bóveda. Créela abajo; lo que escribió se queda aquí y se guarda cuando exista.',
    damagedNote:
      'No se pudo leer la bóveda, así que ahora no se puede guardar nada en ella. Abra la página de la bóveda para ver por qué.',
    openVault: 'Abrir la página de la bóveda',
  },
  remove: {
    button: 'Quitar del caso',
    buttonFor: 'Quitar del caso: {{item}}',
    title: '¿Quitar «{{item}}» del caso?',
    body: 'Se van con él sus acciones, el registro de contactos y los recordatorios, y también su número de cuenta completo en la bóveda, si guardó uno. No se puede deshacer.',
    confirm: 'Quitarlo',
    cancel: 'Conservarlo',
    removed: 'Se quitó del caso.',
  },
  renewal: {
    placedOn: 'Día en que se puso la alerta',
    saveOn: 'Guardar el día',
    ends: 'Una alerta de fraude extendida dura siete años: esta termina alrededor del {{ends}}. Lockstep le recordará el {{remind}} que pida una nueva si aún la necesita.',
  },
  fraud: {
    title: 'La persona que llama encontró un fraude',
    intro: 'Lea esto con la persona que llama. No se guarda nada a menos que pulse el botón de guardar al final.',
    askTitle: 'Pregunte',
    ask: [
      '¿Qué encontró: una cuenta o tarjeta nueva, un préstamo, cargos, una declaración de impuestos, una línea telefónica u otra cosa?',
      '¿Qué empresa o agencia es, y qué día lo notó?',
      '¿Hay un monto, o una carta o estado de cuenta que lo muestre? Guárdelo: lo va a necesitar.',
    ],
    kind: 'Qué encontró',
    company: 'Empresa o agencia',
    noticedOn: 'Día en que lo notó',
    tellTitle: 'Dígale a la persona, en este orden',
    tell: {
      call: 'Llame al departamento de fraudes de la empresa. Use el número de su sitio oficial o de un estado de cuenta, nunca uno de un mensaje o de quien llama. Diga que alguien usó sus datos y pida que cierren la cuenta y quiten los cargos. Anote con quién habló y cuándo.',
      report:
        'Repórtelo a la FTC en IdentityTheft.gov. El informe y el plan de recuperación que le da abren sus derechos ante las agencias de crédito y las empresas. Guarde el número del informe en un lugar seguro.',
      freeze:
        'Congele su crédito en Equifax, Experian y TransUnion. Es gratis e impide que abran cuentas nuevas a su nombre. El plan de Lockstep le guía en cada una.',
    },
    freeSaying: 'Nada de esto cuesta. Nadie de estas agencias le pedirá que pague ni que lea en voz alta un código.',
    saveTitle: 'Guardar un caso para esta persona (opcional)',
    saveIntro: 'Solo si la persona lo quiere: esto abre un caso de recuperación con un dato para la persona que elija.',
    person: 'Persona',
    newPerson: 'Alguien nuevo',
    newName: 'Su nombre',
    save: 'Guardar un dato del caso',
    saved: 'Se abrió un caso para {{name}}.',
    companyRequired: 'Escriba la empresa o agencia antes de guardar.',
    back: 'Volver a la guía',
  },
};
