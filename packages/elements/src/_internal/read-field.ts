import type { Field, FieldValue } from '@polku/core';

/** A field's value from its form control: trimmed, typed, and `null` when left empty or unreadable. */
export function readField(form: HTMLFormElement, field: Field): FieldValue {
  const control = form.elements.namedItem(field.key);
  const raw = control && 'value' in control ? String(control.value).trim() : '';
  if (raw === '') return null;
  switch (field.type) {
    case 'boolean':
      return raw === 'true';
    case 'number': {
      const value = Number(raw.replace(',', '.'));
      return Number.isFinite(value) ? value : null;
    }
    default:
      return raw;
  }
}
