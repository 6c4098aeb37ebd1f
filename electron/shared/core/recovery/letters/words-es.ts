import type { LetterWords } from './words-en';

/** The Spanish under each English line of a letter, so the person knows what they sign (usted). */
export const LETTER_WORDS_ES: LetterWords = {
  fromHeading: 'De',
  name: 'Nombre',
  address: 'Dirección postal',
  dateOfBirth: 'Fecha de nacimiento',
  ssn: 'Número de Seguro Social',
  ssnCompany: 'Número de Seguro Social (solo si se lo piden)',
  accountNumber: 'Número de cuenta completo (de un estado de cuenta o aviso)',
  phone: 'Teléfono (opcional)',
  datePrefix: 'Fecha:',
  toHeading: 'Para',
  companyAddress:
    'Escriba aquí la dirección de la empresa para fraudes o disputas, tomada de un estado de cuenta o de su sitio oficial',
  bureauCheck: (host: string) => `Dirección: confírmela en el sitio oficial antes de enviar (${host})`,
  salutation: 'A quien corresponda:',
  closing: 'Atentamente,',
  signature: 'Firma',
  signedOn: 'Fecha de la firma',
  enclosed: 'Documentos adjuntos',
  asksHeading: 'Lo que les pido',
  encFtc: 'Una copia de mi Informe de Robo de Identidad de la FTC (de IdentityTheft.gov)',
  encId: 'Una copia de una identificación oficial con foto',
  encAddress: 'Una copia de una factura o estado de cuenta reciente con mi nombre y dirección',
  encReport: 'Una copia de mi informe de crédito con estos datos marcados, si la tengo',
  encStatements: 'Copias de cualquier estado de cuenta, factura o aviso que muestre la cuenta o los cargos',
  item: (p) =>
    [
      `${p.kind}: ${p.company}`,
      `notado el ${p.noticed}`,
      ...(p.amount ? [`monto ${p.amount}`] : []),
      ...(p.reference ? [`cuenta que termina en ${p.reference}`] : []),
    ].join('; '),
  block: {
    subject:
      'Solicitud de bloqueo de información que resultó de un robo de identidad (Ley de Informe Justo de Crédito, sección 605B, 15 U.S.C. 1681c-2)',
    body: [
      'Soy víctima de robo de identidad. Los datos de abajo están en mi expediente de crédito, o pueden estarlo pronto, porque alguien usó mi información personal sin mi permiso. Yo no abrí estas cuentas ni hice estas transacciones, ni dejé que nadie las hiciera por mí.',
      'Según la sección 605B de la Ley de Informe Justo de Crédito, les pido que bloqueen esta información en mi expediente de crédito y que avisen a cada empresa que la reportó que fue bloqueada.',
    ],
    items: 'La información que hay que bloquear',
    statement:
      'Mi declaración: la información de arriba no corresponde a ninguna transacción que yo haya hecho o autorizado.',
    after: [
      'Por favor, confírmenme el bloqueo por escrito en la dirección de arriba y envíenme una copia gratuita de mi informe de crédito cuando esté hecho.',
    ],
  },
  dispute: {
    subject: 'Disputa de una cuenta o de cargos que resultaron de un robo de identidad',
    body: [
      'Soy víctima de robo de identidad. Alguien usó mi información personal, sin mi permiso, para la cuenta o los cargos que se describen abajo. Yo no abrí la cuenta ni hice los cargos, no dejé que nadie lo hiciera por mí y no recibí nada de valor por ellos.',
    ],
    items: 'La cuenta o los cargos que disputo',
    asks: [
      'Cierren la cuenta, o quiten los cargos, y quiten los intereses o cargos adicionales que vengan de ellos.',
      'Dejen de cobrarme esta suma y no la vendan a una agencia de cobranza.',
      'Avisen a cada agencia de crédito a la que reportan que esta información es resultado de un robo de identidad, para que la borren de mi expediente.',
      'Confírmenme por escrito que no soy responsable de esta cuenta ni de estos cargos.',
    ],
    after: ['Por favor, escríbanme a la dirección de arriba.'],
  },
  records: {
    subject:
      'Solicitud de los registros de una cuenta abierta o usada mediante robo de identidad (Ley de Informe Justo de Crédito, sección 609(e), 15 U.S.C. 1681g(e))',
    body: [
      'Soy víctima de robo de identidad. Alguien abrió o usó una cuenta con su empresa a mi nombre, sin mi permiso, como se describe abajo.',
      'Según la sección 609(e) de la Ley de Informe Justo de Crédito, les pido que me envíen, sin costo, copias de la solicitud y de los registros de las transacciones que tengan de esta cuenta.',
    ],
    items: 'La cuenta',
    asks: [
      'La solicitud, y cualquier registro de ella, ya sea que se hizo por internet, por teléfono o en persona.',
      'Los estados de cuenta, y los registros de las transacciones y los pagos.',
      'Cualquier dirección postal o de entrega, teléfono o correo electrónico usado con la cuenta.',
      'Cualquier otro registro que tengan de la cuenta o de estas transacciones.',
    ],
    after: ['Por favor, envíenme los registros a la dirección de arriba.'],
  },
  alert: {
    subject: 'Solicitud de una alerta de fraude extendida',
    body: [
      'Soy víctima de robo de identidad. Les pido que pongan una alerta de fraude extendida en mi expediente de crédito. Adjunto mi informe de robo de identidad.',
    ],
    items: 'Lo que se hizo a mi nombre',
    after: ['Por favor, avísenme por escrito cuando la alerta esté puesta.'],
  },
  footer: 'Lockstep nunca pide ni guarda un número de Seguro Social. Escriba los números a mano, solo en papel.',
};
