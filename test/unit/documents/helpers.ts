import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { createAppServices } from '../../../electron/services/app-services';
import { createDocumentHandlers, type DocumentHandlers } from '../../../electron/services/documents';
import { notFound } from '../../../electron/services/service-deps';
import type { KdfParams } from '../../../electron/services/vault/vault-crypto';
import { documentOps } from '../../../electron/shared/contract/document-schemas';
import { ApiFailure, failInput, type Result } from '../../../electron/shared/contract/result';

/** poppler's reader, independent of pdf-lib. Tests that need it skip (with a reason) without it. */
export const PDFTOTEXT = '/usr/bin/pdftotext';
export const PDFINFO = '/usr/bin/pdfinfo';
export const hasPoppler = existsSync(PDFTOTEXT);
export const missingPopplerReason =
  'pdftotext (poppler-utils) is not installed: PDF read-back tests are skipped. Install it with apt-get install -y poppler-utils.';

const KDF: Omit<KdfParams, 'salt'> = { name: 'scrypt', N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** Noon UTC, so the letter's local date is the 23rd in every time zone from UTC-11 to UTC+11. */
export const NOW = new Date('2026-11-23T12:00:00.000Z');

let scratch: string | undefined;
function scratchDir(): string {
  return (scratch ??= mkdtempSync(join(tmpdir(), 'lockstep-pdf-')));
}
export function cleanScratch() {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
}

function pdfFile(bytes: Uint8Array | string): string {
  const file = join(scratchDir(), `doc-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, typeof bytes === 'string' ? Buffer.from(bytes, 'base64') : bytes);
  return file;
}

/** The PDF's text as poppler reads it. */
export function pdfText(bytes: Uint8Array | string): string {
  return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', pdfFile(bytes), '-'], { encoding: 'utf8' });
}

/** Whitespace (line wraps, page breaks) folded to single spaces, so wrapped sentences match whole. */
export const flat = (text: string) => text.replace(/\s+/g, ' ');

export function pdfInfo(bytes: Uint8Array | string): Record<string, string> {
  const out = execFileSync(PDFINFO, ['-enc', 'UTF-8', pdfFile(bytes)], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
}

export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  /** DejaVu Sans's box is 1.164 em tall (ascent 1901 + descent 483 of 2048), so this is the font size. */
  size: number;
}

/** Every word with its box, from `pdftotext -bbox`. */
export function pdfWords(bytes: Uint8Array | string): Word[] {
  const xml = execFileSync(PDFTOTEXT, ['-bbox', '-enc', 'UTF-8', pdfFile(bytes), '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  let page = 0;
  for (const line of xml.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (!m) continue;
    const [xMin, yMin, xMax, yMax] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    words.push({ page, text: decodeXml(m[5]!), xMin, yMin, xMax, yMax, size: (yMax - yMin) / 1.1640625 });
  }
  return words;
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** A real app (Conf in a temp folder, real vault) and the document handlers on the same services. */
export function launchApp() {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-docs-'));
  let n = 0;
  const now = () => NOW;
  const newId = () => `doc-${String(++n).padStart(6, '0')}`;
  const info = { version: '1', host: 'browser' as const, dataDir: dir };
  const app = createAppServices({
    dataDir: dir,
    createBackend: (o) => new Conf(o),
    info,
    openExternal: () => undefined,
    now,
    newId,
    vaultKdf: KDF,
  });
  const documents = createDocumentHandlers({
    store: app.opened.store,
    backups: app.opened.backups,
    startup: app.opened.report,
    vault: app.vault,
    notFound,
    kdf: KDF,
    now,
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    newId,
    info,
    openExternal: () => undefined,
  });

  /** What `dispatch` does once the lead wires these operations: validate, run, answer a Result. */
  async function callDocuments<N extends keyof DocumentHandlers>(
    op: N,
    input: unknown,
  ): Promise<Result<Awaited<ReturnType<DocumentHandlers[N]>>>> {
    const parsed = documentOps[op].input.safeParse(input);
    if (!parsed.success)
      return failInput(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    try {
      const handler = documents[op] as (input: unknown) => ReturnType<DocumentHandlers[N]>;
      const value = await handler(parsed.data);
      documentOps[op].output.parse(value);
      return { ok: true, value };
    } catch (err) {
      if (err instanceof ApiFailure) return { ok: false, error: err.toError() };
      throw err;
    }
  }

  async function must<T>(op: string, input?: unknown): Promise<T> {
    const r = await app.call(op, input);
    if (!r.ok) throw new Error(`${op} failed: ${r.error.code}: ${JSON.stringify(r.error.params)}`);
    return r.value as T;
  }

  return { app, dir, documents, callDocuments, must, close: () => rmSync(dir, { recursive: true, force: true }) };
}
