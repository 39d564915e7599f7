import { groupList, textList } from '../fields';
import { settingsFile } from '../types';
import { searchSettingsText as t } from '../../i18n/search';

/** Search settings: the slang and common misspellings readers type, mapped to the words the pages use. */
export const searchSettings = settingsFile({
  name: 'search',
  ...t.file,
  file: 'settings/search.yaml',
  fields: [
    groupList('synonyms', {
      ...t.synonyms,
      summary: '{{fields.slang}} → {{fields.means}}',
      fields: [textList('slang', { ...t.slang, min: 1, max: 60 }), textList('means', { ...t.means, min: 1, max: 60 })],
    }),
  ],
});
