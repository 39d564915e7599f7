/** Reads the portal's public address before Astro starts (sitemap, RSS and share links need it). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../utils/content-dir';
import { readContentFile } from '../safety/content-files';

export function readSiteUrl(): string {
  if (process.env.SITE_URL) return process.env.SITE_URL;
  const file = join(contentDir(), 'settings', 'site.yaml');
  if (!existsSync(file)) return 'http://localhost:4321';
  const settings = parse(readContentFile(file)) as { siteUrl?: unknown };
  return typeof settings?.siteUrl === 'string' ? settings.siteUrl : 'http://localhost:4321';
}
