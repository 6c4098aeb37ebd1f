import type { Widget } from '../../../../electron/shared/core/catalog/behaviour';
import type { CatalogStep } from '../../../../electron/shared/core/catalog/types';
import type { StepProgress } from '../../../../electron/shared/core/checklist';
import { MailingSection } from './MailingSection';
import { PinChecker } from './PinChecker';
import { ThawSection } from './ThawSection';

/** Where on the step page each widget sits: tools that help with the sub-steps come before them. */
const SLOT: Record<Widget, 'before-sub-steps' | 'after-confirm'> = {
  'pin-checker': 'before-sub-steps',
  'mail-packet': 'after-confirm',
  'thaw-dates': 'after-confirm',
};

interface Props {
  profileId: string;
  step: CatalogStep;
  progress?: StepProgress;
  slot: 'before-sub-steps' | 'after-confirm';
}

/** The widgets a step declares in the catalog, in its declared order, for one slot of the page. */
export function StepWidgets({ profileId, step, progress, slot }: Props) {
  const widgets = (step.widgets ?? []).filter((w) => SLOT[w] === slot);
  const withProgress = progress ? { progress } : {};
  return (
    <>
      {widgets.map((widget) => {
        switch (widget) {
          case 'pin-checker':
            return <PinChecker key={widget} />;
          case 'mail-packet':
            return (
              <MailingSection
                key={`${widget}-${progress?.mailedOn ?? ''}`}
                profileId={profileId}
                step={step}
                {...withProgress}
              />
            );
          case 'thaw-dates':
            return <ThawSection key={widget} profileId={profileId} stepId={step.id} {...withProgress} />;
        }
      })}
    </>
  );
}
