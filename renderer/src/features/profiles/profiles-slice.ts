import type { StateCreator } from 'zustand';
import type { Profile, Relationship } from '../../../../electron/shared/contract/schemas';
import type { AppState } from '../../app/store';

export interface ProfilesSlice {
  profiles: Profile[];
  profilesLoaded: boolean;
  loadProfiles(): Promise<void>;
  createProfile(input: { name: string; relationship: Relationship }): Promise<Profile | null>;
  renameProfile(id: string, name: string): Promise<boolean>;
  deleteProfile(id: string): Promise<boolean>;
}

/** A cache of what the services return; the renderer never persists domain data itself. */
export const createProfilesSlice: StateCreator<AppState, [], [], ProfilesSlice> = (set, get) => ({
  profiles: [],
  profilesLoaded: false,
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
