/**
 * The quiz page of a lesson in headless Chromium, served with the site's real headers (its CSP): without JavaScript
 * every question, answer and explanation is there; with JavaScript a wrong and a right answer are marked in words and
 * scored; nothing leaves the page's own server and nothing is stored; axe finds nothing, on phone and desktop widths.
 * Built from the second commune plus a lesson without a quiz, which gets no quiz page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
// The model first: the loader reaches it through a loop of imports that only resolves in this order.
import { lessons } from '../../src/content-model/types/lessons';
import { toZod } from '../../src/content-model/to-zod';
import { readData } from '../../src/content-model/loader';
import { buildSite, fixtureSite, projectRoot, type BuildResult } from '../helpers/build';
import { overlay } from '../helpers/overlay';
import { launchBrowser } from '../helpers/browser';
import { readPage } from '../helpers/site-files';
import { serveWithHeaders, type HeaderServer } from '../safety/serve-with-headers';
import { axeViolations, withAxe } from '../safety/a11y-checks';
import { sitemapPaths } from '../safety/site-pages';
import { isQuizPath, quizOf, quizPath, type QuizQuestion, type StoredQuestion } from '../../src/data/quiz';
import { quizPageText as t } from '../../src/i18n/quiz';
import { routes } from '../../src/utils/routes';

const LESSON = 'nhan-biet-ma-tuy';
const content = overlay(fixtureSite('dien-bien'), join(projectRoot, 'tests/fixtures/quiz'));
let build: BuildResult;
let served: HeaderServer;
let browser: Browser;

/** The fixture lesson's quiz as the page shows it, read from the content file. */
function quizOfFile(id: string): QuizQuestion[] {
  const { body: _body, ...data } = readData(join(content, 'lessons', `${id}.mdx`));
  return quizOf({ data: toZod(lessons).parse(data) as { quiz?: StoredQuestion[] } });
}

beforeAll(async () => {
  build = buildSite(content);
  if (!build.ok) throw new Error(build.output);
  served = await serveWithHeaders(build.outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('which lessons have a quiz page', () => {
  it('builds one for each lesson with a quiz, none for a lesson without, and lists them in the sitemap', () => {
    expect(existsSync(join(build.outDir, 'bai-giang/nhan-biet-ma-tuy/cau-hoi/index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, 'bai-giang/tu-choi-ru-re/cau-hoi/index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, 'bai-giang/chua-co-cau-hoi/index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, 'bai-giang/chua-co-cau-hoi/cau-hoi'))).toBe(false);
    expect(sitemapPaths(build.outDir).filter(isQuizPath)).toEqual([quizPath(LESSON), quizPath('tu-choi-ru-re')]);
  });

  it('keeps quiz pages out of site search: the lesson page is the result, the quiz repeats it', () => {
    const html = readPage(build.outDir, quizPath(LESSON));
    expect(html).not.toContain('data-pagefind-body');
    expect(html).toContain(`href="${routes.entry('lessons', LESSON)}"`);
  });
});

describe('the quiz page without JavaScript', () => {
  let page: Page;
  beforeAll(async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    page = await context.newPage();
    await page.goto(served.url + quizPath(LESSON));
  });

  it('shows every question as a fieldset with its options, and no check button', async () => {
    const quiz = quizOfFile(LESSON);
    expect(quiz.map((q) => q.kind).sort()).toEqual(['multiple', 'single', 'truefalse']);
    const fieldsets = page.locator('fieldset');
    expect(await fieldsets.count()).toBe(quiz.length);
    for (const [i, q] of quiz.entries()) {
      const fieldset = fieldsets.nth(i);
      expect(await fieldset.locator('legend').innerText()).toContain(q.prompt);
      const type = q.kind === 'multiple' ? 'checkbox' : 'radio';
      expect(await fieldset.locator(`input[type="${type}"]`).count(), q.prompt).toBe(q.options.length);
      // Each option is a labelled input: the label text finds exactly one control.
      for (const option of q.options)
        expect(await fieldset.getByLabel(option.text, { exact: false }).count(), option.text).toBe(1);
    }
    expect(await page.locator('[data-quiz-check]').isVisible()).toBe(false);
  });

  it('shows every answer and explanation once the <details> is opened', async () => {
    const quiz = quizOfFile(LESSON);
    const details = page.locator('details[data-answer]');
    expect(await details.count()).toBe(quiz.length);
    for (const [i, q] of quiz.entries()) {
      const answer = details.nth(i);
      expect(await answer.locator('p').first().isVisible()).toBe(false);
      await answer.locator('summary').click();
      expect(await answer.getAttribute('open')).not.toBeNull();
      const text = await answer.innerText();
      for (const option of q.options.filter((o) => o.correct)) expect(text, q.prompt).toContain(option.text);
      for (const option of q.options.filter((o) => !o.correct && q.kind !== 'truefalse'))
        expect(text, q.prompt).not.toContain(option.text);
      expect(text).toContain(q.explanation);
    }
  });
});

describe('the quiz page with JavaScript', () => {
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await withAxe(context);
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.goto(served.url + quizPath(LESSON));
  });

  it('marks a wrong and a right answer in words, opens their explanations and shows the score', async () => {
    const quiz = quizOfFile(LESSON);
    const questions = page.locator('[data-question]');
    const q1 = questions.nth(0);
    const q2 = questions.nth(1);
    // First question wrong, second right, the others left unanswered.
    await q1.getByLabel(quiz[0]!.options.find((o) => !o.correct)!.text).check();
    for (const option of quiz[1]!.options.filter((o) => o.correct)) await q2.getByLabel(option.text).check();
    await page.getByRole('button', { name: t.check }).click();

    expect(await q1.locator('[data-mark]').innerText()).toContain(t.wrong);
    expect(await q2.locator('[data-mark]').innerText()).toContain(t.right);
    expect(await q2.locator('[data-mark]').innerText()).not.toContain(t.wrong);
    for (let i = 2; i < quiz.length; i++)
      expect(await questions.nth(i).locator('[data-mark]').innerText()).toContain(t.unanswered);
    for (let i = 0; i < quiz.length; i++)
      expect(await questions.nth(i).locator('details').getAttribute('open')).not.toBeNull();
    expect(await page.getByRole('status').innerText()).toBe(t.score(1, quiz.length));
    expect(t.score(1, quiz.length)).toBe(`Đúng 1/${quiz.length} câu`);
  });

  it('is clean under axe with the marks shown, at phone and desktop widths, without sideways scrolling', async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('starts over with "Làm lại": no marks, no score, explanations closed', async () => {
    await page.getByRole('button', { name: t.reset }).click();
    expect(await page.locator('[data-mark]:not(:empty)').count()).toBe(0);
    expect(await page.locator('details[open]').count()).toBe(0);
    expect(await page.locator('input:checked').count()).toBe(0);
    expect(await page.getByRole('status').innerText()).toBe('');
  });

  it("sends nothing anywhere and stores nothing: every request goes to the page's own server, no storage, no error", async () => {
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.filter((url) => !url.startsWith(`${served.url}/`))).toEqual([]);
    // Only the page and what it loads: no request made by the checking itself.
    expect(
      requests.filter(
        (url) =>
          !/\.(css|js|svg|png|webmanifest|ico)$/.test(new URL(url).pathname) &&
          new URL(url).pathname !== quizPath(LESSON),
      ),
    ).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([
      0,
      0,
      '',
    ]);
    expect(consoleErrors).toEqual([]);
  });
});
