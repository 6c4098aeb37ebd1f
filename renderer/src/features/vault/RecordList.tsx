import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { VaultRecordMeta } from '../../../../electron/shared/contract/vault-schemas';
import { getStep } from '../../../../electron/shared/core/catalog';
import { useAppStore } from '../../app/store';
import { formatDateTime, pick } from '../../app/text';

/** The records of one profile: what each is for, with Reveal, Copy and Delete. */
export function RecordList({ records }: { records: VaultRecordMeta[] }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const revealed = useAppStore((s) => s.revealed);
  const reveal = useAppStore((s) => s.reveal);
  const hide = useAppStore((s) => s.hide);
  const copy = useAppStore((s) => s.copy);
  const deleteRecord = useAppStore((s) => s.deleteRecord);
  const [deleting, setDeleting] = useState<{ id: string; what: string } | null>(null);
  return (
    <>
      <ConfirmDialog
        open={deleting !== null}
        title={t('vault.deleteTitle', { what: deleting?.what ?? '' })}
        body={t('vault.deleteBody')}
        confirmLabel={t('vault.deleteConfirm')}
        cancelLabel={t('profile.cancel')}
        onConfirm={() => {
          if (deleting) void deleteRecord(deleting.id);
          setDeleting(null);
        }}
        onCancel={() => setDeleting(null)}
      />
      <ul className="step-list">
        {records.map((r) => {
          const step = getStep(r.stepId);
          const agency = step ? pick(step.agency, language) : r.agency;
          const title = `${t(`vault.kinds.${r.kind}`)} · ${agency}`;
          // Inside a sentence ("Delete the freeze PIN or password for Experian?") the kind is lower case.
          const what = t('vault.recordFor', { what: t(`vault.kindsInline.${r.kind}`), agency });
          const shown = revealed[r.id];
          return (
            <li key={r.id} className="step-row vault-row">
              <div className="step-row__main">
                <p className="step-row__title">{title}</p>
                <p className="muted">{t('vault.changedOn', { date: formatDateTime(r.updatedAt, language) })}</p>
                <p className="secret" aria-live="polite">
                  {shown !== undefined ? <code>{shown}</code> : <span aria-hidden="true">••••••</span>}
                </p>
              </div>
              <div className="actions actions--tight">
                {shown !== undefined ? (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('vault.hideWhat', { what })}
                    onClick={() => hide(r.id)}
                  >
                    {t('vault.hide')}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('vault.revealWhat', { what })}
                    onClick={() => void reveal(r.id)}
                  >
                    {t('vault.reveal')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('vault.copyWhat', { what })}
                  onClick={() => void copy(r.id)}
                >
                  {t('vault.copy')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('vault.deleteWhat', { what })}
                  onClick={() => setDeleting({ id: r.id, what })}
                >
                  {t('vault.delete')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
