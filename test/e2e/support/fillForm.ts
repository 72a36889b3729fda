import type { Locator } from 'playwright-core';

/**
 * Fills a form's fields by their labels: text, number and select fields alike (a select gets
 * the option with that label).
 */
export async function fillForm(form: Locator, fields: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(fields)) {
    // By accessible name: a label's text also holds the options of the select it wraps.
    const named = { name: label, exact: true };
    const field = form
      .getByRole('textbox', named)
      .or(form.getByRole('combobox', named))
      .or(form.getByRole('spinbutton', named));
    if ((await field.evaluate((e) => e.tagName)) === 'SELECT') {
      await field.selectOption({ label: value });
    } else {
      await field.fill(value);
    }
  }
}
