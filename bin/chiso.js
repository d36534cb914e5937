#!/usr/bin/env node
// The CLI is compiled by `npm run build` into build/cli; this shim only points at it.
// It never calls process.exit: exiting by hand cuts piped output (stdout to a pipe drains
// asynchronously), so the exit code is set and Node exits once everything is written.
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "build", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("Chưa biên dịch CLI: hãy chạy `npm run build` trước.\n");
  process.exitCode = 2;
} else {
  require(entry)
    .main(process.argv.slice(2))
    .then(
      (code) => {
        // A failed write to the screen (src/cli/io.ts) may already have set 2: it stays.
        process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
      },
      () => {
        process.stderr.write("Lỗi ngoài dự kiến, lệnh đã dừng. Chạy lại với CHISO_DEBUG=1 để có thêm chi tiết.\n");
        process.exitCode = 2;
      },
    );
}
