// The host's memory under many distinct static paths (issue 13): before the fix every
// extension-less path kept its own copy of index.html, so 60,000 paths took the host from 85 MB
// to 187 MB. Measured against the real built host in its own process, as RSS figures.
import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';

/** The resident set of a process, in MB (Linux /proc; `ps` elsewhere). */
async function rssMB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]);
    if (Number.isFinite(kb)) return kb / 1024;
  } catch {
    // Not Linux.
  }
  const { execFileSync } = await import('node:child_process');
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
}

function get(origin, path, agent) {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { agent, headers: { Host: new URL(origin).host } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end();
  });
}

async function sweep(origin, paths, agent, lanes = 8) {
  let next = 0;
  const statuses = new Map();
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < paths.length) {
        const status = await get(origin, paths[next++], agent);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  return statuses;
}

/** Distinct paths of every kind a prober sends: app routes, missing assets, encoded variants. */
const distinct = (n, tag) =>
  Array.from(
    { length: n },
    (_, i) =>
      [`/${tag}-route-${i}`, `/${tag}/deep/${i}/path`, `/assets/${tag}-${i}.js`, `/%61ssets/${tag}-${i}.css`][i % 4],
  );

/** A full collection in the host (started with scripts/bench/gc-on-signal.mjs), then its RSS. */
async function settledRss(pid) {
  process.kill(pid, 'SIGUSR2');
  await new Promise((r) => setTimeout(r, 500));
  return rssMB(pid);
}

/**
 * RSS growth of a running host while it answers 20,000 distinct static paths. The host must run
 * with `--expose-gc --import scripts/bench/gc-on-signal.mjs` so both figures follow a collection.
 */
export async function benchStaticRss({ origin, pid, paths = 20_000 }) {
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  // Warm-up: the first requests fill the caches and grow the heap to its working size.
  await sweep(origin, distinct(10_000, 'warm'), agent);
  const before = await settledRss(pid);
  const statuses = await sweep(origin, distinct(paths, 'probe'), agent);
  const after = await settledRss(pid);
  agent.destroy();
  return {
    paths,
    beforeMB: Math.round(before * 10) / 10,
    afterMB: Math.round(after * 10) / 10,
    growthMB: Math.round((after - before) * 10) / 10,
    statuses: Object.fromEntries(statuses),
  };
}
