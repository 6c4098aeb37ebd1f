import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { BackupInfo } from '../../../../electron/shared/contract/storage-schemas';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeading } from '../../components/PageHeading';
import { useAppStore } from '../../app/store';
import { formatDateTime } from '../../app/text';
import { TransferSection } from './TransferSection';
import { VaultBackupsSection } from './VaultBackupsSection';
import { AboutSection } from './AboutSection';
import { DeleteAllSection } from './DeleteAllSection';

export function SettingsPage() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const backups = useAppStore((s) => s.backups);
  const dataFile = useAppStore((s) => s.dataFile);
  const loadBackups = useAppStore((s) => s.loadBackups);
  const restoreBackup = useAppStore((s) => s.restoreBackup);
  const textSize = useAppStore((s) => s.textSize);
  const setTextSize = useAppStore((s) => s.setTextSize);
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  useEffect(() => {
    void loadBackups();
  }, [loadBackups]);

  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <section className="card" aria-labelledby="reading-title">
        <h2 id="reading-title">{t('settings.readingTitle')}</h2>
        <label className="choice switch">
          <input
            type="checkbox"
            role="switch"
            checked={textSize === 'large'}
            onChange={(e) => void setTextSize(e.target.checked ? 'large' : 'normal')}
          />
          <span>{t('settings.largerText')}</span>
        </label>
      </section>
      <section className="card" aria-labelledby="backups-title">
        <h2 id="backups-title">{t('settings.backupsTitle')}</h2>
        <p>{t('settings.backupsIntro')}</p>
        {backups === null ? (
          <p>{t('app.loading')}</p>
        ) : backups.length === 0 ? (
          <p>{t('settings.noBackups')}</p>
        ) : (
          <ul className="step-list">
            {backups.map((b) => {
              const date = formatDateTime(b.createdAt, language, true);
              return (
                <li key={b.id} className="step-row">
                  <div className="step-row__main">
                    <p className="step-row__title">{date}</p>
                    <p className="muted">
                      {t('settings.summary', {
                        profiles: t('settings.profilesCount', { count: b.profiles }),
                        steps: t('settings.stepsDone', { count: b.stepsDone }),
                      })}
                    </p>
                  </div>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('settings.restoreFrom', { date })}
                    onClick={() => setChosen(b)}
                  >
                    {t('settings.restore')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <VaultBackupsSection />
      <TransferSection />
      {dataFile && (
        <section className="card" aria-labelledby="folder-title">
          <h2 id="folder-title">{t('settings.folderTitle')}</h2>
          <p className="break-path">{dataFile}</p>
        </section>
      )}
      <AboutSection />
      <DeleteAllSection />
      <ConfirmDialog
        open={chosen !== null}
        title={chosen ? t('settings.confirmTitle', { date: formatDateTime(chosen.createdAt, language, true) }) : ''}
        body={t('settings.confirmBody')}
        confirmLabel={t('settings.confirm')}
        cancelLabel={t('profile.cancel')}
        onConfirm={() => {
          const id = chosen?.id;
          setChosen(null);
          if (id) void restoreBackup(id);
        }}
        onCancel={() => setChosen(null)}
      />
    </>
  );
}
