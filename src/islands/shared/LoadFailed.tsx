/** Says that an activity's code or data did not arrive, and what to do; the Start button stays to try again. */
export function LoadFailed({ what }: { what: string }) {
  return (
    <p class="quiz-notice" role="alert">
      {what} could not be loaded. Check your connection and try again.
    </p>
  );
}
