/** Anything that stops a command (bad command line, unreadable input, failed write): printed as is, exit code 2. */
export class UsageError extends Error {}
