import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { nodeIo } from "../../src/cli/io";
import { portalWideCsv } from "../helpers/portal-units";

/*
 * The province sheets the CLI writes, opened by LibreOffice: converted to PDF, the first page
 * of "Toàn tỉnh" drawn to test-artifacts/province-page1.png (look at it) and read as text.
 * Input: the Gia Lai capture as a table of counts; numbers from test/domain/province/whole.test.ts.
 */
const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts");

test("Toàn tỉnh, Ai làm mất điểm, Kế hoạch open in LibreOffice: A4 landscape, one criterion per row", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chiso-province-lo-"));
  try {
    const input = path.join(dir, "gialai.csv");
    const xlsx = path.join(dir, "toan-tinh.xlsx");
    const pdf = path.join(dir, "toan-tinh.pdf");
    fs.writeFileSync(input, portalWideCsv());
    const quiet = { ...nodeIo, stdout: () => undefined, stderr: () => undefined };
    expect(await main(["province", input, "--rules", "dvcqg-2026", "--out", xlsx], quiet)).toBe(0);

    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/lo-profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx], { timeout: 170_000, stdio: "pipe" });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, path.join(ARTIFACTS, "province-page1")]);
    expect(fs.statSync(path.join(ARTIFACTS, "province-page1.png")).size).toBeGreaterThan(10_000);

    const info = execFileSync("pdfinfo", [pdf]).toString();
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/); // landscape

    const all = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString().normalize("NFC").replace(/\s+/g, " ");
    expect(all).toContain("HIỆN TRẠNG CHỈ SỐ 766 TOÀN TỈNH");
    // one criterion per row: its number, name, rate, points and points lost on one line
    expect(all).toMatch(/5 TDGQ\.1\. Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn 85,84% 17,17\/20 2,83/);
    expect(all).toContain("ĐƠN VỊ LÀM TỈNH MẤT ĐIỂM");
    expect(all).toMatch(/1 Sở Nông nghiệp và Môi trường - tỉnh Gia Lai 68,91% 40645 1,95/);
    expect(all).toContain("KẾ HOẠCH LÊN HẠNG CỦA TỪNG ĐƠN VỊ");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
