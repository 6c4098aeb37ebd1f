import type { damageEn } from './damage-en';

/** Spanish beside damage-en.ts: the same keys (the type makes a missing one fail the build). */
export const damageEs: Record<keyof typeof damageEn, string> = {
  newerReadable:
    'Estos datos se guardaron con una versión más nueva de Lockstep. Puede ver su plan aquí, pero esta versión no cambiará el archivo, así que nada de lo que haga aquí se guarda. Actualice Lockstep para cambiarlo.',
  newerUnreadable:
    'Estos datos se guardaron con una versión más nueva de Lockstep (versión de datos {{version}}). Su estructura cambió de maneras que esta versión no conoce, así que no puede mostrar su plan con seguridad. El archivo quedó exactamente como estaba. Actualice Lockstep para ver y cambiar su plan.',
  vaultTitle: 'Sobre su caja fuerte',
  vaultRestored:
    'Lockstep encontró un problema en el archivo de la caja fuerte y restauró la copia de la caja fuerte del {{date}}. El archivo dañado se guardó, sin cambios, en {{path}}. Si cambió su frase de contraseña después de esa fecha, use la que tenía entonces.',
  vaultDamaged:
    'El archivo de la caja fuerte está dañado, así que Lockstep no puede leer ni contar los registros que contiene. El archivo quedó exactamente como estaba, en {{path}}.',
  vaultDamagedWhat:
    'Qué hacer: restaure una copia de la caja fuerte en Configuración. Si no hay ninguna, guarde una copia de ese archivo. Crear una caja fuerte nueva aparta el archivo dañado; nunca se borra.',
  vaultNewer:
    'La caja fuerte se guardó con una versión más nueva de Lockstep. Actualice Lockstep para abrirla. El archivo quedó exactamente como estaba, en {{path}}.',
  toVaultBackups: 'Abrir las copias de la caja fuerte en Configuración',
  vaultBackupsTitle: 'Restaurar la caja fuerte',
  vaultBackupsIntro:
    'Lockstep guarda una copia del archivo de la caja fuerte cada vez que se abre (las últimas 5). Los registros siguen cifrados: una caja fuerte restaurada se abre con la frase de contraseña que tenía entonces.',
  noVaultBackups: 'Todavía no hay copias de la caja fuerte.',
  vaultRecords_one: '{{count}} registro',
  vaultRecords_other: '{{count}} registros',
  restoreVault: 'Restaurar',
  restoreVaultFrom: 'Restaurar la copia de la caja fuerte del {{date}}',
  confirmVaultTitle: '¿Restaurar la copia de la caja fuerte del {{date}}?',
  confirmVaultBody:
    'La caja fuerte que tiene ahora se guarda primero: como copia si se puede leer, o apartada sin cambios si está dañada.',
  confirmVault: 'Sí, restaurar la caja fuerte',
  vaultRestoredDone:
    'Copia de la caja fuerte del {{date}} restaurada. Ábrala con la frase de contraseña que tenía entonces.',
};
