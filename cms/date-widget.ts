/**
 * The date (and time) field, registered in place of Decap's `datetime` widget: Decap's shows the browser's native
 * date input, which follows the browser's language (mm/dd/yyyy on an English system) and writes "UTC" beside it.
 * This one is a text field in Vietnamese order (23/11/2026, 24-hour 14:30) in Vietnam's time, with "Hôm nay" and
 * "Xoá", and stores exactly what the field's `format` says (cms/date-text.ts), so stored values do not change.
 */
import { Component, createElement as h } from 'react';
import type { Map as ImmutableMap } from 'immutable';
import { dateFieldText as text } from '../src/i18n/cms-widgets';
import {
  dayText,
  formatStored,
  parseDayText,
  parseStored,
  parseTimeText,
  timeText,
  vietnamWallTime,
  weekday,
  type WallTime,
} from './date-text';

interface Props {
  field: ImmutableMap<string, unknown>;
  forID: string;
  value?: string | Date | null;
  onChange: (value: string) => void;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  t: (key: string, params?: Record<string, unknown>) => string;
  isDisabled?: boolean;
  parentIds?: string[];
}

interface State {
  date: string;
  time: string;
}

/** What a datetime field shows and stores: date, time or both, and the stored format. */
export function fieldShape(field: { get: (key: string) => unknown }) {
  const hasDate = field.get('date_format') !== false;
  const hasTime = field.get('time_format') !== false;
  const given = field.get('format');
  const format =
    typeof given === 'string'
      ? given
      : hasDate && hasTime
        ? 'YYYY-MM-DDTHH:mm:ss.SSSZ'
        : hasDate
          ? 'YYYY-MM-DD'
          : 'HH:mm';
  return { hasDate, hasTime, format };
}

const asText = (value: Props['value']) => (value instanceof Date ? value.toISOString() : (value ?? ''));

export class DateControl extends Component<Props, State> {
  private emitted: string | undefined;

  constructor(props: Props) {
    super(props);
    this.state = this.textsOf(asText(props.value));
  }

  private shape() {
    return fieldShape(this.props.field);
  }

  private label() {
    return String(this.props.field.get('label') ?? this.props.field.get('name'));
  }

  /** The texts the inputs show for a stored value; a value this field cannot read is shown as it is. */
  private textsOf(value: string): State {
    if (!value) return { date: '', time: '' };
    const t = parseStored(value, this.shape().format);
    if (!t) return { date: value, time: '' };
    return { date: dayText(t), time: timeText(t) };
  }

  componentDidMount() {
    if (this.props.value === '{{now}}') this.emit(this.now());
  }

  componentDidUpdate(prev: Props) {
    const value = asText(this.props.value);
    // A value from outside (another tab, a reset, a loaded entry), not the one this field just wrote.
    if (value !== asText(prev.value) && value !== this.emitted) {
      this.emitted = undefined;
      this.setState(this.textsOf(value));
    }
  }

  private now(): State {
    const t = vietnamWallTime(new Date());
    return { date: dayText(t), time: timeText(t) };
  }

  /** The wall time the texts stand for, or null while they are empty, unfinished or wrong. */
  private wallTime(state: State): WallTime | null {
    const { hasDate, hasTime } = this.shape();
    const day = hasDate ? parseDayText(state.date) : { year: 1970, month: 1, day: 1 };
    const clock = hasTime ? parseTimeText(state.time) : { hour: 0, minute: 0 };
    return day && clock ? { ...day, ...clock, second: 0, ms: 0 } : null;
  }

  private emit(state: State) {
    this.setState(state);
    const t = this.wallTime(state);
    const value = t ? formatStored(t, this.shape().format) : '';
    this.emitted = value;
    this.props.onChange(value);
  }

  /** Read by Decap before it saves: a field left half-written stops the save with a message saying how to write it. */
  isValid = () => {
    const { hasDate, hasTime } = this.shape();
    const { date, time } = this.state;
    if (!date && !time) return true;
    const message =
      hasDate && !parseDayText(date)
        ? text.badDate(this.label())
        : hasTime && !parseTimeText(time)
          ? text.badTime(this.label())
          : undefined;
    return message ? { error: { type: 'CUSTOM', parentIds: this.props.parentIds ?? [], message } } : true;
  };

  /** What Decap checks for presence: the typed text while it is not a date yet, so "required" does not hide the real fault. */
  getValidateValue = () =>
    this.wallTime(this.state) ? asText(this.props.value) : `${this.state.date}${this.state.time}`;

  render() {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, isDisabled, t } = this.props;
    const { hasDate, hasTime } = this.shape();
    const label = this.label();
    const wall = this.wallTime(this.state);
    const input = (kind: 'date' | 'time', id: string | undefined) =>
      h('input', {
        id,
        type: 'text',
        inputMode: 'numeric',
        autoComplete: 'off',
        className: `portal-date-${kind}`,
        placeholder: kind === 'date' ? text.datePlaceholder : text.timePlaceholder,
        // The date input is named by the field's own label (for=id); the time input has none of its own.
        'aria-label': kind === 'time' ? text.timeLabel(label) : undefined,
        title: kind === 'date' ? text.dateLabel(label) : text.timeLabel(label),
        value: this.state[kind],
        disabled: isDisabled,
        onChange: (e: { target: { value: string } }) => this.emit({ ...this.state, [kind]: e.target.value }),
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
      });
    return h(
      'div',
      { className: `${classNameWrapper} portal-date` },
      hasDate ? input('date', forID) : null,
      hasTime ? input('time', hasDate ? `${forID}-time` : forID) : null,
      hasTime ? h('span', { className: 'portal-date-zone' }, text.vietnamTime) : null,
      isDisabled
        ? null
        : h(
            'span',
            { className: 'portal-date-buttons' },
            h(
              'button',
              {
                type: 'button',
                'aria-label': t('editor.editorWidgets.datetime.setToNow'),
                onClick: () => this.emit(this.now()),
              },
              t('editor.editorWidgets.datetime.now'),
            ),
            h(
              'button',
              { type: 'button', onClick: () => this.emit({ date: '', time: '' }) },
              t('editor.editorWidgets.datetime.clear'),
            ),
          ),
      wall && hasDate
        ? h(
            'span',
            { className: 'portal-date-spelled' },
            text.spelled(text.weekdays[weekday(wall)]!, wall.day, wall.month, wall.year),
          )
        : null,
    );
  }
}

/** The preview of a date field: as readers see dates, 23/11/2026 (14:30). */
export function DatePreview({ value, field }: { value?: string | Date; field: Props['field'] }) {
  const { hasDate, hasTime, format } = fieldShape(field);
  const t = value ? parseStored(asText(value), format) : null;
  const shown = t ? [hasDate ? dayText(t) : '', hasTime ? timeText(t) : ''].filter(Boolean).join(' ') : asText(value);
  return h('div', null, shown);
}
