/**
 * Decap's rich-text editor rewrites the body as soon as an entry opens: it parses the Markdown into its editor
 * tree and writes it back in its own spelling ("-" list bullets become "*", the blank line after the front matter
 * goes). Decap compares that text with the file, finds a difference and shows "unsaved changes" on an entry nobody
 * touched, asks twice before deleting it and keeps a local backup of it. Here the markdown widget is wrapped so that
 * a body that only differs from the opened one in spelling is reported as the opened text itself: the flag then
 * reflects real edits only (and undoing an edit clears it again).
 */
import { Component, createElement as h, createRef } from 'react';
import { markdownToSlate, slateToMarkdown } from 'decap-cms-widget-markdown/dist/esm/serializers/index.js';
import { memoize, steadyValue } from './steady-value';

interface ControlProps {
  value?: unknown;
  onChange: (value: unknown, ...rest: unknown[]) => void;
  getEditorComponents?: () => { find: (test: (c: { type?: string }) => boolean) => unknown };
  getRemarkPlugins?: () => unknown[];
  [prop: string]: unknown;
}

type ControlInstance = { focus?: () => void; isValid?: () => unknown } | null;

/** The markdown control, with the opened value kept for the comparison. Decap remounts it for every new draft. */
export function steadyControl(Inner: unknown) {
  return class SteadyMarkdownControl extends Component<ControlProps> {
    inner = createRef<ControlInstance>();
    opened = this.props.value;
    canonical = memoize((markdown) => {
      const components = this.props.getEditorComponents?.();
      const options = {
        voidCodeBlock: Boolean(components?.find((c) => c?.type === 'code-block')),
        remarkPlugins: this.props.getRemarkPlugins?.() ?? [],
      };
      try {
        return slateToMarkdown(markdownToSlate(markdown, options), options);
      } catch {
        return markdown; // Unparsable: compared as written, so an edit is never hidden.
      }
    });

    handleChange = (value: unknown, ...rest: unknown[]) => {
      this.props.onChange(steadyValue(value, this.opened, this.canonical), ...rest);
    };

    /** Decap validates through the control's instance, calling this unbound: an arrow keeps `this`. */
    isValid = () => this.inner.current?.isValid?.() ?? true;

    /** Decap focuses a field through its control's instance (the label is clicked). */
    focus() {
      this.inner.current?.focus?.();
    }

    render() {
      return h(Inner as never, { ...this.props, onChange: this.handleChange, ref: this.inner });
    }
  };
}
