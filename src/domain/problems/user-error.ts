/**
 * A refusal the user can act on (a Vietnamese message, shown as is), thrown before anything is
 * written. Any door may throw it; the task pane shows it, the CLI prints it.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = "UserError";
  }
}
