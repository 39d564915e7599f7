/**
 * The privacy guard for content files: scans a file's front matter, body and the documents it links to,
 * drops findings the editor allowed explicitly (`privacy` phrases, each with its reason), and reports the rest
 * with the file, the line (or attachment page), what was found and how to fix it.
 */
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { privacyKinds, privacyText } from '../i18n/safety';
import { scanText, phoneDigits, type Finding, type PublicData } from './scan';
import { readDataIfValid, settingsPath, typeFiles } from '../content-model/read';
import { hotlines, site, units } from '../content-model/registry';
import { safeDecodeURIComponent } from '../utils/safe-decode';
import { attachmentText, isDocument, type AttachmentText } from './attachments';

/** What can stop a file: personal data found, or a document the guard cannot read. */
export type ProblemKind = Finding['kind'] | 'unreadable' | 'noReason';

/** One problem, located in a file. */
export interface PrivacyProblem {
  file: string;
  /** "dòng 12" or "tệp đính kèm /media/x.pdf, trang 2". */
  where: string;
  kind: ProblemKind;
  /** The text found (what an editor copies into a `privacy` phrase), or why a document could not be read. */
  text: string;
}

/**
 * What is public by design: every number and official on a hotline board, the site's own contact number,
 * and the names of the commune, its villages and province (places that read like personal names).
 */
export function readPublicData(contentDir: string): PublicData {
  const phones = new Set<string>();
  const officials = new Set<string>();
  const places = new Set<string>();
  // The files the build publishes, read as it reads them; a broken one is left to the loader's own report.
  for (const file of typeFiles(contentDir, hotlines)) {
    const contacts = readDataIfValid(file)?.contacts;
    if (!Array.isArray(contacts)) continue;
    for (const c of contacts as Record<string, unknown>[]) {
      if (typeof c.phone === 'string') phones.add(phoneDigits(c.phone));
      if (typeof c.name === 'string' && c.name.trim()) officials.add(c.name.normalize('NFC').trim());
    }
  }
  for (const file of typeFiles(contentDir, units)) {
    const unit = readDataIfValid(file);
    for (const key of ['name', 'province'])
      if (typeof unit?.[key] === 'string' && unit[key].trim()) places.add(unit[key].normalize('NFC').trim());
  }
  const contact = readDataIfValid(settingsPath(contentDir, site))?.contact as Record<string, unknown> | undefined;
  if (typeof contact?.phone === 'string') phones.add(phoneDigits(contact.phone));
  return { phones, officials, places };
}

/**
 * The phrases a file's front matter marks as public (`privacy: [{ phrase, reason }]`), NFC. An exception without
 * its reason counts for nothing here (and the schema stops the build over it).
 */
export function allowedPhrases(data: Record<string, unknown>): string[] {
  const list = data.privacy;
  if (!Array.isArray(list)) return [];
  return list
    .filter(
      (item): item is { phrase: string; reason: string } =>
        typeof item?.phrase === 'string' && typeof item?.reason === 'string' && item.reason.trim().length > 0,
    )
    .map((item) => item.phrase.normalize('NFC').trim())
    .filter(Boolean);
}

/**
 * Whether an editor allowed a finding: the phrase holds the whole finding ("Lê Văn Bình, 70 tuổi" allows
 * "Lê Văn Bình, 70 tuổi"), or the phrase is a full name inside it ("Lê Văn Bình" allows the same). A short
 * fragment ("70", "Lê") never allows anything.
 */
export function isAllowed(finding: { text: string }, phrases: string[]): boolean {
  return phrases.some(
    (p) => p.includes(finding.text) || (finding.text.includes(p) && p.split(/\s+/).length >= 2 && p.length >= 6),
  );
}

/** Exceptions written without their reason: they allow nothing, and the editor is told why. */
export function exceptionsWithoutReason(data: Record<string, unknown>): string[] {
  const list = data.privacy;
  if (!Array.isArray(list)) return [];
  return list
    .filter((item) => typeof item?.phrase === 'string' && !(typeof item?.reason === 'string' && item.reason.trim()))
    .map((item) => String(item.phrase));
}

