import { Button, FormErrors, type FlattenedErrors } from "@aizalo/ui";

/** Back and Continue under a step's fields, with the errors that belong to no one field. */
export function StepActions({
  errors,
  saving,
  readOnly,
  onBack,
  continueLabel = "Continue",
}: {
  errors: FlattenedErrors | null;
  saving: boolean;
  readOnly: boolean;
  onBack: (() => void) | undefined;
  continueLabel?: string;
}) {
  return (
    <div className="flex flex-col gap-3">
      <FormErrors errors={errors} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
        {onBack ? (
          <Button variant="secondary" onClick={onBack}>
            Back
          </Button>
        ) : (
          <span />
        )}
        {readOnly ? null : (
          <Button type="submit" disabled={saving}>
            {saving ? "Saving…" : continueLabel}
          </Button>
        )}
      </div>
    </div>
  );
}
