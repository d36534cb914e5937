#!/usr/bin/env node
// The CLI is compiled by `npm run build` into build/cli; this shim only points at it.
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "build", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("Chưa biên dịch CLI: hãy chạy `npm run build` trước.\n");
  process.exit(2);
}
require(entry).main(process.argv.slice(2)).then((code) => process.exit(code));
