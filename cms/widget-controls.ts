/**
 * Each widget's control with the admin's wrappers, composed before Decap registers the widget once (registering a
 * name twice makes Decap warn in the console). Innermost first: Decap's control or its Vietnamese replacement
 * (cms/decap.ts), the steady rich-text body (cms/steady-markdown.ts), then the build's checks (cms/validation),
 * which must wrap the steady control so that they see the body as it will be saved.
 */
import type { ComponentType } from 'react';
import { steadyControl } from './steady-markdown';
import { validatedControl } from './validation';
import type { ControlProps } from './validation/checked-widget';

/** The control to register for widget `name`, given its base control. */
export function composeControl(name: string, control: unknown): ComponentType<ControlProps> {
  const steady = name === 'markdown' ? steadyControl(control) : control;
  return validatedControl(steady as ComponentType<ControlProps>);
}
