/** The message under a field that is not right, tied to its input by id. */
export function FieldMessage({ id, message }: { id: string; message: string | null }) {
  if (message === null) return null;
  return (
    <p id={id} className="plan-admin__error">
      {message}
    </p>
  );
}

/** The aria attributes of an input whose message may show under it. */
export function describedBy(id: string, message: string | null) {
  return { 'aria-invalid': message !== null, 'aria-describedby': message === null ? undefined : id };
}
