// What a control starts with when a form is shown (again): one rule for both form hooks.

// A text control's value: what was typed, or nothing.
export function textDefault(values: Record<string, unknown>, name: string): string {
  return typeof values[name] === 'string' ? values[name] : '';
}

// Whether a checkbox or radio starts checked: its value was chosen, or a "yes" box was true.
export function choiceDefault(values: Record<string, unknown>, name: string, value: string): boolean {
  return values[name] === value || (value === 'yes' && values[name] === true);
}
