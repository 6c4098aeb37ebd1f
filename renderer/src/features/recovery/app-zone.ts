import { useEffect } from 'react';
import { useAppStore } from '../../app/store';

/**
 * The app's time zone, the one the reminders use (the person's choice, else this computer's), for
 * "today" and dated lines with core/calendar-day. Null until the reminders' view has loaded (then
 * this computer's calendar stands in); the first use loads it.
 */
export function useAppZone(): string | null {
  const zone = useAppStore((s) => s.reminders?.settings.timeZone ?? null);
  const loaded = useAppStore((s) => s.reminders !== null);
  const loadReminders = useAppStore((s) => s.loadReminders);
  useEffect(() => {
    if (!loaded) void loadReminders();
  }, [loaded, loadReminders]);
  return zone;
}
