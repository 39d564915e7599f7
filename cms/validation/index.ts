/**
 * What the CMS accepts, the build accepts: every widget of the editor also runs the build's checks on its
 * top-level field (entry-issues.ts: the field builders' schemas and the cross-field rules; body-issues.ts: the MDX
 * allow-list with the components' attributes), shows the build's message on the field and stops the save.
 */
import type { ComponentType } from 'react';
import { checkedControl, type ControlProps } from './checked-widget';
import { entryIssues, modelOf } from './entry-issues';
import { bodyIssues } from './body-issues';

const toJS = (value: unknown): unknown =>
  value && typeof value === 'object' && typeof (value as { toJS?: unknown }).toJS === 'function'
    ? (value as { toJS: () => unknown }).toJS()
    : value;

/** Empty as Decap's presence check sees it: Decap itself says a required field is missing. */
const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 0 &&
    !(value instanceof Date));

/** The build's messages for the top-level field a control edits; nested controls and component dialogs are judged through it. */
export function fieldMessages(props: ControlProps): string[] {
  if (props.isEditorComponent || (props.parentIds?.length ?? 0) > 0) return [];
  const entry = props.getEntry();
  const model = modelOf(String(props.collection.get('name')), String(entry.get('slug') ?? ''));
  if (!model) return [];
  const name = String(props.field.get('name'));
  const value = toJS(props.value);
  if (name === 'body' && props.field.get('widget') === 'markdown')
    return typeof value === 'string' ? bodyIssues(value) : [];
  if (isEmpty(value) && props.field.get('required', true) !== false) return [];
  // Decap's own pattern message already says it, from the same rule (the field builders give Decap the pattern).
  const pattern = toJS(props.field.get('pattern')) as [string, string] | undefined;
  if (pattern && typeof value === 'string' && value !== '' && !new RegExp(pattern[0]).test(value)) return [];
  const data = { ...((toJS(entry.get('data')) ?? {}) as Record<string, unknown>), [name]: value };
  return entryIssues(model, data).get(name) ?? [];
}

/** A widget's control that also runs the build's checks (cms/widget-controls.ts gives it every widget's control). */
export const validatedControl = (control: ComponentType<ControlProps>): ComponentType<ControlProps> =>
  checkedControl(control, fieldMessages);
