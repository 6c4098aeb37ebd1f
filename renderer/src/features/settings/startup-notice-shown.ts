import type { AppState } from '../../app/store';

/**
 * Whether StartupNotice has anything to say. The shell asks this first, so the notice's code and
 * words (screens/notice-*.ts) load only on a start that needs them, never on an ordinary one.
 */
export function startupNoticeShown(s: Pick<AppState, 'startup' | 'vault'>): boolean {
  const kind = s.startup?.kind;
  return (
    kind === 'restored' || kind === 'corrupt-empty' || kind === 'newer' || !!s.vault?.damage || !!s.vault?.restored
  );
}
