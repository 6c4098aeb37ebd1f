import { z } from 'zod';
import { BUREAUS } from '../core/bureaus';
import { idSchema, languageSchema } from './schemas';

export { BUREAUS };

/** A generated PDF: a suggested file name and the bytes, base64 so both hosts can carry it as JSON. */
export const documentFileSchema = z.object({
  fileName: z.string().regex(/^[a-z0-9-]{1,100}\.pdf$/, 'Not a document file name'),
  base64: z.base64(),
});

export const documentOps = {
  'documents:mailPacket': {
    input: z.strictObject({ profileId: idSchema, bureau: z.enum(BUREAUS), language: languageSchema }),
    output: documentFileSchema,
  },
  'documents:planPdf': {
    input: z.strictObject({ profileId: idSchema, language: languageSchema }),
    output: documentFileSchema,
  },
} as const;

export type DocumentFile = z.infer<typeof documentFileSchema>;
export type Bureau = z.infer<(typeof documentOps)['documents:mailPacket']['input']>['bureau'];
