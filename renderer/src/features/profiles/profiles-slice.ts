import type { StateCreator } from 'zustand';
import type { Profile, Relationship } from '../../../../electron/shared/contract/schemas';
import type { ProfileOverview } from '../../../../electron/shared/contract/summary-schemas';
import type { AppState } from '../../app/store';

export interface ProfilesSlice {
  profiles: Profile[];
  profilesLoaded: boolean;
  /** The family overview lines by profile id, built by the host (it holds the catalog). */
  summaries: Record<string, ProfileOverview>;
  /** Set when the start-up round brought the lines, so the list's first paint does not ask again. */
  summariesFresh: boolean;
  loadProfiles(): Promise<void>;
  /** Asks for the lines again (in the current language), unless the start-up round just brought them. */
  refreshSummaries(): Promise<void>;
  createProfile(input: { name: string; relationship: Relationship }): Promise<Profile | null>;
  renameProfile(id: string, name: string): Promise<boolean>;
  deleteProfile(id: string): Promise<boolean>;
}

/** A cache of what the services return; the renderer never persists domain data itself. */
export const createProfilesSlice: StateCreator<AppState, [], [], ProfilesSlice> = (set, get) => ({
  profiles: [],
  profilesLoaded: false,
  summaries: {},
  summariesFresh: false,
  async refreshSummaries() {
    if (get().summariesFresh) return set({ summariesFresh: false });
    const result = await get().api.profilesSummaries({ language: get().language });
    // A line that fails to come is left out; the list itself still works.
    if (result.ok) set({ summaries: byProfile(result.value) });
  },
  async loadProfiles() {
    const result = await get().api.profilesList();
    if (result.ok) set({ profiles: result.value, profilesLoaded: true });
    else get().showError(result.error);
  },
  async createProfile(input) {
    const result = await get().api.profilesCreate(input);
    if (!result.ok) {
      get().showError(result.error);
      return null;
    }
    set((s) => ({ profiles: [...s.profiles, result.value] }));
    get().announce('profiles.created', { name: result.value.name });
    return result.value;
  },
  async renameProfile(id, name) {
    const result = await get().api.profilesRename({ id, name });
    if (!result.ok) {
      get().showError(result.error);
      return false;
    }
    set((s) => ({ profiles: s.profiles.map((p) => (p.id === id ? result.value : p)) }));
    get().announce('profile.renamed');
    return true;
  },
  async deleteProfile(id) {
    const name = get().profiles.find((p) => p.id === id)?.name ?? '';
    const result = await get().api.profilesDelete({ id });
    if (!result.ok) {
      get().showError(result.error);
      return false;
    }
    set((s) => ({ profiles: s.profiles.filter((p) => p.id !== id) }));
    get().announce('profile.deleted', { name });
    return true;
  },
});

export const byProfile = (lines: readonly ProfileOverview[]): Record<string, ProfileOverview> =>
  Object.fromEntries(lines.map((line) => [line.profileId, line]));
