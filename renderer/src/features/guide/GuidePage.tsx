import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { CATALOG } from '../../../../electron/shared/core/catalog';
import { BREACH_GROUPS, defaultAnswers } from '../../../../electron/shared/core/interview';
import { CARRIERS, SUBJECTS } from '../../../../electron/shared/core/catalog/types';
import { buildPlan } from '../../../../electron/shared/core/plan';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeading } from '../../components/PageHeading';
import { useAppStore } from '../../app/store';
import { ChoiceGroup } from '../interview/ChoiceGroup';
import { GuideStep } from './GuideStep';
import { GuideFinish } from './GuideFinish';

/** The fraud script's words load with the case page's, so the guide's first screen does not carry them. */
const FraudScript = lazy(() => import('../recovery/FraudScript').then((m) => ({ default: m.FraudScript })));

/** "Guide a caller": a read-aloud script, one step at a time, saved nowhere unless asked. */
export function GuidePage() {
  const { t } = useTranslation();
  const guide = useAppStore((s) => s.guide);
  const startGuide = useAppStore((s) => s.startGuide);
  const updateGuide = useAppStore((s) => s.updateGuide);
  const endGuide = useAppStore((s) => s.endGuide);
  const navigate = useAppStore((s) => s.navigate);
  const [confirmEnd, setConfirmEnd] = useState(false);
  useEffect(() => {
    if (!guide) startGuide(defaultAnswers('myself'));
  }, [guide, startGuide]);
  const steps = useMemo(() => (guide ? buildPlan(guide.answers, CATALOG).filter((i) => i.applies) : []), [guide]);
  if (!guide) return null;
  const set = (answers: Partial<typeof guide.answers>) => updateGuide({ answers: { ...guide.answers, ...answers } });

  return (
    <div className="guide">
      <p className="banner-unsaved" role="note">
        {t('guide.unsaved')}
      </p>
      <PageHeading>{t('guide.title')}</PageHeading>
      {guide.fraud ? (
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <FraudScript />
        </Suspense>
      ) : !guide.started ? (
        <>
          <p className="lead">{t('guide.intro')}</p>
          <ChoiceGroup
            legend={t('interview.breachLegend')}
            name="g-breach"
            options={BREACH_GROUPS}
            labelOf={(o) => t(`interview.breach.${o}`)}
            value={guide.answers.breach}
            onChange={(v) => set({ breach: v })}
          />
          <ChoiceGroup
            legend={t('interview.subjectLegend')}
            name="g-subject"
            options={SUBJECTS}
            labelOf={(o) => t(`interview.subject.${o}`)}
            value={guide.answers.subject}
            onChange={(v) => set({ subject: v })}
          />
          <ChoiceGroup
            legend={t('interview.carrierLegend')}
            name="g-carrier"
            options={CARRIERS}
            labelOf={(o) => t(`interview.carrier.${o}`)}
            value={guide.answers.carrier}
            onChange={(v) => set({ carrier: v })}
          />
          <button
            type="button"
            className="button button--primary"
            onClick={() => updateGuide({ started: true, index: 0 })}
          >
            {t('guide.begin', { count: steps.length })}
          </button>
          <p>
            <button type="button" className="button" onClick={() => updateGuide({ fraud: true })}>
              {t('recovery.guideFraud')}
            </button>
          </p>
        </>
      ) : guide.index < steps.length ? (
        <GuideStep item={steps[guide.index]!} index={guide.index} total={steps.length} />
      ) : (
        <GuideFinish steps={steps} />
      )}
      <div className="actions">
        <button type="button" className="button button--danger" onClick={() => setConfirmEnd(true)}>
          {t('guide.end')}
        </button>
      </div>
      <ConfirmDialog
        open={confirmEnd}
        title={t('guide.endTitle')}
        body={t('guide.endBody')}
        confirmLabel={t('guide.endConfirm')}
        cancelLabel={t('profile.cancel')}
        onConfirm={() => {
          setConfirmEnd(false);
          endGuide();
          navigate({ name: 'profiles' });
        }}
        onCancel={() => setConfirmEnd(false)}
      />
    </div>
  );
}
