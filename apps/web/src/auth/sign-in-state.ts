/** What a sign-in form shows after a refused attempt; the email is kept so it is not retyped. */
export interface SignInFormState {
  readonly error?: string;
  readonly email?: string;
}
