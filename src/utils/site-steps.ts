/**
 * The steps that read the whole built site: the search index, then the images and PDFs. They run in Astro's
 * `astro:build:done` hook, unless the build asks for them to run on their own once Astro has exited
 * (`npm run build` does, through tools/cli/site-steps.ts): Astro's memory (every page's modules and data) is then
 * freed before image rendering and indexing start, and the build's peak memory is the larger of the two, not their sum.
 */

/** Set to 1 by `npm run build` for the `astro build` it runs: the site steps run after it (tools/cli/site-steps.ts). */
export const SITE_STEPS_SEPARATE = 'SITE_STEPS_SEPARATE';

/** True when this `astro build` leaves the site steps to the process that started it. */
export function stepsRunSeparately(): boolean {
  return process.env[SITE_STEPS_SEPARATE] === '1';
}
