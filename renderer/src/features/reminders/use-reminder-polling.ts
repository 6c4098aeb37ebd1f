import { useEffect, useRef } from 'react';
import { useAppStore } from '../../app/store';

/**
 * Keeps the "Due now" count fresh: on start, every 30 s and when the window regains focus. In
 * browser mode (no OS notifications from the host) newly due reminders also raise a browser
 * notification when the user allowed them. The titles come from the catalog, which the first screen
 * does not load: it is fetched only when there is something to notify about.
 */
export function useReminderPolling() {
  const load = useAppStore((s) => s.loadReminders);
  const due = useAppStore((s) => s.reminders?.due);
  const desktop = useAppStore((s) => s.reminders?.desktop ?? true);
  const language = useAppStore((s) => s.language);
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 30_000);
    const onFocus = () => void load();
    window.addEventListener('focus', onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [load]);
  useEffect(() => {
    if (!due) return;
    const keys = due.map((d) => `${d.id}@${d.at}`);
    // The first list is what was already due at launch: the inbox shows it, no notification flood.
    if (seen.current && !desktop && typeof Notification !== 'undefined' && Notification.permission === 'granted') {
      const fresh = due.filter((d) => !seen.current?.has(`${d.id}@${d.at}`));
      if (fresh.length > 3) new Notification(`Lockstep: ${fresh.length}`);
      else if (fresh.length > 0)
        void import('../../../../electron/shared/core/reminders/titles').then(({ reminderTitle }) => {
          for (const d of fresh) new Notification(reminderTitle(d, language));
        });
    }
    seen.current = new Set(keys);
  }, [due, desktop, language]);
}
