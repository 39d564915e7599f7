/**
 * Decap's select and relation fields with Vietnamese messages (react-select's "No options", the relation's
 * hard-coded "Loading options…", and what both tell screen readers), and links to units shown with the unit's kind
 * before its name ("xã Lạc Phượng", "thôn Đồng Lạc"), so the commune is told apart from its villages.
 */
import { cloneElement, type ComponentType, type ReactElement } from 'react';
import type { Map as ImmutableMap } from 'immutable';
import { selectText as text } from '../src/i18n/cms-widgets';
import { unitName, isCommuneKind, isResidentialKind } from '../src/utils/unit-words';

type Field = ImmutableMap<string, unknown>;
interface Option {
  value: unknown;
  label: string;
  data?: Record<string, unknown>;
}
interface LiveProps {
  context?: string;
  action?: string;
  label?: string;
  labels?: string[];
  isDisabled?: boolean;
  focused?: unknown;
  options?: unknown[];
  selectValue?: unknown[];
  isAppleDevice?: boolean;
  inputValue?: string;
  resultsMessage?: string;
  'aria-label'?: string;
}

const position = (list: unknown[] | undefined, item: unknown) =>
  list?.length ? text.position(list.indexOf(item) + 1, list.length) : '';

/** react-select's screen-reader messages, in Vietnamese. */
export const vietnameseSelectProps = {
  noOptionsMessage: () => text.noOptions,
  loadingMessage: () => text.loading,
  screenReaderStatus: ({ count }: { count: number }) => text.results(count),
  ariaLiveMessages: {
    guidance: (p: LiveProps) =>
      p.context === 'menu'
        ? text.guidanceMenu
        : p.context === 'input'
          ? text.guidanceInput(p['aria-label'] ?? '')
          : p.context === 'value'
            ? text.guidanceValue
            : '',
    onChange: (p: LiveProps) => {
      if (p.action === 'clear') return text.cleared;
      if (p.action === 'deselect-option' || p.action === 'pop-value' || p.action === 'remove-value')
        return text.deselected(p.label ?? '');
      if (p.action === 'initial-input-focus') return text.selected((p.labels ?? []).join(', '));
      if (p.action === 'select-option')
        return p.isDisabled ? text.disabled(p.label ?? '') : text.selected(p.label ?? '');
      return '';
    },
    onFocus: (p: LiveProps) => {
      if (p.context === 'value' && p.selectValue)
        return text.focused(p.label ?? '', position(p.selectValue, p.focused));
      if (p.context === 'menu' && p.isAppleDevice) return text.focused(p.label ?? '', position(p.options, p.focused));
      return '';
    },
    onFilter: (p: LiveProps) => text.filtered(p.resultsMessage ?? '', p.inputValue ?? ''),
  },
};

/** "xã Lạc Phượng" for an option whose entry is a unit of a known kind; the option as it was otherwise. */
export function unitOptionLabel(option: Option): string {
  const kind = option.data?.kind;
  const name = option.data?.name;
  if (typeof kind !== 'string' || typeof name !== 'string' || !(isCommuneKind(kind) || isResidentialKind(kind)))
    return option.label;
  return unitName({ kind, name });
}

// The class components of decap-cms-widget-select and -relation, as far as they are used here.
type Control = new (props: { field: Field }) => {
  props: { field: Field };
  render(): ReactElement;
  parseHitOptions?: (hits: unknown[]) => Option[];
};

/** A select or relation control whose react-select speaks Vietnamese; relations to `units` name each unit's kind. */
export function vietnameseSelect(Base: ComponentType<never>): ComponentType<never> {
  const Parent = Base as unknown as Control;
  class VietnameseSelect extends Parent {
    constructor(props: { field: Field }) {
      super(props);
      const parse = this.parseHitOptions;
      if (parse) {
        this.parseHitOptions = (hits) => {
          const options = parse(hits);
          return this.props.field.get('collection') === 'units'
            ? options.map((o) => ({ ...o, label: unitOptionLabel(o) }))
            : options;
        };
      }
    }

    render() {
      return cloneElement(super.render(), vietnameseSelectProps);
    }
  }
  return VietnameseSelect as unknown as ComponentType<never>;
}
