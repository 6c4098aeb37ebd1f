/** Set at build time from package.json by electron-vite and vitest (`define`). */
declare const __LOCKSTEP_VERSION__: string;
