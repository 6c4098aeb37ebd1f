import type { damageEn } from './damage-en';

/** Spanish beside damage-en.ts: the same keys (the type makes a missing one fail the build). */
export const damageEs: Record<keyof typeof damageEn, string> = {
  newerReadable:
    'Estos datos se guardaron con una versión más nueva de Lockstep. Puede ver su plan aquí, pero esta versión no cambiará el archivo, así que nada de lo que haga aquí se guarda. Actualice Lockstep para cambiarlo.',
  newerUnreadable:
    'Estos datos se guardaron con una versión más nueva de Lockstep (versión de datos {{version}}). Su estructura cambió de maneras que esta versión no conoce, así que no puede mostrar su plan con seguridad. El archivo quedó exactamente como estaba. Actualice Lockstep para ver y cambiar su plan.',
  vaultTitle: 'Sobre su bóveda',
  vaultRestored:
    'Lockstep encontró un problema en el archivo de la bóveda y restauró la copia de la bóveda del {{date}}. El archivo dañado se guardó, sin cambios, en {{path}}. Si cambió su frase de contraseña después de esa fecha, use la que tenía entonces.',
  vaultDamaged:
    'El archivo de la bóveda está dañado, así que Lockstep no puede leer ni contar los registros que contiene. El archivo quedó exactamente como estaba, en {{path}}.',
  vaultDamagedWhat:
    'Qué hacer: restaure una copia de la bóveda en Configuración. Si no hay ninguna, guarde una copia de ese archivo. Crear una bóveda nueva aparta el archivo dañado; nunca se borra.',
  vaultNewer:
    'La bóveda se guardó con una versión más nueva de Lockstep. Actualice Lockstep para abrirla. El archivo quedó exactamente como estaba, en {{path}}.',
  toVaultBackups: 'Abrir las copias de la bóveda en Configuración',
  vaultBackupsTitle: 'Restaurar la bóveda',
  vaultBackupsIntro:
    'Lockstep guarda una copia del archivo de la bóveda cada vez que se abre (las últimas 5). Los registros siguen cifrados: una bóveda restaurada se abre con la frase de contraseña que tenía entonces.',
  noVaultBackups: 'Todavía no hay copias de la bóveda.',
  vaultRecords_one: '{{count}} registro',
  vaultRecords_other: '{{count}} registros',
  restoreVault: 'Restaurar',
  restoreVaultFrom: 'Restaurar la copia de la bóveda del {{date}}',
  confirmVaultTitle: '¿Restaurar la copia de la bóveda del {{date}}?',
  confirmVaultBody:
    'La bóveda que tiene ahora se guarda primero: como copia si se puede leer, o apartada sin cambios si está dañada.',
  confirmVault: 'Sí, restaurar la bóveda',
  vaultRestoredDone:
    'Copia de la bóveda del {{date}} restaurada. Ábrala con la frase de contraseña que tenía entonces.',
};
