import type { settingsEn } from './settings-en';

/** Spanish beside settings-en.ts: the same keys (the type makes a missing one fail the build). */
export const settingsEs: typeof settingsEn = {
  settings: {
    readingTitle: 'Lectura',
    largerText: 'Letra más grande',
    title: 'Configuración',
    backupsTitle: 'Restaurar una copia de seguridad',
    backupsIntro:
      'Lockstep guarda copias de sus datos: las 5 más recientes y una por día durante una semana. Antes de restaurar una, guarda una copia de lo que tiene ahora, para que pueda volver atrás.',
    noBackups:
      'Todavía no hay copias de seguridad. Lockstep hace una cada vez que se abre y cada 15 minutos mientras trabaja.',
    summary: '{{profiles}}, {{steps}}',
    profilesCount_one: '{{count}} perfil',
    profilesCount_other: '{{count}} perfiles',
    stepsDone_one: '{{count}} paso hecho',
    stepsDone_other: '{{count}} pasos hechos',
    restore: 'Restaurar',
    restoreFrom: 'Restaurar la copia del {{date}}',
    confirmTitle: '¿Restaurar la copia del {{date}}?',
    confirmBody: 'Primero se guarda una copia de sus datos actuales, así que puede deshacerlo restaurando esa copia.',
    confirm: 'Sí, restaurarla',
    restored: 'Se restauró la copia del {{date}}. Antes se guardó una copia de sus datos anteriores.',
    folderTitle: 'Dónde se guardan sus datos',
  },
  about: {
    title: 'Acerca de Lockstep',
    version: 'Versión',
    folder: 'Carpeta de datos',
    sources_one: 'De dónde sale la información ({{count}} fuente)',
    sources_other: 'De dónde sale la información ({{count}} fuentes)',
    sourcesIntro:
      'Cada paso indica sus fuentes y la fecha en que se revisaron. Si el sitio oficial dice otra cosa, confíe en el sitio oficial.',
  },
  deleteAll: {
    title: 'Borrar todos mis datos',
    body: 'Esto borra de esta computadora todos los perfiles, planes, notas, la bóveda y todas las copias de seguridad y registros. No se puede deshacer. Exporte antes si quiere una copia.',
    label: 'Para borrarlo todo, escriba {{word}}',
    button: 'Borrar todos mis datos',
    done: 'Se borraron todos sus datos de esta computadora.',
  },
};
