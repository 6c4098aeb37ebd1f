/** Who a profile is for. The contract's `relationshipSchema` and the renderer's picker read this list. */
export const RELATIONSHIPS = ['myself', 'parent', 'child', 'spouse', 'other'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** A stored profile. The contract's `profileSchema` is checked against this type at compile time. */
export interface Profile {
  id: string;
  name: string;
  relationship: Relationship;
  /** ISO instants. */
  createdAt: string;
  updatedAt: string;
}

/** Pure profile rules over the stored list. Callers pass ids and time in. */
export function addProfile(
  profiles: readonly Profile[],
  input: { name: string; relationship: Relationship },
  id: string,
  now: Date,
): { profiles: Profile[]; profile: Profile } {
  const stamp = now.toISOString();
  const profile: Profile = {
    id,
    name: input.name,
    relationship: input.relationship,
    createdAt: stamp,
    updatedAt: stamp,
  };
  return { profiles: [...profiles, profile], profile };
}

export function renameProfile(
  profiles: readonly Profile[],
  id: string,
  name: string,
  now: Date,
): { profiles: Profile[]; profile: Profile } | null {
  const existing = profiles.find((p) => p.id === id);
  if (!existing) return null;
  const profile = { ...existing, name, updatedAt: now.toISOString() };
  return { profiles: profiles.map((p) => (p.id === id ? profile : p)), profile };
}

export function removeProfile(profiles: readonly Profile[], id: string): Profile[] | null {
  if (!profiles.some((p) => p.id === id)) return null;
  return profiles.filter((p) => p.id !== id);
}

/** Stable display order: by name in the user's language, then by creation. */
export function sortProfiles(profiles: readonly Profile[], locale: string): Profile[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...profiles].sort((a, b) => collator.compare(a.name, b.name) || a.createdAt.localeCompare(b.createdAt));
}
