/** Reads the portal's public address before Astro starts (sitemap, RSS and share links need it). */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../utils/content-dir';

export function readSiteUrl(): string {
  if (process.env.SITE_URL) return process.env.SITE_URL;
  const file = join(contentDir(), 'settings', 'site.yaml');
  if (!existsSync(file)) return 'http://localhost:4321';
  const settings = parse(readFileSync(file, 'utf8')) as { siteUrl?: unknown };
  return typeof settings?.siteUrl === 'string' ? settings.siteUrl : 'http://localhost:4321';
}