/**
 * A function giving the 1-based number of the `separator`-delimited line an offset is on: the separators are
 * found once, then each lookup is a binary search (a text with many findings stays linear).
 */
export function lineCounter(text: string, separator: '\n' | '\f'): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf(separator); i >= 0; i = text.indexOf(separator, i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Upload paths (/media/…) a content file links to. */
export function mediaLinks(raw: string): string[] {
  return [...new Set(raw.match(/\/media\/[^\s"'<>)\]]+/g) ?? [])];
}

function unreadableReason(path: string, extracted: Exclude<AttachmentText, { parts: unknown }>): string {
  if (extracted.unreadable === 'no-pdftotext') return privacyText.pdfToolMissing(path);
  if (extracted.unreadable === 'bomb') return privacyText.bomb(path, extracted.detail ?? '');
  if (extracted.detail) return privacyText.memberUnreadable(path, extracted.detail);
  if (extracted.unreadable === 'broken') return privacyText.broken(path);
  return privacyText.unreadable(path);
}

/** Problems in one uploaded document (path under /media/), minus what the given phrases allow. */
export function checkAttachment(
  owner: string,
  path: string,
  mediaDir: string,
  pub: PublicData,
  phrases: string[],
): PrivacyProblem[] {
  // A malformed escape is reported with its file and line before this runs (src/safety/content-precheck.ts).
  const name = safeDecodeURIComponent(path.slice('/media/'.length));
  if (name === undefined) return [];
  const onDisk = join(mediaDir, name);
  if (!onDisk.startsWith(mediaDir + sep) || !existsSync(onDisk) || !isDocument(onDisk)) return [];
  const extracted = attachmentText(onDisk);
  if (!('parts' in extracted))
    return [
      {
        file: owner,
        where: privacyText.attachmentFile(path),
        kind: 'unreadable',
        text: unreadableReason(path, extracted),
      },
    ];
  return extracted.parts.flatMap((part) => {
    const body = part.text.normalize('NFC');
    const pageOf = lineCounter(body, '\f');
    return scanText(body, pub)
      .filter((f) => !isAllowed(f, phrases))
      .map((f) => ({
        file: owner,
        where:
          part.page !== undefined
            ? privacyText.attachment(path, part.page - 1 + pageOf(f.start))
            : privacyText.attachmentPart(path, part.part ?? ''),
        kind: f.kind,
        text: f.text,
      }));
  });
}

/** Every privacy problem of one content file (raw text, parsed front matter) and of the documents it links. */
export function checkFile(
  file: string,
  raw: string,
  data: Record<string, unknown>,
  pub: PublicData,
  mediaDir: string,
): PrivacyProblem[] {
  const phrases = allowedPhrases(data);
  const text = raw.normalize('NFC');
  const lineOf = lineCounter(text, '\n');
  const problems: PrivacyProblem[] = scanText(text, pub)
    .filter((f) => !isAllowed(f, phrases))
    .map((f) => ({ file, where: privacyText.line(lineOf(f.start)), kind: f.kind, text: f.text }));
  for (const path of mediaLinks(text)) problems.push(...checkAttachment(file, path, mediaDir, pub, phrases));
  if (problems.length > 0)
    for (const phrase of exceptionsWithoutReason(data))
      problems.push({ file, where: privacyText.exceptions, kind: 'noReason', text: phrase });
  return problems;
}

/** The Vietnamese report for a list of problems, grouped by file, ending with how to fix them. */
export function formatProblems(problems: PrivacyProblem[], root: string): string {
  const byFile = new Map<string, PrivacyProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const line = (p: PrivacyProblem) =>
    p.kind === 'unreadable'
      ? `    ${p.where}: ${p.text}`
      : `    ${privacyText.finding(p.where, privacyKinds[p.kind], p.text)}`;
  const blocks = [...byFile].map(([file, list]) => `  ${relative(root, file) || file}\n${list.map(line).join('\n')}`);
  const fix = problems.some((p) => p.kind !== 'unreadable') ? `\n    ${privacyText.fix}` : '';
  return `${privacyText.heading}\n${blocks.join('\n')}${fix}`;
}
