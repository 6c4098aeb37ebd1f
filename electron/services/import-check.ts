import { z } from 'zod';
import { profilePlanSchema } from '../shared/contract/plan-schemas';
import { recoveryCaseSchema } from '../shared/contract/recovery-schemas';
import { checkReference } from '../shared/core/recovery/case';
import { isRecoveryVaultKind, recoveryRecordLinked, RECOVERY_STEP_PREFIX } from '../shared/core/recovery/vault';
import { ApiFailure } from '../shared/contract/result';
import { profileSchema } from '../shared/contract/schemas';
import { vaultRecordMetaSchema } from '../shared/contract/vault-schemas';
import { remindersLinkOk, transferRemindersSchema } from './transfer-reminders';
import { kdfSchema } from './vault/kdf-schema';
import { deriveKey, open, type KdfParams } from './vault/vault-crypto';

/**
 * Reading an export file, with every refusal naming its cause and nothing written. The order is
 * the cost order: the header is checked (format, version, key-derivation settings) before any
 * key is derived, and the payload is checked whole (shape, own keys, unique ids, links) before
 * the import writes anything.
 */
export const EXPORT_FORMAT = 'lockstep-export';
export const EXPORT_VERSION = 1;

export const payloadSchema = z.object({
  profiles: z.array(profileSchema).max(500),
  plans: z.record(z.string(), profilePlanSchema),
  records: z.array(vaultRecordMetaSchema.extend({ value: z.string().max(2000) })).max(10_000),
  /** Recovery cases by profile (since schema v3); files made before have none. */
  recovery: z.record(z.string(), recoveryCaseSchema).default({}),
  /** The profiles' own reminders and what was done with each; files made before have none. */
  reminders: transferRemindersSchema.optional(),
});
export type Payload = z.infer<typeof payloadSchema>;

const envelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  createdAt: z.iso.datetime(),
  kdf: z.unknown(),
  data: z.object({ iv: z.string().max(64), tag: z.string().max(64), ct: z.string() }),
});

export const exportAad = (createdAt: string, kdf: KdfParams) =>
  `${EXPORT_FORMAT}:${EXPORT_VERSION}:${createdAt}:${kdf.N}:${kdf.r}:${kdf.p}:${kdf.salt}`;

const notLockstep = () => new ApiFailure('import_not_lockstep');
const damaged = () => new ApiFailure('import_damaged');

/**
 * Names that objects inherit: as an id or a key they would read (or, for `__proto__`, set)
 * something that is not the file's own, so a file that uses one is refused.
 */
const INHERITED = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype']);
export const isInheritedName = (name: string) => INHERITED.has(name);

function parseJson(text: string): unknown {
  return JSON.parse(text, function (this: unknown, key: string, value: unknown) {
    if (isInheritedName(key)) throw new Error('inherited key');
    return value;
  });
}

/** The header alone: cheap, and enough to name every cause but the passphrase. */
export function readHeader(content: string): {
  createdAt: string;
  kdf: KdfParams;
  data: z.infer<typeof envelopeSchema>['data'];
} {
  let raw: unknown;
  try {
    raw = parseJson(content);
  } catch {
    // Cut short or changed by hand: it still says what it was.
    throw content.trimStart().startsWith('{') && content.includes(`"${EXPORT_FORMAT}"`) ? damaged() : notLockstep();
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw notLockstep();
  const head = raw as Record<string, unknown>;
  if (head.format !== EXPORT_FORMAT) throw notLockstep();
  if (typeof head.version === 'number' && Number.isInteger(head.version) && head.version > EXPORT_VERSION)
    throw new ApiFailure('import_newer_version');
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) throw damaged();
  const kdf = kdfSchema.safeParse(envelope.data.kdf);
  if (!kdf.success) throw new ApiFailure('import_kdf_refused');
  return { createdAt: envelope.data.createdAt, kdf: kdf.data, data: envelope.data.data };
}

/** Checks that need the whole payload: each id once, no inherited names, every link resolving. */
export function checkLinks(payload: Payload): void {
  const profileIds = new Set<string>();
  for (const p of payload.profiles) {
    if (isInheritedName(p.id) || profileIds.has(p.id)) throw damaged();
    profileIds.add(p.id);
  }
  for (const key of Object.keys(payload.plans)) {
    if (!profileIds.has(key)) throw damaged();
  }
  for (const [key, recoveryCase] of Object.entries(payload.recovery)) {
    if (!profileIds.has(key)) throw damaged();
    const itemIds = new Set<string>();
    for (const item of recoveryCase.items) {
      // Each item once, and no reference this version would refuse to keep (a full account number).
      if (itemIds.has(item.id) || (item.reference && checkReference(item.reference))) throw damaged();
      itemIds.add(item.id);
    }
  }
  if (payload.reminders && !remindersLinkOk(payload.reminders, profileIds)) throw damaged();
  const recordIds = new Set<string>();
  for (const r of payload.records) {
    if (isInheritedName(r.id) || recordIds.has(r.id) || !profileIds.has(r.profileId)) throw damaged();
    // A recovery case's number links to its case (an account number, to its item); a step's
    // record never sits under a recovery pseudo-step.
    const recovery = isRecoveryVaultKind(r.kind);
    if (recovery !== r.stepId.startsWith(RECOVERY_STEP_PREFIX)) throw damaged();
    if (isRecoveryVaultKind(r.kind) && !recoveryRecordLinked(r.kind, r.stepId, payload.recovery[r.profileId]))
      throw damaged();
    recordIds.add(r.id);
  }
}

/** Header, key, then payload; throws an ApiFailure naming the cause. */
export async function decryptExport(
  content: string,
  passphrase: string,
): Promise<{ payload: Payload; createdAt: string }> {
  const { createdAt, kdf, data } = readHeader(content);
  const key = await deriveKey(passphrase, kdf).catch(() => {
    throw new ApiFailure('import_kdf_refused');
  });
  let plain: Buffer;
  try {
    plain = open(key, data, exportAad(createdAt, kdf));
  } catch {
    // GCM cannot tell a wrong passphrase from a changed file; the words say both.
    throw new ApiFailure('import_wrong_passphrase');
  } finally {
    key.fill(0);
  }
  let parsed: ReturnType<typeof payloadSchema.safeParse>;
  try {
    parsed = payloadSchema.safeParse(parseJson(plain.toString('utf8')));
  } catch {
    throw damaged();
  }
  if (!parsed.success) throw damaged();
  checkLinks(parsed.data);
  return { payload: parsed.data, createdAt };
}
