import { DateField, Field } from './InlineForm';

/** The longest tracking number the host takes, for freeze packets and recovery letters alike. */
const TRACKING_MAX = 40;

/** The day a letter was mailed and its tracking number: the freeze packets and the case's letters ask the same. */
export function MailingFields(props: {
  mailedOnLabel: string;
  mailedOn: string;
  onMailedOn: (day: string) => void;
  trackingLabel: string;
  tracking: string;
  onTracking: (tracking: string) => void;
  errorId: string | undefined;
  /** Whether the tracking field is described by the form's error too. */
  trackingDescribed?: boolean;
}) {
  return (
    <>
      <DateField
        label={props.mailedOnLabel}
        value={props.mailedOn}
        onChange={props.onMailedOn}
        errorId={props.errorId}
      />
      <Field label={props.trackingLabel}>
        {(fieldId) => (
          <input
            id={fieldId}
            type="text"
            autoComplete="off"
            maxLength={TRACKING_MAX}
            value={props.tracking}
            aria-describedby={props.trackingDescribed ? props.errorId : undefined}
            onChange={(e) => props.onTracking(e.target.value)}
          />
        )}
      </Field>
    </>
  );
}
