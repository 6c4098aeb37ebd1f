import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { ACTIONS } from '../../../../electron/shared/core/recovery/actions';
import { FALLBACK_WAIT_DAYS, LEGAL_FACTS, MAIL_DAYS_ASSUMED } from '../../../../electron/shared/core/recovery/facts';
import { replyDueOn } from '../../../../electron/shared/core/recovery/reminders';
import {
  SAID_MAX,
  WHO_MAX,
  type ActionChange,
  type RecoveryAction,
  type RecoveryCase,
} from '../../../../electron/shared/core/recovery/types';
import { TRACKING_PATTERN } from '../../../../electron/shared/core/checklist';
import { useAppStore } from '../../app/store';
import { pick } from '../../app/text';
import { DateField, Field, InlineForm } from '../../components/InlineForm';
import { ActionExtras } from './ActionExtras';
import { formatDay, today } from './format';
import { useAppZone } from './app-zone';
import { LetterButtons } from './LetterButtons';
import { MailingFields } from '../../components/MailingFields';

interface Props {
  profileId: string;
  itemId: string;
  action: RecoveryAction;
  onChange: (c: RecoveryCase) => void;
}

/** One recommended action: how to do it, the law behind it, its status and its record of contacts. */
export function ActionRow({ profileId, itemId, action, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const api = useAppStore((s) => s.api);
  const language = useAppStore((s) => s.language);
  const showError = useAppStore((s) => s.showError);
  const announce = useAppStore((s) => s.announce);
  const def = ACTIONS[action.kind];
  const title = pick(def.title, language);
  const [who, setWho] = useState('');
  const zone = useAppZone();
  const [on, setOn] = useState(() => today(zone));
  const [said, setSaid] = useState('');
  const [logError, setLogError] = useState<string | null>(null);
  const [mailedOn, setMailedOn] = useState(action.mailedOn ?? '');
  const [tracking, setTracking] = useState(action.tracking ?? '');
  const [mailError, setMailError] = useState<string | null>(null);

  const change = (c: ActionChange) => api.recoveryUpdateAction({ profileId, itemId, action: action.kind, change: c });
  const open = (url: string) =>
    void api.linksOpen({ url }).then((r) => {
      if (!r.ok) showError(r.error);
    });

  async function setStatus(status: RecoveryAction['status']) {
    const r = await change({ kind: 'status', status });
    if (!r.ok) return showError(r.error);
    onChange(r.value);
  }
  async function log(event: FormEvent) {
    event.preventDefault();
    if (!who.trim()) return setLogError(t('recovery.whoRequired'));
    if (!on) return setLogError(t('recovery.onRequired'));
    const r = await change({ kind: 'log', who: who.trim(), on, said: said.trim() });
    if (!r.ok) return setLogError(r.error.message);
    setLogError(null);
    setWho('');
    setSaid('');
    onChange(r.value);
    announce('recovery.logged');
  }
  async function mailed(event: FormEvent) {
    event.preventDefault();
    if (!mailedOn) return setMailError(t('recovery.onRequired'));
    if (!TRACKING_PATTERN.test(tracking.trim())) return setMailError(t('recovery.trackingChars'));
    const r = await change({ kind: 'mailed', mailedOn, ...(tracking.trim() ? { tracking: tracking.trim() } : {}) });
    if (!r.ok) return setMailError(r.error.message);
    setMailError(null);
    onChange(r.value);
  }

  const replyFact = def.mailed?.replyFact ? LEGAL_FACTS[def.mailed.replyFact] : undefined;
  const due = def.mailed && action.mailedOn ? replyDueOn(action.mailedOn, def.mailed.replyFact) : null;
  const done = action.status === 'done';

  return (
    <section className="recovery-action" aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`}>{title}</h5>
      <p className="muted">{t('recovery.statusIs', { status: t(`recovery.status.${action.status}`) })}</p>
      <p>{pick(def.howTo, language)}</p>
      <p className="muted">{t('recovery.writeDown', { text: pick(def.writeDown, language) })}</p>
      {def.facts.map((factId) => {
        const fact = LEGAL_FACTS[factId];
        return (
          <div key={factId} className="recovery-fact">
            <p>{pick(fact.text, language)}</p>
            {fact.sources.map((s) => (
              <button key={s.url} type="button" className="link-button" onClick={() => open(s.url)}>
                {t('recovery.source', { title: s.title, date: formatDay(fact.verifiedOn, language) })}
              </button>
            ))}
          </div>
        );
      })}
      <div className="actions">
        {def.links.map((l) => (
          <button key={l.url} type="button" className="button" onClick={() => open(l.url)}>
            {t('recovery.openLink', { label: pick(l.label, language) })}
          </button>
        ))}
        <button
          type="button"
          className={done ? 'button' : 'button button--primary'}
          aria-label={t(done ? 'recovery.reopenFor' : 'recovery.markDoneFor', { action: title })}
          onClick={() => void setStatus(done ? 'in_progress' : 'done')}
        >
          {t(done ? 'recovery.reopen' : 'recovery.markDone')}
        </button>
      </div>
      <ActionExtras profileId={profileId} itemId={itemId} action={action} onChange={onChange} />
      <LetterButtons profileId={profileId} itemId={itemId} action={action.kind} title={title} />
      {action.log.length > 0 && (
        <>
          <h6>{t('recovery.logTitle')}</h6>
          <ul className="recovery-log">
            {action.log.map((entry) => (
              <li key={entry.id}>
                {t('recovery.logEntry', { date: formatDay(entry.on, language), who: entry.who, said: entry.said })}
              </li>
            ))}
          </ul>
        </>
      )}
      {def.mailed && (
        <InlineForm
          className="inset"
          error={mailError}
          onSubmit={(e) => void mailed(e)}
          submitLabel={t('recovery.mailedSave')}
          after={
            due && (
              <p className="muted">
                {replyFact?.confirmed
                  ? t('recovery.replyDue', { date: formatDay(due, language), mailDays: String(MAIL_DAYS_ASSUMED) })
                  : t('recovery.replyDueFallback', {
                      date: formatDay(due, language),
                      mailDays: String(MAIL_DAYS_ASSUMED),
                      wait: String(FALLBACK_WAIT_DAYS),
                    })}
              </p>
            )
          }
        >
          {(errorId) => (
            <MailingFields
              mailedOnLabel={t('recovery.mailedOn')}
              mailedOn={mailedOn}
              onMailedOn={setMailedOn}
              trackingLabel={t('recovery.tracking')}
              tracking={tracking}
              onTracking={setTracking}
              errorId={errorId}
              trackingDescribed
            />
          )}
        </InlineForm>
      )}
      <fieldset className="inset">
        <legend>{t('recovery.logAddFor', { action: title })}</legend>
        <InlineForm error={logError} onSubmit={(e) => void log(e)} submitLabel={t('recovery.logAdd')}>
          {(errorId) => (
            <>
              <Field label={t('recovery.who')}>
                {(fieldId) => (
                  <input
                    id={fieldId}
                    type="text"
                    autoComplete="off"
                    maxLength={WHO_MAX}
                    value={who}
                    aria-invalid={errorId ? true : undefined}
                    aria-describedby={errorId}
                    onChange={(e) => setWho(e.target.value)}
                  />
                )}
              </Field>
              <DateField label={t('recovery.on')} value={on} onChange={setOn} errorId={errorId} />
              <Field label={t('recovery.said')}>
                {(fieldId) => (
                  <textarea
                    id={fieldId}
                    rows={2}
                    maxLength={SAID_MAX}
                    value={said}
                    aria-describedby={errorId}
                    onChange={(e) => setSaid(e.target.value)}
                  />
                )}
              </Field>
            </>
          )}
        </InlineForm>
      </fieldset>
    </section>
  );
}
