import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { isBureau } from '../../../../electron/shared/core/bureaus';
import type { CatalogStep } from '../../../../electron/shared/core/catalog/types';
import type { StepProgress } from '../../../../electron/shared/core/checklist';
import { TRACKING_PATTERN } from '../../../../electron/shared/core/checklist';
import { useAppStore } from '../../app/store';
import { InlineForm } from '../../components/InlineForm';
import { downloadBase64 } from '../../app/download';
import { MailingFields } from '../../components/MailingFields';

/**
 * Freeze requests by mail (the step's `mail-packet` widget): the packet to print for the bureau the
 * step serves, then when it was mailed and its tracking number.
 */
export function MailingSection({
  profileId,
  step,
  progress,
}: {
  profileId: string;
  step: CatalogStep;
  progress?: StepProgress;
}) {
  const stepId = step.id;
  const { t } = useTranslation();
  const id = useId();
  const api = useAppStore((s) => s.api);
  const language = useAppStore((s) => s.language);
  const updateStep = useAppStore((s) => s.updateStep);
  const showError = useAppStore((s) => s.showError);
  const announce = useAppStore((s) => s.announce);
  const [mailedOn, setMailedOn] = useState(progress?.mailedOn ?? '');
  const [tracking, setTracking] = useState(progress?.tracking ?? '');
  const [error, setError] = useState<string | null>(null);
  const agency = step.serves?.agency;
  if (!isBureau(agency)) return null;
  const bureau = agency;

  async function packet() {
    const r = await api.documentsMailPacket({ profileId, bureau, language });
    if (!r.ok) return showError(r.error);
    downloadBase64(r.value.base64, r.value.fileName, 'application/pdf');
    announce('mailing.packetReady');
  }
  async function save(event: FormEvent) {
    event.preventDefault();
    if (!mailedOn) return setError(t('mailing.dateRequired'));
    if (!TRACKING_PATTERN.test(tracking)) return setError(t('mailing.trackingChars'));
    const problem = await updateStep(profileId, stepId, {
      kind: 'mailing',
      mailedOn,
      ...(tracking.trim() ? { tracking } : {}),
    });
    setError(problem ? problem.message : null);
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('mailing.title')}</h2>
      <p>{t('mailing.intro')}</p>
      <button type="button" className="button button--primary" onClick={() => void packet()}>
        {t('mailing.download')}
      </button>
      <InlineForm
        className="inset"
        error={error}
        onSubmit={(e) => void save(e)}
        submitLabel={t('mailing.save')}
        after={progress?.mailedOn && <p className="muted">{t('mailing.followUp')}</p>}
      >
        {(errorId) => (
          <MailingFields
            mailedOnLabel={t('mailing.mailedOn')}
            mailedOn={mailedOn}
            onMailedOn={setMailedOn}
            trackingLabel={t('mailing.tracking')}
            tracking={tracking}
            onTracking={setTracking}
            errorId={errorId}
          />
        )}
      </InlineForm>
    </section>
  );
}
