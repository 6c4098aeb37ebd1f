import { it } from 'vitest';
import { benchNextDue } from '../../../electron/services/reminders-bench';
it('bench', () => { console.log(JSON.stringify(benchNextDue())); });
