import type { FormEvent, ReactNode } from "react";
import { Button, Card, CardContent, CardDescription, CardHeader, CardTitle } from "@aizalo/ui";
import { FormErrors, type FlattenedErrors } from "@aizalo/ui";

/**
 * One settings form in a card. Without `editable` the fields are disabled and there is no save
 * button: viewers and staff see the settings, not controls they cannot use.
 */
export function SettingsSection({
  id,
  title,
  description,
  editable,
  saving,
  errors,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  description: string;
  editable: boolean;
  saving: boolean;
  errors: FlattenedErrors | null;
  onSubmit: (form: FormData) => void;
  children: ReactNode;
}) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  }
  return (
    <Card aria-labelledby={id}>
      <CardHeader>
        <CardTitle id={id}>{title}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={submit} noValidate aria-labelledby={id} className="flex flex-col gap-4">
          <fieldset disabled={!editable || saving} className="flex min-w-0 flex-col gap-4">
            {children}
          </fieldset>
          {editable ? (
            <div className="flex flex-col gap-2">
              <FormErrors errors={errors} />
              <Button type="submit" disabled={saving} className="self-start">
                {saving ? "Saving…" : `Save ${title.toLowerCase()}`}
              </Button>
            </div>
          ) : null}
        </form>
      </CardContent>
    </Card>
  );
}
