import { useTranslation } from '../../i18n/react';
import { LANGUAGES } from '../../../../electron/shared/contract/enums';
import { useAppStore } from '../../app/store';

/** Two buttons, each named in its own language, so either reader can find theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <div role="group" aria-label={t('language.label')} className="language-switch">
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="button button--small"
          aria-pressed={language === lng}
          onClick={() => void setLanguage(lng)}
        >
          {t(`language.${lng}`)}
        </button>
      ))}
    </div>
  );
}
