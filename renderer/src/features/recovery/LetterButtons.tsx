import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { BUREAUS, BUREAU_NAMES, type Bureau } from '../../../../electron/shared/core/bureaus';
import { BUREAU_LETTERS, letterForAction } from '../../../../electron/shared/core/recovery/letters/types';
import type { ActionKind } from '../../../../electron/shared/core/recovery/types';
import { downloadBase64 } from '../../app/download';
import { useAppStore } from '../../app/store';

/**
 * "Make the letter (PDF)" on an action a letter carries out: one button per bureau for a bureau
 * letter, one for the company otherwise. The host fills the letter from the case; nothing is saved.
 */
export function LetterButtons({
  profileId,
  itemId,
  action,
  title,
}: {
  profileId: string;
  itemId: string;
  action: ActionKind;
  title: string;
}) {
  const { t } = useTranslation();
  const api = useAppStore((s) => s.api);
  const language = useAppStore((s) => s.language);
  const showError = useAppStore((s) => s.showError);
  const announce = useAppStore((s) => s.announce);
  const [busy, setBusy] = useState<Bureau | 'company' | null>(null);
  const kind = letterForAction(action);
  if (!kind) return null;
  const targets: (Bureau | undefined)[] = BUREAU_LETTERS.includes(kind) ? [...BUREAUS] : [undefined];

  async function make(bureau: Bureau | undefined) {
    if (busy || !kind) return;
    setBusy(bureau ?? 'company');
    try {
      const r = await api.documentsRecoveryLetter({ profileId, itemId, kind, language, ...(bureau ? { bureau } : {}) });
      if (!r.ok) return showError(r.error);
      downloadBase64(r.value.base64, r.value.fileName, 'application/pdf');
      announce('recovery.letterReady');
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="actions" role="group" aria-label={t('recovery.lettersFor', { action: title })}>
      {targets.map((bureau) => {
        const mine = busy === (bureau ?? 'company');
        const visible = mine
          ? t('recovery.letterBusy')
          : bureau
            ? t('recovery.letterTo', { to: BUREAU_NAMES[bureau] })
            : t('recovery.letter');
        return (
          <button
            key={bureau ?? 'company'}
            type="button"
            className="button"
            aria-busy={mine || undefined}
            aria-disabled={busy !== null || undefined}
            aria-label={`${visible}: ${title}`}
            onClick={() => void make(bureau)}
          >
            {visible}
          </button>
        );
      })}
    </div>
  );
}
