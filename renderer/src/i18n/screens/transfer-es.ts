import type { transferEn } from './transfer-en';

/** Spanish beside transfer-en.ts: the same keys (the type makes a missing one fail the build). */
export const transferEs: typeof transferEn = {
  transfer: {
    exportTitle: 'Exportar para quien le ayuda',
    exportIntro:
      'Cree un archivo cifrado con los perfiles elegidos, sus planes y los datos de su bóveda, para dárselo a quien le ayuda. Dígale la frase del archivo por otro medio.',
    whichProfiles: '¿Qué perfiles?',
    chooseOne: 'Elija al menos un perfil.',
    filePassphrase: 'Frase de contraseña del archivo',
    filePassphraseHint: 'Al menos 8 caracteres. Quien tenga el archivo y esta frase puede leerlo.',
    filePassphraseAgain: 'Repita la frase del archivo',
    filePassphraseImportHint: 'La frase que se eligió al crear el archivo.',
    export: 'Crear el archivo',
    exported: 'Exportación guardada como {{file}}.',
    unlockFirst: 'Primero abra su bóveda, para incluir sus datos.',
    importTitle: 'Importar de quien le ayuda',
    importIntro:
      'Abra un archivo exportado de Lockstep. Lockstep le muestra qué va a agregar o reemplazar antes de cambiar nada.',
    file: 'Archivo exportado',
    chooseFile: 'Primero elija un archivo.',
    check: 'Revisar el archivo',
    previewTitle: 'Este archivo se creó el {{date}}. Al importarlo se va a:',
    willAdd: 'agregar el perfil {{name}}',
    willReplace: 'reemplazar el perfil {{name}} en esta computadora',
    records_one: 'agregar {{count}} dato a la bóveda',
    records_other: 'agregar {{count}} datos a la bóveda',
    apply: 'Importar ahora',
    imported: 'Importado: {{added}} agregados, {{replaced}} reemplazados.',
    importedNewVault: 'Bóveda creada y abierta. Importado: {{added}} agregados, {{replaced}} reemplazados.',
    newVaultTitle: 'Una bóveda para esta computadora',
    newVaultIntro_one:
      'Este archivo trae {{count}} dato de bóveda, y esta computadora aún no tiene bóveda. Elija aquí una frase para una bóveda nueva: Lockstep la crea y agrega el dato de una vez.',
    newVaultIntro_other:
      'Este archivo trae {{count}} datos de bóveda, y esta computadora aún no tiene bóveda. Elija aquí una frase para una bóveda nueva: Lockstep la crea y agrega los datos de una vez.',
    newVaultPassphrase: 'Frase de la bóveda nueva',
    newVaultHint: 'Al menos {{min}} caracteres. Esta es suya, para esta computadora; no tiene que ser la del archivo.',
    newVaultAgain: 'Repita la frase de la bóveda nueva',
    createAndImport: 'Crear la bóveda e importar',
    vaultPassphrase: 'Frase de la bóveda de esta computadora',
    vaultPassphraseHint: 'Su bóveda aquí está cerrada. Escriba su frase (no la del archivo) para agregar los datos.',
    typeVaultPass: 'Escriba la frase de la bóveda de esta computadora.',
    unlockAndImport: 'Abrir la bóveda e importar',
    vaultDamaged:
      'La bóveda de esta computadora está dañada, así que no se le pueden agregar los datos del archivo. Abra la página de la bóveda para ver qué hacer, y luego importe de nuevo.',
  },
};
