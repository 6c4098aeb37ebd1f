import { ApiFailure } from '../../shared/contract/result';
import { buildRecoveryLetter } from '../../shared/core/recovery/letters';
import { buildCaseSummary } from '../../shared/core/recovery/summary';
import type { ServiceDeps } from '../service-deps';
import type { DocumentHandlers } from './handlers';
import { renderCaseSummaryPdf, renderRecoveryLetterPdf } from './recovery-letter-pdf';
import { toBase64 } from './base64';
import { calendarDay } from '../../shared/core/calendar-day';

/** 'documents:recoveryLetter' and 'documents:caseSummary'. They read the store and write nothing. */
export function createRecoveryDocumentHandlers(
  deps: ServiceDeps,
): Pick<DocumentHandlers, 'documents:recoveryLetter' | 'documents:caseSummary'> {
  function profileAndCase(profileId: string) {
    const data = deps.store.read();
    const profile = data.profiles.find((p) => p.id === profileId);
    if (!profile) throw deps.notFound(profileId);
    return { profile, recoveryCase: data.recovery[profileId] };
  }

  return {
    'documents:recoveryLetter': async ({ profileId, itemId, kind, bureau, language }) => {
      const { profile, recoveryCase } = profileAndCase(profileId);
      const item = recoveryCase?.items.find((i) => i.id === itemId);
      if (!recoveryCase || !item) throw new ApiFailure('recovery_item_not_found');
      const now = deps.now();
      // A letter is dated today in the app's zone, the one the reminders use.
      const date = calendarDay(now, deps.timeZone());
      const built = buildRecoveryLetter({
        kind,
        language,
        date,
        profileName: profile.name,
        item,
        caseItems: recoveryCase.items,
        ...(bureau ? { bureau } : {}),
      });
      if (!built.ok) throw new ApiFailure(built.problem === 'letter_bureau' ? 'letter_needs_bureau' : built.problem);
      const bytes = await renderRecoveryLetterPdf(built.value, { now });
      return { fileName: `${built.value.fileStem}-${date}.pdf`, base64: toBase64(bytes) };
    },
    'documents:caseSummary': async ({ profileId, language }) => {
      const { profile, recoveryCase } = profileAndCase(profileId);
      const now = deps.now();
      // "Prepared on" and the timeline's days: the app's zone, the one the reminders use.
      const zone = deps.timeZone();
      const date = calendarDay(now, zone);
      const content = buildCaseSummary({
        profileName: profile.name,
        recoveryCase,
        language,
        date,
        localDay: (iso) => calendarDay(iso, zone),
      });
      const bytes = await renderCaseSummaryPdf(content, { now });
      return { fileName: `lockstep-case-summary-${date}.pdf`, base64: toBase64(bytes) };
    },
  };
}
