/**
 * The operation names, with no runtime dependency, so the preload and the renderer can use them
 * without pulling zod in. `operations.ts` must define exactly these (checked by `satisfies`).
 */
export const OPERATION_NAMES = [
  'app:info',
  'settings:get',
  'settings:update',
  'profiles:list',
  'profiles:create',
  'profiles:rename',
  'profiles:delete',
  'profiles:summaries',
  'links:open',
  'app:deleteAllData',
  'plan:get',
  'plan:saveAnswers',
  'checklist:update',
  'checklist:undo',
  'app:status',
  'storage:retry',
  'backups:list',
  'backups:restore',
  'vault:status',
  'vault:create',
  'vault:unlock',
  'vault:lock',
  'vault:addRecord',
  'vault:updateRecord',
  'vault:deleteRecord',
  'vault:reveal',
  'vault:copy',
  'vault:changePassphrase',
  'vault:reset',
  'vault:setRemember',
  'vault:setAutoLock',
  'vault:backups',
  'vault:restoreBackup',
  'export:create',
  'import:preview',
  'import:apply',
  'documents:mailPacket',
  'documents:planPdf',
  'documents:recoveryLetter',
  'documents:caseSummary',
  'reminders:list',
  'reminders:act',
  'reminders:addCustom',
  'reminders:updateSettings',
  'reminders:ics',
  'recovery:get',
  'recovery:addItem',
  'recovery:updateAction',
  'recovery:removeItem',
  'recovery:saveToVault',
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

type CamelOp<N extends string> = N extends `${infer D}:${infer V}` ? `${D}${Capitalize<V>}` : never;
export type MethodName<N extends OperationName = OperationName> = CamelOp<N>;

/** 'profiles:create' -> 'profilesCreate' */
export function methodName<N extends OperationName>(op: N): MethodName<N> {
  const [domain, verb] = op.split(':') as [string, string];
  return `${domain}${verb.charAt(0).toUpperCase()}${verb.slice(1)}` as MethodName<N>;
}

export function isOperationName(value: unknown): value is OperationName {
  return typeof value === 'string' && (OPERATION_NAMES as readonly string[]).includes(value);
}
