// `npm run catalog [-- --json]`: the whole catalog for a content reviewer, as a table or as JSON.
import { build } from 'esbuild';

const { outputFiles } = await build({
  entryPoints: [new URL('../electron/shared/core/catalog/index.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const { CATALOG } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);

// The legal facts a recovery case relies on (deadlines, rights), each with its source and check date.
const facts = await build({
  entryPoints: [new URL('../electron/shared/core/recovery/facts.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const { LEGAL_FACTS } = await import(
  `data:text/javascript;base64,${Buffer.from(facts.outputFiles[0].text).toString('base64')}`
);
const legalRows = Object.values(LEGAL_FACTS).map((f) => ({
  id: f.id,
  confirmed: f.confirmed,
  days:
    f.confirmed && f.days ? `${f.days.count}${f.days.business ? ' business' : ''} days` : 'check on the official site',
  text: { en: f.text.en, es: f.text.es },
  sources: f.sources.map((s) => s.url),
  verifiedOn: f.verifiedOn,
}));

const rows = CATALOG.map((step) => ({
  id: step.id,
  section: step.section,
  agency: step.agency.en,
  title: { en: step.title.en, es: step.title.es },
  urls: step.urls.map((u) => u.url),
  phones: step.phones.map((p) => ({ number: p.number, label: p.label.en, ...(p.hours ? { hours: p.hours.en } : {}) })),
  mail: step.mail ? (step.mail.verified ? step.mail.lines.join(', ') : 'check on the official site') : null,
  checkOnOfficialSite: (step.checkOnOfficialSite ?? []).map((t) => t.en),
  minutes: step.minutes,
  sources: step.sources.map((s) => s.url),
  verifiedOn: step.verifiedOn,
  appliesTo: step.appliesTo,
  // Only the person (or someone with legal authority) can do it: a helper without it gets a note.
  ownIdentity: step.ownIdentity === true,
  orderHints: (step.orderHints ?? []).map((h) => ({
    when: h.when,
    place: h.place ?? null,
    note: h.note,
    source: h.source.url,
  })),
  reminders: (step.reminders ?? []).map((r) => ({ kind: r.kind, from: r.from, title: r.title.en })),
}));

if (process.argv.includes('--json')) {
  // `--legal` prints the legal facts instead of the steps.
  const out = process.argv.includes('--legal') ? legalRows : rows;
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} else {
  const cut = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
  const header = `${cut('id', 26)} ${cut('agency', 22)} ${cut('phones', 30)} ${cut('verified', 10)} ${'title (en)'}`;
  process.stdout.write(`${header}\n${'-'.repeat(header.length + 30)}\n`);
  for (const r of rows) {
    const phones = r.phones.map((p) => p.number).join(', ') || '-';
    process.stdout.write(
      `${cut(r.id, 26)} ${cut(r.agency, 22)} ${cut(phones, 30)} ${cut(r.verifiedOn, 10)} ${r.title.en}\n`,
    );
  }
  process.stdout.write(`\n${rows.length} steps. Use --json for every field, with sources and Spanish titles.\n`);
  process.stdout.write(`\nLegal facts of the recovery case\n${'-'.repeat(60)}\n`);
  for (const f of legalRows) {
    process.stdout.write(`${cut(f.id, 26)} ${cut(f.days, 30)} ${cut(f.verifiedOn, 10)} ${f.sources.join(' ')}\n`);
  }
  process.stdout.write(`\n${legalRows.length} legal facts. Use --json --legal for every field.\n`);
}
