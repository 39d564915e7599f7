/**
 * A Decap widget control wrapped so that Decap's own validation (Widget.validate → the control's isValid, and the
 * validate of object and list controls) also runs the build's checks: the message shows on the field and, like any
 * field error, stops the save (decap-cms-core persistEntry refuses a draft with field errors).
 */
import { Component, createElement, type ComponentType } from 'react';

/** A Decap validation error; CUSTOM is ValidationErrorTypes.CUSTOM of decap-cms-core. */
export interface FieldError {
  type: 'CUSTOM';
  parentIds: string[];
  message: string;
}

/** Immutable.js values as Decap passes them (only what is read here). */
interface Immutable {
  get: (key: string, fallback?: unknown) => unknown;
  toJS?: () => unknown;
}

/** The props Decap gives a control that the checks read. */
export interface ControlProps {
  field: Immutable;
  collection: Immutable;
  value: unknown;
  getEntry: () => Immutable;
  forID: string;
  parentIds?: string[];
  isEditorComponent?: boolean;
  onValidateObject?: (id: string, errors: unknown[]) => void;
  /** Registers the control the editor validates before saving (decap-cms-core EditorControlPane.childRefs). */
  controlRef?: (control: unknown) => void;
}

/** The build's messages for one field as the editor holds it, or none. */
export type FieldCheck = (props: ControlProps) => string[];

/** The control methods Decap calls through the widget's ref. */
interface Inner {
  isValid?: () => unknown;
  validate?: () => void;
  validateSize?: () => unknown[];
  focus?: (path?: string) => void;
  getValidateValue?: () => unknown;
  shouldComponentUpdate?: (next: unknown) => boolean;
}

const isError = (response: unknown) =>
  response === false ||
  (typeof response === 'object' &&
    response !== null &&
    'error' in response &&
    Boolean((response as { error: unknown }).error));

/** Wraps a control: same rendering and behaviour, plus the check. */
export function checkedControl(Control: ComponentType<ControlProps>, check: FieldCheck): ComponentType<ControlProps> {
  return class CheckedControl extends Component<ControlProps> {
    inner: Inner | null = null;

    private setInner = (ref: (Inner & { getWrappedInstance?: () => Inner }) | null) => {
      this.inner = ref?.getWrappedInstance ? ref.getWrappedInstance() : ref;
    };

    private errors(): FieldError[] {
      return check(this.props).map((message) => ({ type: 'CUSTOM', parentIds: this.props.parentIds ?? [], message }));
    }

    /** Simple widgets: Decap's Widget.validate asks this after its presence and pattern checks. */
    isValid = () => {
      const own = this.inner?.isValid?.() ?? true;
      if (own instanceof Promise || isError(own)) return own;
      const [first] = this.errors();
      return first ? { error: first } : own;
    };

    /** Object and list controls: Decap calls their validate instead; their own errors are kept beside ours. */
    get validate() {
      const validate = this.inner?.validate;
      if (!validate) return undefined;
      return () => {
        validate();
        const own = this.inner?.validateSize?.() ?? [];
        this.props.onValidateObject?.(this.props.forID, [...own, ...this.errors()]);
      };
    }

    get getValidateValue() {
      return this.inner?.getValidateValue;
    }

    focus(path?: string) {
      this.inner?.focus?.(path);
    }

    override shouldComponentUpdate(next: ControlProps & { classNameWrapper?: unknown; hasActiveStyle?: unknown }) {
      if (this.inner?.shouldComponentUpdate) return this.inner.shouldComponentUpdate(next);
      // Decap's default for controls without their own (Widget.shouldComponentUpdate).
      const props = this.props as typeof next;
      return (
        props.value !== next.value ||
        props.classNameWrapper !== next.classNameWrapper ||
        props.hasActiveStyle !== next.hasActiveStyle
      );
    }

    /**
     * List and object controls register themselves, and forward their items' widgets, as the field's control
     * (ListControl.processControlRef, ObjectControl.processControlRef): the editor would then validate that inner
     * control, or one item's widget, and never this wrapper. At the top level this wrapper is registered instead.
     */
    private registerSelf = () => this.props.controlRef?.(this);

    override render() {
      const topLevel =
        !this.props.isEditorComponent && (this.props.parentIds?.length ?? 0) === 0 && this.props.controlRef;
      return createElement(Control, {
        ...this.props,
        ref: this.setInner,
        ...(topLevel ? { controlRef: this.registerSelf } : {}),
      } as ControlProps);
    }
  };
}
