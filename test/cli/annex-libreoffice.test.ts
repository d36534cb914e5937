import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { nodeIo } from "../../src/cli/io";
import { fixturePath } from "../helpers/fixtures";

/*
 * The .xlsx the CLI writes, opened by another program: LibreOffice converts it to PDF and
 * poppler turns the first page into test-artifacts/annex-page1.png (look at it) and into
 * text, checked here. CI installs libreoffice-calc and poppler-utils: no skipping.
 */
const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts");

/**
 * PDF text without its white space. Where a font lacks a glyph (ị, ế, ộ in Debian 12's
 * fonts-liberation 1.07) LibreOffice draws it from another font, and pdftotext then splits the
 * word around it ("Ti ến"); squashing the spaces compares the letters and their order, which
 * survive that fallback.
 */
const squash = (text: string): string => text.normalize("NFC").replace(/\s+/g, "");

/** The annex asks for Times New Roman; LibreOffice substitutes Liberation Serif, which must carry Vietnamese. */
function vietnameseSerifFonts(): string {
  return execFileSync("fc-list", [":family=Liberation Serif:charset=1ecb 1ebf 1ed9", "family"]).toString().trim();
}

describe("the annex .xlsx in LibreOffice", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chiso-annex-lo-"));
  const xlsx = path.join(dir, "phu-luc-ii.xlsx");
  const pdf = path.join(dir, "phu-luc-ii.pdf");

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("a serif font with Vietnamese glyphs is installed (scripts/install-test-deps.sh)", () => {
    expect(vietnameseSerifFonts()).toContain("Liberation Serif");
  });

  test("converts to PDF; page 1 is A4 landscape with the title, the header and Vietnamese percentages", async () => {
    const quiet = { ...nodeIo, stdout: () => undefined };
    const a1 = fixturePath("seed-tables", "a1_2023_departments.csv");
    const a2 = fixturePath("seed-tables", "a2_2023_districts.csv");
    expect(await main(["annex", "--baseline", `${a1},${a2}`, "--campaign", "chien-dich-100-ngay-2024", "--out", xlsx], quiet)).toBe(0);

    // A private profile: a concurrent soffice (another test, a user) would otherwise lock it.
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/lo-profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx], {
      timeout: 170_000,
      stdio: "pipe",
    });
    expect(fs.existsSync(pdf)).toBe(true);

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, path.join(ARTIFACTS, "annex-page1")]);
    expect(fs.statSync(path.join(ARTIFACTS, "annex-page1.png")).size).toBeGreaterThan(10_000);

    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "1", pdf]).toString();
    expect(info).toMatch(/Page\s+1 size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/); // landscape

    const page1 = squash(execFileSync("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf, "-"]).toString());
    const expectText = (text: string) => expect(page1).toContain(squash(text));
    expectText("PHỤ LỤC II");
    expectText("Giao chỉ tiêu cụ thể cho từng cơ quan, đơn vị, địa phương theo tiến độ 50 ngày, 100 ngày và thời gian thực hiện tiếp theo");
    expectText("1. Các sở, ban, ngành tỉnh");
    // every indicator of the header on the first page: one page wide
    for (const h of ["Tiến độ giải quyết", "Tỷ lệ dịch vụ công trực tuyến", "Tỷ lệ thanh toán trực tuyến", "Tỷ lệ công khai, minh bạch", "Mức độ hài lòng", "Số hóa hồ sơ"]) {
      expectText(h);
    }
    expectText("Năm 2023");
    // Sở Giao thông vận tải (seed 002 line 1145), comma decimals as printed in the source
    expectText("4 Sở Giao thông vận tải 92,12% 100% 40,3% 50% 60% 67,37% 72,37% 77,37% 13,2% 100% 100% 100% 80% 100%");
  }, 180_000);
});
