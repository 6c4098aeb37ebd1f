import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { PageHeading } from '../../components/PageHeading';
import { downloadBase64 } from '../../app/download';
import { useAppStore } from '../../app/store';
import { AddItemForm } from './AddItemForm';
import { ItemCard } from './ItemCard';
import { useRecoveryStrings } from './strings';
import { useRecoveryCase } from './use-recovery-case';

/**
 * "Someone used my details": the profile's recovery case. The case lives in the services; this page
 * keeps only the copy the last call returned.
 */
export function RecoveryPage({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const api = useAppStore((s) => s.api);
  const navigate = useAppStore((s) => s.navigate);
  const profile = useAppStore((s) => s.profiles.find((p) => p.id === profileId));
  const { recoveryCase, setCase, loadError } = useRecoveryCase(profileId);
  const wordsReady = useRecoveryStrings();
  const language = useAppStore((s) => s.language);
  const showError = useAppStore((s) => s.showError);
  const announce = useAppStore((s) => s.announce);
  const [summaryBusy, setSummaryBusy] = useState(false);

  async function summaryPdf() {
    if (summaryBusy) return;
    setSummaryBusy(true);
    try {
      const r = await api.documentsCaseSummary({ profileId, language });
      if (!r.ok) return showError(r.error);
      downloadBase64(r.value.base64, r.value.fileName, 'application/pdf');
      announce('recovery.summaryReady');
    } finally {
      setSummaryBusy(false);
    }
  }

  const items = recoveryCase?.items ?? [];
  if (!wordsReady) return <p>{t('app.loading')}</p>;
  return (
    <>
      <button type="button" className="link-button" onClick={() => navigate({ name: 'profile', id: profileId })}>
        ← {t('recovery.back')}
      </button>
      <PageHeading>{t('recovery.title', { name: profile?.name ?? '' })}</PageHeading>
      <p className="lead">{t('recovery.intro')}</p>
      <p className="muted">{t('recovery.vaultNote')}</p>
      {loadError && (
        <p className="field__error" role="alert">
          {t('recovery.loadFailed')} {loadError}
        </p>
      )}
      <div className="actions no-print">
        <button
          type="button"
          className="button"
          aria-busy={summaryBusy || undefined}
          aria-disabled={summaryBusy || undefined}
          onClick={() => void summaryPdf()}
        >
          {t(summaryBusy ? 'recovery.summaryBusy' : 'recovery.summaryPdf')}
        </button>
        <button type="button" className="button" onClick={() => navigate({ name: 'recoveryPrint', id: profileId })}>
          {t('recovery.summaryPrint')}
        </button>
      </div>
      <AddItemForm profileId={profileId} onAdded={setCase} />
      <section aria-labelledby="recovery-items-title">
        <h2 id="recovery-items-title" tabIndex={-1}>
          {t('recovery.itemsTitle')}
        </h2>
        {recoveryCase !== undefined && items.length === 0 && <p className="muted">{t('recovery.empty')}</p>}
        {items.map((item) => (
          <ItemCard key={item.id} profileId={profileId} item={item} onChange={setCase} />
        ))}
      </section>
    </>
  );
}
