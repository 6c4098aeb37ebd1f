/**
 * The notice on the step the person was taken to offers "Undo" for the step just recorded. Only an
 * undo that worked goes back to that step; a failed one leaves the person here with the reason.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAppStore, StoreContext } from '../../renderer/src/app/store';
import { StepPage } from '../../renderer/src/features/plan/StepPage';
import { changeLanguage, ensureScreenStrings } from '../../renderer/src/i18n';
import { ROUTE_STRINGS } from '../../renderer/src/i18n/tables';
import { fail } from '../../electron/shared/contract/result';
import type { ProfilePlan } from '../../electron/shared/contract/plan-schemas';
import type { Answers } from '../../electron/shared/core/interview';
import { createFakeApi } from './fake-api';

const ANSWERS: Answers = {
  breach: 'tmobile-postpaid',
  exposed: ['ssn', 'dob'],
  subject: 'self',
  carrier: 'tmobile',
  primaryHolder: 'yes',
  creditSoon: false,
};

beforeAll(() => {
  // jsdom lays nothing out, so it has no scrolling; the notice scrolls its buttons into view.
  Element.prototype.scrollIntoView = vi.fn();
});

async function landed() {
  await changeLanguage('en');
  await ensureScreenStrings('en', ROUTE_STRINGS.step);
  const { api } = createFakeApi();
  const profile = await api.profilesCreate({ name: 'Rosa', relationship: 'myself' });
  if (!profile.ok) throw new Error('profile');
  const profileId = profile.value.id;
  expect((await api.planSaveAnswers({ profileId, answers: ANSWERS })).ok).toBe(true);
  const store = createAppStore(api);
  await store.getState().loadProfiles();
  expect(
    await store.getState().updateStep(profileId, 'freeze-experian', { kind: 'status', status: 'done' }),
  ).toBeNull();
  const plan = store.getState().plans[profileId] as ProfilePlan;
  const updatedAt = plan.checklist['freeze-experian']!.updatedAt;
  store.getState().navigate({ name: 'step', id: profileId, stepId: 'freeze-transunion' });
  store
    .getState()
    .setWalk({ profileId, stepId: 'freeze-experian', status: 'done', updatedAt, landedOn: 'freeze-transunion' });
  render(
    <StoreContext.Provider value={store}>
      <StepPage profileId={profileId} stepId="freeze-transunion" />
    </StoreContext.Provider>,
  );
  const undo = await screen.findByRole('button', { name: /^Undo: .*Experian.* marked done$/ });
  return { api, store, profileId, undo };
}

describe('undo on the step the person landed on', { timeout: 60_000 }, () => {
  it('a failed undo stays on this step and says why beside the button', async () => {
    const { api, store, undo } = await landed();
    vi.mocked(api.checklistUndo).mockResolvedValueOnce(fail('internal'));
    await userEvent.click(undo);
    await waitFor(() => expect(vi.mocked(api.checklistUndo)).toHaveBeenCalledTimes(1));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).not.toBe('');
    expect(store.getState().route).toMatchObject({ name: 'step', stepId: 'freeze-transunion' });
    // The notice and its Undo stay, so the person can try again.
    expect(store.getState().walk).not.toBeNull();
    expect(screen.getByRole('button', { name: /^Undo: .*Experian.* marked done$/ })).toBeTruthy();
  });

  it('an undo that worked goes back to the step, as it was', async () => {
    const { store, profileId, undo } = await landed();
    await userEvent.click(undo);
    await waitFor(() => expect(store.getState().route).toMatchObject({ name: 'step', stepId: 'freeze-experian' }));
    expect(store.getState().plans[profileId]?.checklist['freeze-experian']).toBeUndefined();
  });
});
