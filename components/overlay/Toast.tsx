/** A short, non-modal note (after a save, or when the site needs one more press). */
export function Toast({ message }: { message: string }) {
  return (
    <div class="toast" role="status">
      {message}
    </div>
  );
}
