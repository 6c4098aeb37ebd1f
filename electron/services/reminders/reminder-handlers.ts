import type { Handlers } from '../../shared/contract/api';
import { ApiFailure } from '../../shared/contract/result';
import type { ServiceDeps } from '../service-deps';

type ReminderOps =
  'reminders:list' | 'reminders:act' | 'reminders:addCustom' | 'reminders:updateSettings' | 'reminders:ics';

export function createReminderHandlers(deps: ServiceDeps): Pick<Handlers, ReminderOps> {
  const service = () => {
    if (!deps.reminders) throw new ApiFailure('reminders_unavailable');
    return deps.reminders;
  };
  return {
    'reminders:list': () => service().view(),
    'reminders:act': (input) => service().act(input),
    'reminders:addCustom': (input) => service().addCustom(input),
    'reminders:updateSettings': (input) => service().updateSettings(input),
    'reminders:ics': ({ profileId, language }) => service().ics(profileId, language),
  };
}
