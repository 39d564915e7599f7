/** Every content type of the portal, in the order editors see them. The single source for Astro and the CMS. */
import { articles } from './types/articles';
import { broadcasts } from './types/broadcasts';
import { campaigns } from './types/campaigns';
import { documents } from './types/documents';
import { forms } from './types/forms';
import { hotlines } from './types/hotlines';
import { lessons } from './types/lessons';
import { programmes } from './types/programmes';
import { site } from './types/site';
import { searchSettings } from './types/search-settings';
import { units } from './types/units';

export const contentTypes = [
  articles,
  hotlines,
  units,
  programmes,
  lessons,
  campaigns,
  documents,
  broadcasts,
  forms,
] as const;
export const settingsFiles = [site, searchSettings] as const;

export { articles, broadcasts, campaigns, documents, forms, hotlines, lessons, programmes, site, units };
