/**
 * A form while it saves. Its submit buttons are marked busy (`aria-disabled`) rather than
 * disabled: a browser takes the focus away from a button that becomes disabled and leaves it on
 * the page, so a keyboard user would have to find their place again after every save. A second
 * submit while the first is on its way is ignored instead.
 */
import type { FormEvent } from 'react';

export function busyWhile(saving: boolean): { 'aria-disabled': true | undefined } {
  return { 'aria-disabled': saving || undefined };
}

export function submitUnlessSaving(
  saving: boolean,
  submit: (event: FormEvent<HTMLFormElement>) => unknown,
): (event: FormEvent<HTMLFormElement>) => void {
  return (event) => {
    if (saving) {
      event.preventDefault();
      return;
    }
    void submit(event);
  };
}
