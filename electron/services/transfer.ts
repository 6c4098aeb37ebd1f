import { z } from 'zod';
import { profilePlanSchema } from '../shared/contract/plan-schemas';
import { ApiFailure } from '../shared/contract/result';
import { profileSchema } from '../shared/contract/schemas';
import { vaultRecordMetaSchema } from '../shared/contract/vault-schemas';
import type { ImportPreview } from '../shared/contract/transfer-schemas';
import type { DataStore } from './store/data-store';
import { DEFAULT_KDF, deriveKey, newSalt, open, seal, type KdfParams } from './vault/vault-crypto';
import type { Vault } from './vault/vault-service';

const FORMAT = 'lockstep-export';
const VERSION = 1;

const payloadSchema = z.object({
  profiles: z.array(profileSchema).max(500),
  plans: z.record(z.string(), profilePlanSchema),
  records: z.array(vaultRecordMetaSchema.extend({ value: z.string().max(2000) })).max(10_000),
});
type Payload = z.infer<typeof payloadSchema>;

const envelopeSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  createdAt: z.iso.datetime(),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 14)
      .max(2 ** 20),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    maxmem: z
      .number()
      .int()
      .max(1024 * 1024 * 1024),
    salt: z.string().max(64),
  }),
  data: z.object({ iv: z.string().max(64), tag: z.string().max(64), ct: z.string() }),
});

const aad = (createdAt: string, kdf: KdfParams) =>
  `${FORMAT}:${VERSION}:${createdAt}:${kdf.N}:${kdf.r}:${kdf.p}:${kdf.salt}`;
const notAnExport = () => new ApiFailure('invalid_input', 'This is not a Lockstep export file, or it is damaged.');

/** Encrypted export and import of profiles with their plans and vault records, for a helper. */
export function createTransfer(deps: {
  store: DataStore;
  vault: Vault;
  now: () => Date;
  kdf?: Omit<KdfParams, 'salt'>;
}) {
  async function decrypt(content: string, passphrase: string): Promise<{ payload: Payload; createdAt: string }> {
    let envelope: z.infer<typeof envelopeSchema>;
    try {
      envelope = envelopeSchema.parse(JSON.parse(content));
    } catch {
      throw notAnExport();
    }
    const key = await deriveKey(passphrase, envelope.kdf);
    let plain: Buffer;
    try {
      plain = open(key, envelope.data, aad(envelope.createdAt, envelope.kdf));
    } catch {
      throw new ApiFailure('wrong_passphrase', 'That passphrase does not open this file, or the file was changed.');
    } finally {
      key.fill(0);
    }
    const parsed = payloadSchema.safeParse(JSON.parse(plain.toString('utf8')));
    if (!parsed.success) throw notAnExport();
    return { payload: parsed.data, createdAt: envelope.createdAt };
  }

  function preview(payload: Payload, createdAt: string): ImportPreview {
    const existing = new Set(deps.store.read().profiles.map((p) => p.id));
    return {
      createdAt,
      profiles: payload.profiles.map((p) => ({
        id: p.id,
        name: p.name,
        action: existing.has(p.id) ? 'replace' : 'add',
      })),
      records: payload.records.length,
    };
  }

  return {
    async create(profileIds: readonly string[], passphrase: string) {
      const data = deps.store.read();
      const profiles = data.profiles.filter((p) => profileIds.includes(p.id));
      if (profiles.length !== profileIds.length)
        throw new ApiFailure('not_found', 'One of those profiles no longer exists.');
      const ids = profiles.map((p) => p.id);
      // Needs the vault unlocked when these profiles have records: an export includes them.
      const records = deps.vault.exportRecords(ids);
      const payload: Payload = {
        profiles,
        plans: Object.fromEntries(ids.filter((id) => data.plans[id]).map((id) => [id, data.plans[id]!])),
        records,
      };
      const createdAt = deps.now().toISOString();
      const kdf: KdfParams = { ...(deps.kdf ?? DEFAULT_KDF), salt: newSalt() };
      const key = await deriveKey(passphrase, kdf);
      const sealed = seal(key, Buffer.from(JSON.stringify(payload), 'utf8'), aad(createdAt, kdf));
      key.fill(0);
      const content = JSON.stringify({ format: FORMAT, version: VERSION, createdAt, kdf, data: sealed });
      return { fileName: `lockstep-export-${createdAt.slice(0, 10)}.lockstep`, content };
    },
    async preview(content: string, passphrase: string) {
      const { payload, createdAt } = await decrypt(content, passphrase);
      return preview(payload, createdAt);
    },
    async apply(content: string, passphrase: string) {
      const { payload, createdAt } = await decrypt(content, passphrase);
      const summary = preview(payload, createdAt);
      const replacing = summary.profiles.filter((p) => p.action === 'replace').map((p) => p.id);
      // Records first: if the vault is locked this fails before anything is written.
      if (payload.records.length > 0 && !deps.vault.status().unlocked) {
        throw new ApiFailure(
          'vault_locked',
          'Unlock (or create) your vault first, so the records in this file can be added.',
        );
      }
      deps.vault.importRecords(payload.records, replacing);
      await deps.store.update((data) => {
        const incoming = new Map(payload.profiles.map((p) => [p.id, p]));
        const profiles = [...data.profiles.filter((p) => !incoming.has(p.id)), ...payload.profiles];
        const plans = { ...data.plans };
        for (const p of payload.profiles) {
          const plan = payload.plans[p.id];
          if (plan) plans[p.id] = plan;
          else delete plans[p.id];
        }
        return { data: { ...data, profiles, plans }, result: undefined };
      });
      return {
        added: summary.profiles.length - replacing.length,
        replaced: replacing.length,
        records: payload.records.length,
      };
    },
  };
}
