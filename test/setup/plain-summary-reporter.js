/**
 * Ends a jest run with the plain line "N passed, N failed" (", N skipped") that CI reads in
 * any language: jest's own "Tests:" line is not among the summaries it recognises.
 */
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`;
    process.stdout.write(`\n${line}\n`);
  }
}
module.exports = PlainSummaryReporter;
