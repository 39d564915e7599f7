/**
 * The generator's job list, computed inside Astro from the content model (the same queries the pages use), so
 * content is read and validated once. Served by a build-only endpoint; the posters integration reads it after the
 * build and removes it from the output. Share images of pages are added by the integration from the built HTML.
 */
import { entries } from '../data/entries';
import { getPublishedArticles } from '../data/articles';
import { getCampaigns } from '../data/campaigns';
import { getBoardFor, type Board } from '../data/hotlines';
import { getLessons } from '../data/lessons';
import { getSite, getUnitWords, getVillages, unitName, type Site, type Unit } from '../data/site';
import { ui } from '../i18n/vi';
import { choiceLabel } from '../i18n/choices';
import { choices } from '../content-model/choices';
import { roleLabel, type CommuneWords } from '../utils/unit-words';
import { checkExampleMarks, type ExampleNumbers } from './example-marks';
import { posterText } from '../i18n/posters';
import { formatDateShort } from '../utils/dates';
import { formatPhone } from '../utils/phone';
import { routes } from '../utils/routes';
import type { Brand, Contact, PosterJob, PosterManifest } from './jobs';
import { site as siteType } from '../content-model/registry';
import { relative, resolve } from 'node:path';
import { contentDir } from '../utils/content-dir';
import { posterPaths } from './paths';
import { reportingFacts } from '../data/reporting';
import { lessonFileJobs, lessonInput, levelBundles, type LessonInput } from './lesson-files';

function brandOf(site: Site): Brand {
  return {
    siteName: site.siteName,
    communeName: unitName(site.commune),
    province: site.commune.data.province,
    host: new URL(site.siteUrl).host,
    phone: formatPhone(site.contact.phone),
    phoneIsExample: site.contact.phoneIsExample,
  };
}

/** Numbers the content marks as illustrative (boards' `isExample`, the site's `contact.phoneIsExample`). */
async function exampleNumbers(site: Site): Promise<ExampleNumbers> {
  const examples: ExampleNumbers = new Map();
  if (site.contact.phoneIsExample)
    examples.set(site.contact.phone.replace(/\D/g, ''), {
      file: siteType.file,
      field: 'contact.phoneIsExample',
      phone: site.contact.phone,
    });
  for (const board of await entries('hotlines')) {
    const file = board.filePath ? relative(contentDir(), resolve(board.filePath)) : `hotlines/${board.id}.yaml`;
    board.data.contacts.forEach((c, i) => {
      const digits = c.phone.replace(/\D/g, '');
      if (c.isExample && !examples.has(digits))
        examples.set(digits, { file, field: `contacts.${i}.isExample`, phone: c.phone });
    });
  }
  return examples;
}

/** Roles in the words of the board's unit: `unitKind` undefined for the commune's own board. */
function contactsOf(board: Board | undefined, words: CommuneWords, unitKind?: string): (Contact & { key: string })[] {
  return (board?.data.contacts ?? []).map((c) => ({
    role: roleLabel(c.role, words, unitKind),
    who: [c.name, c.title].filter(Boolean).join(', '),
    phone: formatPhone(c.phone),
    isExample: c.isExample,
    key: c.phone.replace(/\D/g, ''),
  }));
}

/** A village's own numbers first, then the commune's numbers it does not already list. */
function mergedContacts(
  own: Board | undefined,
  commune: Board | undefined,
  words: CommuneWords,
  unitKind?: string,
): Contact[] {
  const mine = contactsOf(own, words, unitKind);
  const seen = new Set(mine.map((c) => c.key));
  return [...mine, ...contactsOf(commune, words).filter((c) => !seen.has(c.key))].map(({ key: _key, ...c }) => c);
}

/** The number the header's call button dials first (the 24/7 duty line), then the commune's other numbers. */
function withDutyNumber(brand: Brand, contacts: Contact[]): Contact[] {
  const same = contacts.find((c) => c.phone.replace(/\D/g, '') === brand.phone.replace(/\D/g, ''));
  const duty: Contact = {
    role: same?.role ?? posterText.poster.duty,
    who: same?.who ?? '',
    phone: brand.phone,
    isExample: brand.phoneIsExample || (same?.isExample ?? false),
  };
  return [duty, ...contacts.filter((c) => c !== same)];
}

