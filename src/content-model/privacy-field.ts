/**
 * The `privacy` front-matter field every content type has: the phrases an editor marks as public, each with
 * its reason. A list (not a group) so the CMS checks the two subfields only for entries that have exceptions:
 * Decap validates required subfields of an optional group even when the group is left empty.
 */
import { groupList, longText, text, type DecapField } from './fields';
import { privacyFieldText as t } from '../i18n/safety';

/** Name of the field in front matter. */
export const PRIVACY_FIELD = 'privacy';

/** `privacy: [{ phrase: "exact phrase", reason: "why it is public" }]`: optional, collapsed in the CMS. */
export function privacyField() {
  const field = groupList(PRIVACY_FIELD, {
    ...t.group,
    required: false,
    summary: '{{fields.phrase}}',
    fields: [text('phrase', { ...t.phrase, max: 200 }), longText('reason', { ...t.reason, min: 10, max: 500 })],
  });
  const decap: DecapField = { ...field.decap, collapsed: true };
  return { ...field, decap };
}
