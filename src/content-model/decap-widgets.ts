/**
 * The Decap widget options of the date and relation fields, written once: the field builders `date()` and
 * `reference()` (src/content-model/fields.ts) use them, and through them every collection and every content
 * component's props in the CMS.
 */

/** A calendar day: picked as DD/MM/YYYY, stored as YYYY-MM-DD, no time, no shift by the browser's time zone. */
export const decapDateWidget = {
  widget: 'datetime',
  format: 'YYYY-MM-DD',
  date_format: 'DD/MM/YYYY',
  time_format: false,
  picker_utc: true,
} as const;

/** A link to an entry of `collection` by its slug (file name), found and shown by `displayField`. */
export function decapRelationWidget(collection: string, displayField: string) {
  return {
    widget: 'relation',
    collection,
    search_fields: [displayField],
    value_field: '{{slug}}',
    display_fields: [displayField],
  } as const;
}
