import { ITEM_TITLES } from '../../../../electron/shared/core/recovery/actions';
import { COMPANY_MAX, ITEM_KINDS, type ItemKind } from '../../../../electron/shared/core/recovery/types';
import { useAppStore } from '../../app/store';
import { pick } from '../../app/text';
import { Field } from '../../components/InlineForm';

/** What was found: the case form and the guide's fraud script offer the same list. */
export function ItemKindField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: ItemKind;
  onChange: (kind: ItemKind) => void;
}) {
  const language = useAppStore((s) => s.language);
  return (
    <Field label={label}>
      {(id) => (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value as ItemKind)}>
          {ITEM_KINDS.map((k) => (
            <option key={k} value={k}>
              {pick(ITEM_TITLES[k], language)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The company or agency involved, as the case keeps it. */
export function CompanyField({
  label,
  value,
  onChange,
  errorId,
}: {
  label: string;
  value: string;
  onChange: (company: string) => void;
  errorId?: string | undefined;
}) {
  return (
    <Field label={label}>
      {(id) => (
        <input
          id={id}
          type="text"
          autoComplete="off"
          maxLength={COMPANY_MAX}
          value={value}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
