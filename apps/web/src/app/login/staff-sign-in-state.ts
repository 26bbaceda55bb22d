/**
 * What the staff sign-in form shows. `step: "code"` comes back only after a right password of
 * an account with a second factor: the form then asks for the code and sends all three.
 */
export interface StaffSignInState {
  readonly step?: "password" | "code";
  readonly error?: string;
  readonly prompt?: string;
  readonly email?: string;
}
