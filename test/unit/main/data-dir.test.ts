import { describe, expect, it } from 'vitest';
import { userDataOverride } from '../../../electron/main/data-dir';

describe('LOCKSTEP_USER_DATA_DIR', () => {
  it('is honoured only when the app is not packaged', () => {
    const env = { LOCKSTEP_USER_DATA_DIR: '/tmp/lockstep-test' };
    expect(userDataOverride(env, false)).toBe('/tmp/lockstep-test');
    expect(userDataOverride(env, true)).toBeNull();
  });

  it('an empty or missing value changes nothing', () => {
    expect(userDataOverride({}, false)).toBeNull();
    expect(userDataOverride({ LOCKSTEP_USER_DATA_DIR: '' }, false)).toBeNull();
  });
});
