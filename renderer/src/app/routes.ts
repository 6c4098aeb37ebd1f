export type Route =
  | { name: 'profiles' }
  | { name: 'settings' }
  | { name: 'vault' }
  | { name: 'guide' }
  | { name: 'inbox' }
  | { name: 'scam' }
  | { name: 'sheet'; id: string }
  | { name: 'print'; id: string }
  | { name: 'profile'; id: string }
  | { name: 'interview'; id: string }
  | { name: 'recovery'; id: string }
  | { name: 'recoveryPrint'; id: string }
  | { name: 'step'; id: string; stepId: string };

const ID = '([a-z0-9-]{8,64})';
const STEP = '([a-z0-9-]{1,64})';

/** Hash routes keep deep links working in both hosts without a router library. */
export function parseHash(hash: string): Route {
  let m = new RegExp(`^#/profile/${ID}/step/${STEP}$`).exec(hash);
  if (m?.[1] && m[2]) return { name: 'step', id: m[1], stepId: m[2] };
  m = new RegExp(`^#/profile/${ID}/recovery/print$`).exec(hash);
  if (m?.[1]) return { name: 'recoveryPrint', id: m[1] };
  m = new RegExp(`^#/profile/${ID}/recovery$`).exec(hash);
  if (m?.[1]) return { name: 'recovery', id: m[1] };
  m = new RegExp(`^#/profile/${ID}/interview$`).exec(hash);
  if (m?.[1]) return { name: 'interview', id: m[1] };
  m = new RegExp(`^#/profile/${ID}$`).exec(hash);
  if (m?.[1]) return { name: 'profile', id: m[1] };
  if (hash === '#/settings') return { name: 'settings' };
  if (hash === '#/vault') return { name: 'vault' };
  if (hash === '#/guide') return { name: 'guide' };
  if (hash === '#/inbox') return { name: 'inbox' };
  if (hash === '#/scam-check') return { name: 'scam' };
  m = new RegExp(`^#/profile/${ID}/print$`).exec(hash);
  if (m?.[1]) return { name: 'print', id: m[1] };
  m = new RegExp(`^#/profile/${ID}/sheet$`).exec(hash);
  if (m?.[1]) return { name: 'sheet', id: m[1] };
  return { name: 'profiles' };
}

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'profile':
      return `#/profile/${route.id}`;
    case 'interview':
      return `#/profile/${route.id}/interview`;
    case 'recovery':
      return `#/profile/${route.id}/recovery`;
    case 'recoveryPrint':
      return `#/profile/${route.id}/recovery/print`;
    case 'settings':
      return '#/settings';
    case 'vault':
      return '#/vault';
    case 'guide':
      return '#/guide';
    case 'inbox':
      return '#/inbox';
    case 'scam':
      return '#/scam-check';
    case 'sheet':
      return `#/profile/${route.id}/sheet`;
    case 'print':
      return `#/profile/${route.id}/print`;
    case 'step':
      return `#/profile/${route.id}/step/${route.stepId}`;
    default:
      return '#/';
  }
}
