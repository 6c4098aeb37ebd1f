import { useState } from 'react';
import type { UiError } from '../../app/errors';

/**
 * Runs a save; if the host says the text looks like an SSN, remembers that so the form can warn
 * and offer "it is not an SSN", and a second save passes that answer on. The typed text is kept.
 */
export function useSsnGuardedSave(save: (notSsn: boolean) => Promise<UiError | null>) {
  const [ssnWarning, setSsnWarning] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(notSsn = false) {
    setBusy(true);
    const result = await save(notSsn);
    setBusy(false);
    setSsnWarning(result?.code === 'ssn_like');
    setError(result && result.code !== 'ssn_like' ? result : null);
    return result === null;
  }
  const reset = () => {
    setSsnWarning(false);
    setError(null);
  };
  return { run, ssnWarning, error, busy, reset };
}
