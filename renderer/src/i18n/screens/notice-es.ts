import type { noticeEn } from './notice-en';
import { damageEs } from '../damage-es';

/** Spanish beside notice-en.ts: the same keys (the type makes a missing one fail the build). */
export const noticeEs: typeof noticeEn = {
  startup: {
    title: 'Sobre sus datos guardados',
    restored:
      'Lockstep encontró un problema en sus datos guardados y restauró la copia de seguridad del {{date}}. El archivo dañado se conservó, sin cambios, en {{path}}.',
    restoredMissing: 'Lockstep no encontró sus datos guardados, así que restauró la copia de seguridad del {{date}}.',
    corruptEmpty:
      'Lockstep encontró un problema en sus datos guardados y no pudo usar ninguna copia de seguridad, así que empezó de cero. El archivo dañado se conservó, sin cambios, en {{path}}.',
    newer:
      'Estos datos los guardó una versión más nueva de Lockstep. Esta versión no los cambiará, así que nada de lo que haga aquí se guarda. Actualice Lockstep.',
    dismiss: 'Entendido',
  },
  damage: damageEs,
};
