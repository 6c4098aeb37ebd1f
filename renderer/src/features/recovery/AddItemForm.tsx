import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { REFERENCE_MAX, type ItemKind, type RecoveryCase } from '../../../../electron/shared/core/recovery/types';
import { useAppStore } from '../../app/store';
import { DateField, Field } from '../../components/InlineForm';
import { parseAmount, today } from './format';
import { useAppZone } from './app-zone';
import { CompanyField, ItemKindField } from './ItemFields';

/** One item at a time: what happened, where, when, and an amount and last four digits if known. */
export function AddItemForm({ profileId, onAdded }: { profileId: string; onAdded: (c: RecoveryCase) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const api = useAppStore((s) => s.api);
  const announce = useAppStore((s) => s.announce);
  const [kind, setKind] = useState<ItemKind>('new-account');
  const [company, setCompany] = useState('');
  const zone = useAppZone();
  const [noticedOn, setNoticedOn] = useState(() => today(zone));
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = error ? `${id}-err` : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!company.trim()) return setError(t('recovery.companyRequired'));
    if (!noticedOn) return setError(t('recovery.dateRequired'));
    const cents = amount.trim() ? parseAmount(amount) : undefined;
    if (cents === null) return setError(t('recovery.amountFormat'));
    const r = await api.recoveryAddItem({
      profileId,
      item: {
        kind,
        company: company.trim(),
        noticedOn,
        ...(cents !== undefined ? { amountCents: cents } : {}),
        ...(reference.trim() ? { reference: reference.trim() } : {}),
      },
    });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    // Only what was sent is cleared: the next item, typed while this one was saving, stays.
    const sent = { company, amount, reference };
    setCompany((v) => (v === sent.company ? '' : v));
    setAmount((v) => (v === sent.amount ? '' : v));
    setReference((v) => (v === sent.reference ? '' : v));
    onAdded(r.value);
    announce('recovery.added');
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('recovery.addTitle')}</h2>
      <form noValidate onSubmit={(e) => void submit(e)}>
        {error && (
          <p id={errorId} className="field__error" role="alert">
            {error}
          </p>
        )}
        <div className="inline-controls">
          <ItemKindField label={t('recovery.kind')} value={kind} onChange={setKind} />
          <CompanyField label={t('recovery.company')} value={company} onChange={setCompany} errorId={errorId} />
          <DateField label={t('recovery.noticedOn')} value={noticedOn} onChange={setNoticedOn} errorId={errorId} />
          <Field label={t('recovery.amount')}>
            {(fieldId) => (
              <input
                id={fieldId}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                maxLength={14}
                value={amount}
                onChange={(e) => setAmount(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('recovery.reference')}>
            {(fieldId) => (
              <>
                <input
                  id={fieldId}
                  type="text"
                  autoComplete="off"
                  maxLength={REFERENCE_MAX}
                  value={reference}
                  aria-describedby={[`${id}-ref-hint`, errorId].filter(Boolean).join(' ')}
                  onChange={(e) => setReference(e.target.value)}
                />
                <p id={`${id}-ref-hint`} className="field__hint">
                  {t('recovery.referenceHint')}
                </p>
              </>
            )}
          </Field>
        </div>
        <button type="submit" className="button button--primary">
          {t('recovery.add')}
        </button>
      </form>
    </section>
  );
}
