import type { KeyboardEvent } from 'react';
import { useStaffI18n } from '../../i18n/staff';

/**
 * A yes/no answer typed as fast as a number: C / Y / 1 answer yes (có), K / N / 0 answer no
 * (không), Space switches, Delete clears; a click works too. Arrow keys, Tab and Enter are left to
 * the sheet's navigation. `inherited` shows the self answer a reviewer keeps by leaving it blank.
 */
export function YesNoCell({
  value,
  onChange,
  disabled,
  inherited,
  label,
  veto,
  testId,
}: {
  value: boolean | null;
  onChange: (v: boolean | null) => void;
  disabled?: boolean;
  inherited?: boolean | null;
  label: string;
  veto?: boolean;
  testId?: string;
}) {
  const { t } = useStaffI18n();
  const s = t.scoring.sheet;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (disabled || e.ctrlKey || e.metaKey || e.altKey) return;
    const k = e.key.toLowerCase();
    if (k === 'c' || k === 'y' || k === '1') onChange(true);
    else if (k === 'k' || k === 'n' || k === '0') onChange(false);
    else if (k === ' ') onChange(value === true ? false : true);
    else if (k === 'delete' || k === 'backspace') onChange(null);
    else return;
    e.preventDefault();
  };
  const shown = value ?? null;
  const option = (v: boolean) => {
    const on = shown === v;
    const ghost = shown === null && inherited === v;
    return (
      <span
        className={`fg-yesno-opt${on ? (v ? (veto ? ' fg-on-bad' : ' fg-on-yes') : veto ? ' fg-on-yes' : ' fg-on-no') : ''}${ghost ? ' fg-inherited' : ''}`}
        onMouseDown={(e) => e.preventDefault()}
        onClick={(e) => {
          if (disabled) return;
          onChange(on ? null : v);
          e.currentTarget.parentElement?.focus();
        }}
        role="radio"
        aria-checked={on}
      >
        {v ? (veto ? s.vetoYes : s.yes) : veto ? s.vetoNo : s.no}
      </span>
    );
  };
  return (
    <div
      className={`fg-yesno${disabled ? ' fg-disabled' : ''}`}
      tabIndex={disabled ? -1 : 0}
      role="radiogroup"
      aria-label={label}
      aria-disabled={disabled}
      data-testid={testId}
      data-value={shown === null ? '' : shown ? 'yes' : 'no'}
      onKeyDown={onKeyDown}
    >
      {option(true)}
      {option(false)}
    </div>
  );
}
