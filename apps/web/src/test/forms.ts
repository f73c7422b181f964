// Using the editing forms in a test as a person would: open one by its button, find a field by
// its label, type, choose, save.
import { fireEvent, waitFor, within } from '@testing-library/react';
import { formStrings } from '../components/forms/strings';

/** Opens a form by its button (in `container`), and waits for it to load. */
export const open = async (name: string | RegExp, container: HTMLElement = document.body) => {
  fireEvent.click(await within(container).findByRole('button', { name }));
  return waitFor(() => {
    const form = document.querySelector<HTMLElement>('.fm-panel form');
    if (!form) throw new Error('the form has not loaded');
    return form.closest('.fm-panel') as HTMLElement;
  });
};

export const field = (panel: HTMLElement, label: RegExp) => within(panel).getByLabelText(label);

export const type = (el: HTMLElement, value: string) => {
  fireEvent.input(el, { target: { value } });
  fireEvent.change(el, { target: { value } });
};

export const save = (panel: HTMLElement, name = formStrings.en.save) =>
  fireEvent.click(within(panel).getByRole('button', { name }));

/** Chooses an option once the list that holds it has loaded. */
export async function choose(panel: HTMLElement, label: RegExp, option: string | RegExp) {
  const select = field(panel, label) as HTMLSelectElement;
  const wanted = await within(select).findByRole('option', { name: option });
  fireEvent.change(select, { target: { value: (wanted as HTMLOptionElement).value } });
}
