import { useEffect, useState } from 'react';
import type { RecoveryCase } from '../../../../electron/shared/core/recovery/types';
import { useAppStore } from '../../app/store';

/**
 * A person's case, asked of the host once per person: undefined while it comes, null when there is
 * none yet; `setCase` takes the case a change returns. The case page and its print view share it.
 */
export function useRecoveryCase(profileId: string) {
  const api = useAppStore((s) => s.api);
  const [recoveryCase, setCase] = useState<RecoveryCase | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api.recoveryGet({ profileId }).then((r) => {
      if (!live) return;
      if (r.ok) setCase(r.value);
      else setLoadError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, profileId]);
  return { recoveryCase, setCase, loadError };
}
