/** A refusal the user can act on (Vietnamese message, shown as is); thrown before anything is written. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = "UserError";
  }
}
