/**
 * After a failed save: moves the focus to the first field that has a problem within `scope` (a
 * CSS selector), once the problems are drawn, and brings it to the middle of the window (clear of
 * sticky bars). Fields with a problem are antd form items in error or controls marked aria-invalid.
 */
export function focusFirstError(scope: string): void {
  const tryFocus = (attempts: number) => {
    const root = document.querySelector<HTMLElement>(scope);
    const target = root?.querySelector<HTMLElement>(
      [
        '.ant-form-item-has-error input:not([type="hidden"]):not([disabled])',
        '.ant-form-item-has-error textarea:not([disabled])',
        '.ant-form-item-has-error [role="combobox"]',
        '.ant-form-item-has-error button:not([disabled])',
        '.ant-form-item-has-error [tabindex]:not([tabindex="-1"])',
        '[aria-invalid="true"]:not([disabled])',
      ].join(', '),
    );
    if (target) {
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'center' });
    } else if (attempts > 0) {
      // The problems appear with the next render.
      requestAnimationFrame(() => tryFocus(attempts - 1));
    }
  };
  requestAnimationFrame(() => tryFocus(10));
}
