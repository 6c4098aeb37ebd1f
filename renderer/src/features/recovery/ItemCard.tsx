import { useId } from 'react';
import { useTranslation } from '../../i18n/react';
import { ITEM_TITLES } from '../../../../electron/shared/core/recovery/actions';
import type { RecoveryCase, RecoveryItem } from '../../../../electron/shared/core/recovery/types';
import { useAppStore } from '../../app/store';
import { pick } from '../../app/text';
import { ActionRow } from './ActionRow';
import { formatCents, formatDay } from './format';
import { AccountNumber } from './AccountNumber';
import { RemoveItem } from './RemoveItem';

/** One thing that was found, with its actions in the recommended order. */
export function ItemCard({
  profileId,
  item,
  onChange,
}: {
  profileId: string;
  item: RecoveryItem;
  onChange: (c: RecoveryCase) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const language = useAppStore((s) => s.language);
  const facts = [
    t('recovery.noticed', { date: formatDay(item.noticedOn, language) }),
    ...(item.amountCents !== undefined
      ? [t('recovery.amountIs', { amount: formatCents(item.amountCents, language) })]
      : []),
    ...(item.reference ? [t('recovery.referenceIs', { reference: item.reference })] : []),
  ];
  const heading = t('recovery.itemHeading', { kind: pick(ITEM_TITLES[item.kind], language), company: item.company });
  return (
    <article className="card recovery-item" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{heading}</h3>
      <p className="muted">{facts.join(' · ')}</p>
      <AccountNumber profileId={profileId} item={item} />
      <RemoveItem profileId={profileId} itemId={item.id} label={heading} onRemoved={onChange} />
      <h4>{t('recovery.actionsTitle')}</h4>
      <ol className="recovery-actions">
        {item.actions.map((action) => (
          <li key={action.kind}>
            <ActionRow profileId={profileId} itemId={item.id} action={action} onChange={onChange} />
          </li>
        ))}
      </ol>
    </article>
  );
}
