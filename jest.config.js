/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/test/setup/custom-functions-global.ts", "<rootDir>/test/setup/excel-api-global.ts", "<rootDir>/test/setup/text-decoder-global.ts"],
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/test/setup/file-stub.ts",
  },
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  reporters: ["default", "<rootDir>/test/setup/plain-summary-reporter.js"],
  // A ceiling for a hung test, not a speed goal (those live in the bench): the pane's jsdom
  // walks through several screens take tens of seconds on a loaded 2-core machine.
  testTimeout: 120000,
};
