export type Route = { name: 'profiles' } | { name: 'profile'; id: string };

/** Hash routes keep deep links working in both hosts without a router library. */
export function parseHash(hash: string): Route {
  const match = /^#\/profile\/([a-z0-9-]{8,64})$/.exec(hash);
  return match?.[1] ? { name: 'profile', id: match[1] } : { name: 'profiles' };
}

export function routeToHash(route: Route): string {
  return route.name === 'profile' ? `#/profile/${route.id}` : '#/';
}
