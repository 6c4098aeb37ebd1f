import type { ErrorCode } from '../../../electron/shared/contract/errors';
import type { Subject } from '../../../electron/shared/core/catalog/types';
import type { errorWordsEn } from './errors-en';

/** What each service error code says, in Spanish (same keys and placeholders as errors-en.ts). */
export const errorsEs: Record<ErrorCode, string> = {
  invalid_input: 'Lockstep no pudo usar lo que se escribió. Revise el formulario e intente de nuevo.',
  unknown_operation: 'Esta versión de Lockstep no puede hacer eso ({{operation}}). Vuelva a cargar la página.',
  bad_request: 'Lockstep rechazó una solicitud que no llegó en la forma esperada. Vuelva a cargar la página.',
  forbidden: 'Esa solicitud no vino de esta ventana de Lockstep, así que se rechazó. Vuelva a cargar la página.',
  internal: 'Algo salió mal dentro de Lockstep. Sus datos no cambiaron.',
  offline: 'Lockstep no pudo comunicarse con su servicio. ¿Sigue abierto?',
  not_allowed_url: 'Lockstep solo abre sitios web oficiales.',
  ssn_like: 'Esto parece un número de Seguro Social. Lockstep nunca lo necesita.',
  storage:
    'Lockstep no pudo guardar su cambio porque {{cause}}. Su cambio se conserva mientras Lockstep siga abierto. Libere espacio o arregle la carpeta e intente de nuevo.',
  read_only:
    'Estos datos los guardó una versión más nueva de Lockstep. Esta versión no los va a cambiar. Actualice Lockstep para seguir trabajando.',
  backup_missing: 'Esa copia de seguridad falta o está dañada. Elija otra.',
  profile_not_found: 'Ese perfil ya no existe. Puede que se haya borrado en otra ventana.',
  step_not_found: 'Esta versión de Lockstep no conoce ese paso. Vuelva a cargar la página.',
  sub_step_not_found: 'Esa parte del paso ya no existe. Vuelva a cargar la página.',
  nothing_to_undo: 'No hay nada que deshacer.',
  mailed_in_future: 'La fecha de envío no puede ser futura. Use el {{latestOn}} o un día anterior.',
  thaw_in_past: 'El levantamiento debe terminar hoy o después. Hoy es {{earliestOn}}.',
  skip_reason_required: 'Diga por qué omite este paso.',
  reminder_not_found: 'Ese recordatorio ya no existe.',
  reminders_unavailable: 'Los recordatorios no están funcionando.',
  bad_date_format: 'Use una fecha como 2027-01-15.',
  bad_time_format: 'Use una hora como 09:00.',
  year_out_of_range: 'Elija un año entre {{min}} y {{max}}.',
  no_such_date: 'Esa fecha no existe.',
  unknown_time_zone: 'Esa zona horaria no se conoce.',
  dst_gap: 'Esa hora no existe ese día porque se cambia la hora. Pruebe a las {{suggestionAt}}.',
  not_in_future: 'Elija un momento en el futuro.',
  vault_locked: 'Primero abra la bóveda.',
  vault_missing: 'Todavía no hay bóveda. Primero cree una.',
  vault_exists: 'Ya existe una bóveda. Ábrala o restablézcala primero.',
  vault_damaged: 'El archivo de la bóveda está dañado o fue modificado. Lockstep lo dejó exactamente como estaba.',
  vault_newer:
    'La bóveda la guardó una versión más nueva de Lockstep. Actualice Lockstep para abrirla. El archivo quedó exactamente como estaba.',
  wrong_passphrase: 'Esa frase no abrió la bóveda. Revísela e intente de nuevo.',
  record_not_found: 'Ese dato no está en la bóveda.',
  device_key_unavailable: 'Esta computadora no puede guardar la clave de forma segura, así que Lockstep no la recordará.',
  clipboard_unavailable: 'Lockstep no pudo usar el portapapeles. Muestre el valor y cópielo a mano.',
  import_not_lockstep: 'Este no es un archivo exportado de Lockstep.',
  import_damaged: 'Este archivo exportado está dañado. Pida una copia nueva.',
  import_newer_version: 'Este archivo lo creó una versión más nueva de Lockstep. Actualice Lockstep para importarlo.',
  import_wrong_passphrase:
    'Esa no es la frase de este archivo (la que se eligió al crearlo), o el archivo fue modificado.',
  import_kdf_refused: 'Este archivo pide ajustes de cifrado que Lockstep no usa, así que no se abrió.',
  import_needs_vault:
    'Este archivo trae datos de bóveda y esta computadora aún no tiene bóveda. Elija una frase para una bóveda nueva para importarlos.',
  import_vault_locked:
    'La bóveda de esta computadora está cerrada. Escriba la frase de esta bóveda (no la del archivo) para agregar los datos.',
  import_vault_wrong_passphrase:
    'Esa no es la frase de la bóveda de esta computadora. La frase del archivo era correcta; no se importó nada.',
  answers_missing: 'Primero responda las preguntas de este perfil.',
  reference_not_last_four:
    'Guarde aquí solo los últimos cuatro dígitos de un número de cuenta. Ponga el número completo en la bóveda.',
  long_number:
    'Esto contiene un número largo, como un número de cuenta o de tarjeta. Ponga los números completos en la bóveda, no aquí.',
  date_in_future: 'La fecha no puede ser futura. Use el {{latestOn}} o un día anterior.',
  recovery_full: 'Este caso ya tiene {{max}} elementos, el máximo que admite.',
  recovery_item_not_found: 'Ese elemento ya no está en el caso. Vuelva a cargar la página.',
  recovery_action_not_found: 'Esa acción no es parte de este elemento. Vuelva a cargar la página.',
  recovery_no_account: 'Este tipo de elemento no tiene un número de cuenta que guardar.',
  not_mailable: 'Esta acción no se envía por correo, así que no tiene fecha de envío.',
  log_full: 'Esta acción ya tiene {{max}} notas, el máximo que admite.',
  letter_not_for_item: 'Esta carta no corresponde a este elemento. Vuelva a cargar la página y use el botón de carta que aparece en el elemento.',
  letter_needs_bureau: 'Elija la agencia de crédito a la que va la carta.',
  packet_not_for_subject:
    'Los paquetes por correo son solo para un niño menor de 16 años o una persona a la que usted representa legalmente (tutela, curatela o poder notarial). Las respuestas de este perfil dicen que el plan es para {{subject}}. Si no es así, cambie primero las respuestas.',
};

export const errorWordsEs: typeof errorWordsEn = {
  storageCause: {
    disk_full: 'el disco está lleno',
    quota: 'se agotó la cuota del disco',
    permission: 'se negó el permiso',
    read_only_folder: 'la carpeta es de solo lectura',
    other: 'hubo un error del disco ({{detail}})',
  },
  subject: {
    self: 'usted mismo',
    spouse: 'su cónyuge o pareja',
    minor: 'un niño menor de 16 años',
    represented: 'una persona a la que usted representa legalmente',
    deceased: 'un familiar que falleció',
    assisted: 'un adulto al que usted ayuda sin autorización legal',
  } satisfies Record<Subject, string>,
};
