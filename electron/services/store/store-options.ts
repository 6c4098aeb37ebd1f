import { z } from 'zod';
import { dataSchema, emptyData, type StoredData } from './data-schema';
import { deserializeSealed, serializeSealed } from './integrity';

export const DATA_FILE_BASENAME = 'lockstep';
export const DATA_FILE_MODE = 0o600;

/**
 * The one options object both backends are built from (conf in browser mode, electron-store in
 * Electron). `clearInvalidConfig` is deliberately absent: a bad file must never be wiped silently.
 */
export function buildStoreOptions(dataDir: string) {
  // Input shape: fields with a default (reminders) may be missing from an older v2 file.
  const json = z.toJSONSchema(dataSchema, { target: 'draft-2020-12', io: 'input' }) as {
    properties: Record<string, object>;
    required: string[];
  };
  return {
    cwd: dataDir,
    configName: DATA_FILE_BASENAME,
    configFileMode: DATA_FILE_MODE,
    schema: json.properties,
    rootSchema: { required: json.required, additionalProperties: false },
    defaults: emptyData(),
    watch: false,
    // Every save carries the checksum; a file that fails it never reaches the app as data.
    serialize: serializeSealed,
    deserialize: deserializeSealed,
  } as const satisfies Record<string, unknown> & { defaults: StoredData };
}

export type StoreOptions = ReturnType<typeof buildStoreOptions>;
