import { z } from 'zod';
import { BUREAUS } from '../core/bureaus';
import { BUREAU_LETTERS, LETTER_KINDS } from '../core/recovery/letters/types';
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
  /** A recovery letter for one item: to one bureau (§605B block, extended alert) or to the item's company. */
  'documents:recoveryLetter': {
    input: z
      .strictObject({
        profileId: idSchema,
        itemId: idSchema,
        kind: z.enum(LETTER_KINDS),
        bureau: z.enum(BUREAUS).optional(),
        language: languageSchema,
      })
      .refine((i) => BUREAU_LETTERS.includes(i.kind) === (i.bureau !== undefined), {
        message: 'A bureau letter names one bureau; a letter to the company names none',
        path: ['bureau'],
      }),
    output: documentFileSchema,
  },
  /** The recovery case summary: items, actions and a dated timeline; no vault secrets. */
  'documents:caseSummary': {
    input: z.strictObject({ profileId: idSchema, language: languageSchema }),
    output: documentFileSchema,
  },
} as const;

export type DocumentFile = z.infer<typeof documentFileSchema>;
export type Bureau = z.infer<(typeof documentOps)['documents:mailPacket']['input']>['bureau'];
