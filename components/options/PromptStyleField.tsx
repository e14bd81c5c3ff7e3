import type { JSX } from 'preact';
import { PROMPT_STYLES, type PromptStyle } from '../../lib/settings';

/** The choices as the page names them; the order is PROMPT_STYLES'. */
export const PROMPT_STYLE_LABELS: Record<PromptStyle, string> = {
  'notify-and-open': 'Show a notification and open the routine',
  notify: 'Show a notification only',
  badge: 'Only mark the toolbar badge',
};

export interface PromptStyleFieldProps {
  value: PromptStyle;
  onChange: (style: PromptStyle) => void;
}

/** How a due break reaches the user: a native radio group (arrow keys move and select). */
export function PromptStyleField({ value, onChange }: PromptStyleFieldProps): JSX.Element {
  return (
    <fieldset class="radio-group">
      <legend>When a break is due</legend>
      {PROMPT_STYLES.map((style) => (
        <div class="radio" key={style}>
          <input
            type="radio"
            id={`promptStyle-${style}`}
            name="promptStyle"
            value={style}
            checked={value === style}
            onChange={() => onChange(style)}
          />
          <label for={`promptStyle-${style}`}>{PROMPT_STYLE_LABELS[style]}</label>
        </div>
      ))}
    </fieldset>
  );
}
