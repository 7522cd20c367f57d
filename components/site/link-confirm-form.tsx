// A link from an email is acted on only when the person presses this button (a post), never by
// opening the page, so mail scanners that follow links change nothing. Works without JavaScript.
export function LinkConfirmForm({
  action,
  token,
  label,
}: {
  action: (formData: FormData) => Promise<void>;
  token: string;
  label: string;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="button">
        {label}
      </button>
    </form>
  );
}