export async function posterManifest(site: URL): Promise<PosterManifest> {
  const settings = await getSite();
  const brand = brandOf(settings);
  const abs = (path: string) => new URL(path, site).href;
  const jobs: PosterJob[] = [];
  const commune = settings.commune;
  const villages = await getVillages();
  const communeBoard = await getBoardFor(commune.id);
  const words = await getUnitWords();
  const communeContacts = mergedContacts(communeBoard, undefined, words);

  // Hotline boards: the commune's, then one per village, as PDF and 300 dpi PNG; one sheet of QR stickers.
  const units: { unit: Unit; page: string; contacts: Contact[]; board: Board | undefined }[] = [
    { unit: commune, page: routes.section('hotlines'), contacts: communeContacts, board: communeBoard },
    ...(await Promise.all(
      villages.map(async (v) => {
        const board = await getBoardFor(v.id);
        return {
          unit: v,
          page: routes.entry('hotlines', v.id),
          contacts: mergedContacts(board, communeBoard, words, v.data.kind),
          board,
        };
      }),
    )),
  ];
  for (const u of units) {
    const isCommune = u.unit.id === commune.id;
    const board = u.board ?? communeBoard;
    const data = {
      brand,
      unitName: unitName(u.unit),
      unitContext: [isCommune ? '' : unitName(commune), commune.data.province ?? ''].filter(Boolean).join(', '),
      contacts: u.contacts,
      mailbox: board?.data.mailbox ?? settings.contact.address,
      vneidSteps: reportingFacts(settings).vneidSteps,
      verifiedOn: board ? formatDateShort(board.data.verifiedOn) : '',
      qrUrl: abs(u.page),
      contactsUrl: u.contacts.length > 0 ? abs(posterPaths.contacts(u.unit.id)) : undefined,
    };
    for (const format of ['pdf', 'png'] as const)
      jobs.push({ file: posterPaths.board(u.unit.id, format), page: u.page, template: 'board', format, data });
  }
  jobs.push({
    file: posterPaths.stickers(commune.id),
    page: routes.section('hotlines'),
    template: 'stickers',
    format: 'pdf',
    data: {
      brand,
      stickers: units.map((u) => ({
        unitName: unitName(u.unit),
        role: u.contacts[0]?.role ?? posterText.poster.duty,
        phone: u.contacts[0]?.phone ?? brand.phone,
        isExample: u.contacts[0] ? u.contacts[0].isExample : brand.phoneIsExample,
        url: abs(u.page),
      })),
    },
  });

  // Square cards of articles.
  for (const a of await getPublishedArticles()) {
    jobs.push({
      file: posterPaths.square(a.id),
      page: routes.entry('articles', a.id),
      template: 'square',
      format: 'png',
      data: {
        brand,
        kicker: choiceLabel('articleCategory', a.data.category),
        title: a.data.title,
        summary: a.data.summary,
        date: formatDateShort(a.data.publishDate),
      },
    });
  }

  // Campaign posters and banners.
  for (const c of await getCampaigns()) {
    const page = routes.entry('campaigns', c.id);
    const { title, slogan, theme, startDate, endDate } = c.data;
    jobs.push({
      file: posterPaths.poster(c.id),
      page,
      template: 'poster',
      format: 'pdf',
      data: {
        brand,
        title,
        theme,
        slogan,
        period: posterText.poster.period(formatDateShort(startDate), formatDateShort(endDate)),
        keyDates: (c.data.keyDates ?? []).map((k) => ({ date: formatDateShort(k.date), label: k.label })),
        contacts: withDutyNumber(brand, communeContacts),
        qrUrl: abs(page),
      },
    });
    for (const format of ['pdf', 'png'] as const)
      jobs.push({
        file: posterPaths.banner(c.id, format),
        page,
        template: 'banner',
        format,
        data: { brand, title, slogan },
      });
  }

  // Lesson handouts, slides, and quiz worksheets and answer keys (src/posters/lesson-files.ts).
  const lessonInputs: LessonInput[] = [];
  for (const l of await getLessons()) {
    const page = routes.entry('lessons', l.id);
    const d = l.data;
    jobs.push({
      file: posterPaths.handout(l.id),
      page,
      template: 'handout',
      format: 'pdf',
      data: {
        brand,
        title: d.title,
        summary: d.summary,
        level: choiceLabel('lessonLevel', d.level),
        minutes: d.durationMinutes,
        objectives: d.objectives,
        materials: d.materials ?? [],
        activities: d.activities,
        keyMessages: d.keyMessages,
        contacts: communeContacts,
        url: abs(page),
      },
    });
    lessonInputs.push(lessonInput(l, page, abs(page), choiceLabel('lessonLevel', d.level)));
    jobs.push(...lessonFileJobs(lessonInputs.at(-1)!, brand, withDutyNumber(brand, communeContacts)));
  }

  // Commitment forms.
  for (const f of await entries('forms')) {
    const d = f.data;
    jobs.push({
      file: posterPaths.form(f.id),
      page: routes.entry('forms', f.id),
      template: 'form',
      format: 'pdf',
      data: {
        brand,
        title: d.title,
        summary: d.summary,
        fillIn: [...ui.formFacts.fillIn(words.unitList)[d.audience]],
        commitments: d.commitments,
        signers: [...ui.formFacts.signers(words.heads)[d.audience]],
        signHint: ui.formFacts.signHint,
        place: commune.data.name,
      },
    });
  }

  // A print or image that would show an illustrative number without "số minh họa" stops the build here.
  checkExampleMarks(jobs, await exampleNumbers(settings));
  // One ZIP per school level: its lessons' files and the commitment forms.
  const forms = (await entries('forms')).map((f) => ({ id: f.id, title: f.data.title }));
  const bundles = levelBundles(choices.lessonLevel, lessonInputs, forms, brand, routes.lessonLevel, abs('/'));
  return { brand, units: Object.fromEntries(villages.map((v) => [v.id, unitName(v)])), jobs, bundles };
}
