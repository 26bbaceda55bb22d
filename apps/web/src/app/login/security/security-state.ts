/** Before a secret exists, or the secret to scan (step one of enrolment). */
export type EnrolmentStartState =
  | { readonly step: "start"; readonly error?: string }
  | { readonly step: "confirm"; readonly qrDataUrl: string; readonly secret: string };

/** Step two's answer: why the code was refused, or the recovery codes (shown once). */
export interface EnrolmentFinishState {
  readonly error?: string;
  readonly recoveryCodes?: readonly string[];
}

/** A change that needed a current code: why it was refused, or what it produced. */
export interface CodeConfirmedState {
  readonly error?: string;
  readonly recoveryCodes?: readonly string[];
  readonly disabled?: boolean;
}
