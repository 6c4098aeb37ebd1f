import type { z } from 'zod';
import type { documentOps } from '../../shared/contract/document-schemas';
import { ApiFailure } from '../../shared/contract/result';
import { buildMailPacket, isPacketSubject } from '../../shared/core/documents/packet-content';
import { buildPlanDocument } from '../../shared/core/documents/plan-content';
import type { ServiceDeps } from '../service-deps';
import { renderMailPacketPdf } from './mail-packet-pdf';
import { renderPlanPdf } from './plan-pdf';
import { createRecoveryDocumentHandlers } from './recovery-doc-handlers';
import { toBase64 } from './base64';
import { calendarDay } from '../../shared/core/calendar-day';

type DocumentOps = typeof documentOps;
export type DocumentHandlers = {
  [N in keyof DocumentOps]: (input: z.output<DocumentOps[N]['input']>) => Promise<z.output<DocumentOps[N]['output']>>;
};

/** The document operations (the recovery letters and summary in recovery-doc-handlers.ts). They read the store and write nothing. */
export function createDocumentHandlers(deps: ServiceDeps): DocumentHandlers {
  function profileAndAnswers(profileId: string) {
    const data = deps.store.read();
    const profile = data.profiles.find((p) => p.id === profileId);
    if (!profile) throw deps.notFound(profileId);
    const plan = data.plans[profileId];
    if (!plan?.answers) throw new ApiFailure('answers_missing');
    return { profile, answers: plan.answers, checklist: plan.checklist };
  }

  return {
    ...createRecoveryDocumentHandlers(deps),
    'documents:mailPacket': async ({ profileId, bureau, language }) => {
      const { profile, answers } = profileAndAnswers(profileId);
      if (!isPacketSubject(answers.subject)) {
        throw new ApiFailure('packet_not_for_subject', { subject: answers.subject });
      }
      const now = deps.now();
      // The date the person reads on the page: today in the app's zone, as the reminders count it.
      const date = calendarDay(now, deps.timeZone());
      const content = buildMailPacket({ bureau, subject: answers.subject, language, date, profileName: profile.name });
      const bytes = await renderMailPacketPdf(content, { now });
      return { fileName: `lockstep-freeze-request-${bureau}-${date}.pdf`, base64: toBase64(bytes) };
    },
    'documents:planPdf': async ({ profileId, language }) => {
      const { profile, answers, checklist } = profileAndAnswers(profileId);
      const now = deps.now();
      // The date the person reads on the page: today in the app's zone, as the reminders count it.
      const date = calendarDay(now, deps.timeZone());
      const content = buildPlanDocument({ profileName: profile.name, answers, checklist, language, date });
      const bytes = await renderPlanPdf(content, { now });
      return { fileName: `lockstep-plan-${date}.pdf`, base64: toBase64(bytes) };
    },
  };
}
