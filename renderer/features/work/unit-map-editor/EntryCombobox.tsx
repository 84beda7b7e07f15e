import { useCombobox } from 'downshift';
import { useId, type KeyboardEvent, type RefObject } from 'react';
import { Field } from '../../../components/Field';
import { suggestionNumber, type MapSuggestion } from './UnitMapEditor.utils';

type PreventableKeyEvent = KeyboardEvent<HTMLInputElement> & { nativeEvent: { preventDownshiftDefault?: boolean } };

// Highlight moves only with the keyboard: a mouse resting on the list must not change what Enter adds.
const KEYBOARD_MOVES = new Set<string>([
  useCombobox.stateChangeTypes.InputKeyDownArrowDown,
  useCombobox.stateChangeTypes.InputKeyDownArrowUp,
  useCombobox.stateChangeTypes.InputKeyDownPageDown,
  useCombobox.stateChangeTypes.InputKeyDownPageUp,
  useCombobox.stateChangeTypes.InputBlur,
]);

interface Args {
  shown: MapSuggestion[];
  /** The highlighted suggestion's index in `shown`, -1 for none. */
  active: number;
  onActiveChange: (index: number) => void;
  /** Escape with nothing highlighted: back to the grid. */
  onLeave: () => void;
}

/**
 * "What it is" as a Downshift combobox over the cell's suggestions. The list stays on screen (it
 * doubles as a numbered menu for the grid's digit keys), so Downshift's own "open" state is only the
 * keyboard highlight; Enter is left to the form, which adds the highlighted suggestion or the typed text.
 */
export function useEntryCombobox({ shown, active, onActiveChange, onLeave }: Args) {
  const listLabelId = useId();
  const combobox = useCombobox<MapSuggestion>({
    items: shown,
    itemToString: (s) => s?.label ?? '',
    itemToKey: (s: MapSuggestion | null) => s?.id,
    isOpen: active >= 0,
    highlightedIndex: active,
    selectedItem: null,
    onHighlightedIndexChange: ({ highlightedIndex, type }) => {
      if (KEYBOARD_MOVES.has(type)) onActiveChange(highlightedIndex ?? -1);
    },
  });
  const onKeyDown = (event: PreventableKeyEvent) => {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && shown.length === 0) {
      event.nativeEvent.preventDownshiftDefault = true;
    } else if (event.key === 'Enter' || event.key === 'Home' || event.key === 'End') {
      // Enter submits the form; Home and End move the caret in the text.
      event.nativeEvent.preventDownshiftDefault = true;
    } else if (event.key === 'Escape') {
      event.nativeEvent.preventDownshiftDefault = true;
      if (active >= 0) {
        onActiveChange(-1);
      } else {
        event.preventDefault();
        onLeave();
      }
    }
  };
  return { combobox, listLabelId, onKeyDown };
}

export type EntryCombobox = ReturnType<typeof useEntryCombobox>;

interface InputProps {
  control: EntryCombobox;
  value: string;
  error?: string;
  hasSuggestions: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
  onChange: (value: string) => void;
}

export function EntryComboboxInput({ control, value, error, hasSuggestions, inputRef, onChange }: InputProps) {
  return (
    <Field label="What it is" className="quick-what" error={error} hint="Type and press Enter. ↓ picks a suggestion. On a grid cell, 1–9 adds that suggestion.">
      {(field) => (
        <input
          type="text"
          {...control.combobox.getInputProps({
            ...field,
            // The <label for> names it; Downshift's own label id is not rendered.
            'aria-labelledby': undefined,
            // The suggestions are always on screen when there are any.
            'aria-expanded': hasSuggestions,
            ref: inputRef,
            value,
            onChange: (e) => onChange(e.currentTarget.value),
            onKeyDown: control.onKeyDown,
          })}
        />
      )}
    </Field>
  );
}

interface ListProps {
  control: EntryCombobox;
  shown: MapSuggestion[];
  available: MapSuggestion[];
  columnLabel: string;
  onPick: (suggestion: MapSuggestion) => void;
}

/** The cell's suggestions, numbered as the grid's digit keys pick them; a click adds one. */
export function SuggestionList({ control, shown, available, columnLabel, onPick }: ListProps) {
  const { combobox, listLabelId } = control;
  return (
    <div className="work-suggestions">
      <p className="work-suggestions-title" id={listLabelId}>
        Suggestions for {columnLabel} (click to add):
      </p>
      {shown.length === 0 ? <p className="muted">{available.length === 0 ? 'None left for this cell.' : 'No suggestion matches what you typed.'}</p> : null}
      <ul
        {...combobox.getMenuProps({ 'aria-labelledby': listLabelId, className: 'work-suggestion-list', hidden: shown.length === 0 }, { suppressRefError: true })}
      >
        {shown.map((s, index) => (
          <li
            key={s.id}
            {...combobox.getItemProps({
              item: s,
              index,
              className: index === combobox.highlightedIndex ? 'work-suggestion active' : 'work-suggestion',
              onClick: (e) => {
                (e.nativeEvent as Event & { preventDownshiftDefault?: boolean }).preventDownshiftDefault = true;
                onPick(s);
              },
            })}
          >
            <span className="work-suggestion-key" aria-hidden="true">
              {suggestionNumber(available, s)}
            </span>
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
