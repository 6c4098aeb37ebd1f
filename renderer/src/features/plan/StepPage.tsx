import { useTranslation } from '../../i18n/react';
import { getStep } from '../../../../electron/shared/core/catalog';
import { PageHeading } from '../../components/PageHeading';
import { useAppStore } from '../../app/store';
import { pick } from '../../app/text';
import { NoteEditor } from './NoteEditor';
import { StepWidgets } from './StepWidgets';
import { StepReminderForm } from '../reminders/StepReminderForm';
import { SourceLine } from './SourceLine';
import { StatusControls } from './StatusControls';
import { StepDetails } from './StepDetails';
import { WalkNotice } from './WalkNotice';
import { LandedNotice } from './LandedNotice';
import { useWalkOn } from './use-walk-on';
import { SubSteps } from './SubSteps';
import { usePlan } from './use-plan';
import { StepVaultRecords } from '../vault/StepVaultRecords';

export function StepPage({ profileId, stepId }: { profileId: string; stepId: string }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const navigate = useAppStore((s) => s.navigate);
  const profile = useAppStore((s) => s.profiles.find((p) => p.id === profileId));
  const { loaded, plan, items, checklist } = usePlan(profileId);
  const step = getStep(stepId);
  const walk = useAppStore((s) => s.walk);
  const walkOn = useWalkOn(profileId, stepId);
  const back = () => navigate({ name: 'profile', id: profileId });

  if (!profile || !step) {
    return (
      <>
        <PageHeading>{profile ? t('step.notFound') : t('profile.notFound')}</PageHeading>
        <button type="button" className="button" onClick={() => navigate({ name: 'profiles' })}>
          {t('profile.back')}
        </button>
      </>
    );
  }
  if (!loaded) return <p>{t('app.loading')}</p>;
  const progress = checklist[stepId];
  const notes = items?.find((i) => i.step.id === stepId)?.notes ?? [];

  return (
    <>
      <button type="button" className="link-button" onClick={back}>
        ← {t('step.back')} ({profile.name})
      </button>
      <PageHeading>{pick(step.title, language)}</PageHeading>
      <p className="muted">
        {t('step.agency', { agency: pick(step.agency, language) })} · {t('plan.minutes', { count: step.minutes })}
      </p>
      <p className="lead">{pick(step.why, language)}</p>
      {notes.map((note) => (
        <p key={note} className="notice">
          {t(`notes.${note}`)}
        </p>
      ))}
      {plan && items && <WalkNotice profileId={profileId} stepId={stepId} items={items} plan={plan} />}
      {/* The action leads: where to go and what to have ready, then the progress buttons, all in
          the first screen; the sub-steps, the mailing address, the note and the sources follow. */}
      <StepDetails step={step} part="lead" />
      <StatusControls
        profileId={profileId}
        step={step}
        onRecorded={walkOn}
        notice={
          plan &&
          items &&
          walk?.profileId === profileId &&
          walk.landedOn === stepId && <LandedNotice walk={walk} stepId={stepId} items={items} plan={plan} />
        }
        {...(progress ? { progress } : {})}
      />
      <StepWidgets profileId={profileId} step={step} slot="before-sub-steps" {...(progress ? { progress } : {})} />
      <SubSteps profileId={profileId} step={step} {...(progress ? { progress } : {})} />
      <StepDetails step={step} part="more" />
      <section className="card" aria-labelledby="confirm-title">
        <h2 id="confirm-title">{t('step.confirmTitle')}</h2>
        <p>{pick(step.confirm, language)}</p>
        {step.record.length > 0 && (
          <>
            <h3>{t('step.keepTitle')}</h3>
            <ul>
              {step.record.map((kind) => (
                <li key={kind}>{t(`records.${kind}`)}</li>
              ))}
            </ul>
            <StepVaultRecords profileId={profileId} step={step} />
          </>
        )}
      </section>
      <StepWidgets profileId={profileId} step={step} slot="after-confirm" {...(progress ? { progress } : {})} />
      <NoteEditor key={progress?.note ?? ''} profileId={profileId} stepId={stepId} saved={progress?.note ?? ''} />
      <StepReminderForm profileId={profileId} stepId={stepId} />
      <SourceLine profileId={profileId} step={step} outdated={progress?.outdated === true} />
    </>
  );
}
