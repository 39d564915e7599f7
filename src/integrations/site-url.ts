/** Reads the portal's public address before Astro starts (sitemap, RSS and share links need it). */
import { contentDir } from '../utils/content-dir';
import { readDataIfValid, settingsPath } from '../content-model/read';
import { site } from '../content-model/registry';

/** SITE_URL, else `siteUrl` of the site settings, else the local address (a broken file is reported by the loader). */
export function readSiteUrl(): string {
  if (process.env.SITE_URL) return process.env.SITE_URL;
  const settings = readDataIfValid(settingsPath(contentDir(), site));
  return typeof settings?.siteUrl === 'string' ? settings.siteUrl : 'http://localhost:4321';
}
