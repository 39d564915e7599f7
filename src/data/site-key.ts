/**
 * The part of every page's cache key (page-key.ts) that the layout and the shared components show: the settings
 * (name, contacts, reporting, targets), every unit (the commune's name, "các thôn" and the other unit words), the
 * sections in the menu (they follow today's published entries), the built stylesheet and script names, and the
 * digest of the site's own code (src/integrations/code-digest.ts: any change to the code renders every page again).
 */
import { settingsFiles } from '../content-model/registry';
import { builtAssetNames } from './built-assets';
import { entries } from './entries';
import { entryKey, pageKey } from './page-key';
import { shownSections } from './sections';

/** The key of what all pages share, as it is in this build. */
export async function siteKey(): Promise<string> {
  const settings = await Promise.all(settingsFiles.map(async (file) => (await entries(file.name)).map(entryKey)));
  const units = (await entries('units')).map(entryKey);
  const sections = [...(await shownSections())].sort();
  return pageKey(import.meta.env.SITE_CODE_DIGEST ?? '', settings, units, sections, builtAssetNames());
}
