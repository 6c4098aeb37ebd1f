/**
 * The words of the page a browser-mode tab shows when it has no token, or one from an earlier
 * start. They load before (and without) i18next, so both languages live here, side by side.
 */
export const noTokenWords = {
  en: {
    title: 'Open Lockstep from the address it printed',
    why: 'This page was opened without its private key, or with one from an earlier start of Lockstep. Lockstep makes a new private address each time it starts, so that other programs on this computer cannot reach your data.',
    how: 'To get in:',
    stepPrinted:
      'Go to the window where Lockstep was started (the terminal), and open the address printed there after the word “ready”. It starts with {{origin}}/#token=',
    stepRestart: 'If that window is closed, start Lockstep again (npm start) and open the new address it prints.',
    safe: 'Your data is safe: this page did not read or change anything.',
  },
  es: {
    title: 'Abra Lockstep desde la dirección que mostró',
    why: 'Esta página se abrió sin su clave privada, o con una de un inicio anterior de Lockstep. Lockstep crea una dirección privada nueva cada vez que se inicia, para que otros programas de esta computadora no puedan llegar a sus datos.',
    how: 'Para entrar:',
    stepPrinted:
      'Vaya a la ventana donde se inició Lockstep (la terminal) y abra la dirección que aparece ahí después de la palabra “ready”. Empieza con {{origin}}/#token=',
    stepRestart:
      'Si esa ventana está cerrada, inicie Lockstep otra vez (npm start) y abra la dirección nueva que muestra.',
    safe: 'Sus datos están a salvo: esta página no leyó ni cambió nada.',
  },
} as const;
