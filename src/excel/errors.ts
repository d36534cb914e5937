/* The refusal type lives in the domain (src/domain/problems); re-exported for the Excel writers' imports. */
export { UserError } from "../domain/problems/user-error";
