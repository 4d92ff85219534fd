// Moves the focus to a review form's input by its field name ("header.title"), as a refused
// field's link in the summary does; a select is focused through its combobox.
export function focusField(name: string) {
  const named = document.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
  const control = named?.closest(".MuiFormControl-root");
  const target =
    control?.querySelector<HTMLElement>('[role="combobox"], textarea:not([aria-hidden]), input:not([aria-hidden])') ??
    named;
  target?.focus();
}
