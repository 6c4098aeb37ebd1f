import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { ACTIONS } from '../../../../electron/shared/core/recovery/actions';
import { renewalDates } from '../../../../electron/shared/core/recovery/reminders';
import type { RecoveryAction, RecoveryCase } from '../../../../electron/shared/core/recovery/types';
import { useAppStore } from '../../app/store';
import { DateField, InlineForm } from '../../components/InlineForm';
import { formatDay } from './format';
import { VaultNumber } from './VaultNumber';

interface Props {
  profileId: string;
  itemId: string;
  action: RecoveryAction;
  onChange: (c: RecoveryCase) => void;
}

/** What some actions add under their row: the FTC report number's vault field, a renewal's dates. */
export function ActionExtras({ profileId, itemId, action, onChange }: Props) {
  const renewal = ACTIONS[action.kind].renewal;
  return (
    <>
      {action.kind === 'ftc-report' && <VaultNumber profileId={profileId} itemId={itemId} kind="ftc-report-number" />}
      {renewal && action.status === 'done' && action.doneOn && (
        <RenewalNote profileId={profileId} itemId={itemId} action={action} onChange={onChange} />
      )}
    </>
  );
}

/** When the alert was placed (changeable), when it ends and when Lockstep will remind. */
function RenewalNote({ profileId, itemId, action, onChange }: Props) {
  const { t } = useTranslation();
  const api = useAppStore((s) => s.api);
  const language = useAppStore((s) => s.language);
  const [on, setOn] = useState(action.doneOn ?? '');
  const [error, setError] = useState<string | null>(null);
  const rule = ACTIONS[action.kind].renewal;
  const dates = rule && action.doneOn ? renewalDates(action.doneOn, rule) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!on) return setError(t('recovery.onRequired'));
    const r = await api.recoveryUpdateAction({
      profileId,
      itemId,
      action: action.kind,
      change: { kind: 'status', status: 'done', on },
    });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    onChange(r.value);
  }

  return (
    <InlineForm
      className="inset"
      error={error}
      onSubmit={(e) => void submit(e)}
      submitLabel={t('recovery.renewal.saveOn')}
      after={
        dates && (
          <p className="muted">
            {t('recovery.renewal.ends', {
              ends: formatDay(dates.endsOn, language),
              remind: formatDay(dates.remindOn, language),
            })}
          </p>
        )
      }
    >
      {(errorId) => <DateField label={t('recovery.renewal.placedOn')} value={on} onChange={setOn} errorId={errorId} />}
    </InlineForm>
  );
}
