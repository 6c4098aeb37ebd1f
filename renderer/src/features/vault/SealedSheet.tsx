import { useEffect, useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { getStep } from '../../../../electron/shared/core/catalog';
import { PageHeading } from '../../components/PageHeading';
import { useAppStore } from '../../app/store';
import { formatDateTime, pick } from '../../app/text';

/**
 * The "sealed sheet": one profile's vault records on a page of their own, for people who want
 * paper. Values are fetched only when this page is opened on purpose, and only while unlocked.
 */
export function SealedSheet({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const vault = useAppStore((s) => s.vault);
  const profile = useAppStore((s) => s.profiles.find((p) => p.id === profileId));
  const revealed = useAppStore((s) => s.revealed);
  const reveal = useAppStore((s) => s.reveal);
  const navigate = useAppStore((s) => s.navigate);
  const records = useMemo(() => vault?.records.filter((r) => r.profileId === profileId) ?? [], [vault, profileId]);
  const unlocked = vault?.unlocked === true;
  useEffect(() => {
    if (unlocked) for (const r of records) if (revealed[r.id] === undefined) void reveal(r.id);
  }, [unlocked, records, revealed, reveal]);

  if (!profile || !unlocked) {
    return (
      <>
        <PageHeading>{t('vault.sheetTitle', { name: profile?.name ?? '' })}</PageHeading>
        <button type="button" className="button" onClick={() => navigate({ name: 'vault' })}>
          {t('vault.unlockToSave')}
        </button>
      </>
    );
  }
  return (
    <>
      <div className="no-print">
        <p className="notice" role="note">
          {t('vault.sheetWarning')}
        </p>
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('vault.print')}
          </button>
          <button type="button" className="button" onClick={() => navigate({ name: 'vault' })}>
            {t('vault.back')}
          </button>
        </div>
      </div>
      <PageHeading>{t('vault.sheetTitle', { name: profile.name })}</PageHeading>
      <p>{t('vault.sheetPrinted', { date: formatDateTime(new Date().toISOString(), language) })}</p>
      <table className="sheet">
        <thead>
          <tr>
            <th scope="col">{t('vault.sheetWho')}</th>
            <th scope="col">{t('vault.sheetWhat')}</th>
            <th scope="col">{t('vault.sheetValue')}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => {
            const step = getStep(r.stepId);
            return (
              <tr key={r.id}>
                <td>{step ? pick(step.agency, language) : r.agency}</td>
                <td>{t(`vault.kinds.${r.kind}`)}</td>
                <td>
                  <code>{revealed[r.id] ?? '…'}</code>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
