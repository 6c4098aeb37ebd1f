/** Los niveles del plan y el paso de un paso a otro, aparte para que es.ts siga legible. */
export const tiersEs = {
  first: { title: 'Haga esto primero', intro: 'Esto es lo que más protege. Quedan unos {{minutes}} minutos en total.' },
  week: { title: 'Esta semana', intro: 'Conviene hacerlo pronto, después de lo primero.' },
  'when-you-can': { title: 'Cuando pueda', intro: 'Protección adicional que poca gente necesita de inmediato.' },
  yearly: { title: 'Cada año', intro: 'Esto se repite cada año; Lockstep se lo recuerda.' },
  progress: '{{done}} de {{total}} hechos',
  minutesLeft: 'quedan unos {{minutes}} minutos',
};

/** El mensaje después de anotar un paso en su página, y el final de un nivel. */
export const walkEs = {
  recorded: {
    done: '{{step}}: marcado como hecho.',
    skipped: '{{step}}: dejado para después.',
    not_applicable: '{{step}}: marcado como que no le corresponde.',
  },
  undo: {
    done: 'Deshacer: {{step}} marcado como hecho',
    skipped: 'Deshacer: {{step}} dejado para después',
    not_applicable: 'Deshacer: {{step}} marcado como que no corresponde',
  },
  nextIn: 'Lo siguiente en "{{tier}}"',
  next: 'Ir al paso siguiente: {{step}}',
  finishedTitle: 'Terminó "{{tier}}"',
  protectedNow: 'Ya está hecho:',
  nothingDone:
    'Todavía no hay ningún paso de esta parte marcado como hecho; los que dejó para después esperan en el plan.',
  comingNext: 'Lo siguiente: "{{tier}}", unos {{minutes}} minutos en total.',
  startNext: 'Empezar: {{step}}',
  allFinished: 'No queda nada pendiente en su plan. Lockstep le recordará lo que se repite.',
  nowAt: 'Ahora: {{step}}, paso {{n}} de {{total}} de "{{tier}}".',
  waiting: {
    line: 'Enviado por correo el {{mailed}}, respuesta esperada a más tardar el {{expected}}',
    estimate:
      'Esa fecha es un cálculo de Lockstep: {{days}} días después del envío, para dar tiempo al correo de ida y de vuelta. El plazo de la agencia empieza cuando recibe su carta; verifíquelo en el sitio oficial. Ese día le llega un recordatorio si no ha recibido respuesta.',
    count: '{{count}} esperando respuesta',
  },
};
