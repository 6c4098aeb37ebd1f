import { useTranslation } from '../i18n/react';
import { useAppStore } from './store';

/** The polite status line ("Saved") and the error banner, both read out by screen readers. */
export function Notices() {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.status);
  const error = useAppStore((s) => s.error);
  const clearError = useAppStore((s) => s.clearError);
  const retrySave = useAppStore((s) => s.retrySave);
  // The words come from the error's code (app/errors.ts), in the language shown now.
  const errorText = error?.message;
  return (
    <>
      <p role="status" className="status" key={status?.seq}>
        {status ? t(status.key, status.params) : ''}
      </p>
      {errorText && (
        <div role="alert" className="alert">
          <p>{errorText}</p>
          <div className="actions">
            {error?.code === 'storage' && (
              <button type="button" className="button button--small" onClick={() => void retrySave()}>
                {t('errors.retry')}
              </button>
            )}
            <button type="button" className="button button--small" onClick={clearError}>
              {t('errors.dismiss')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
