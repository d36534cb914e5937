/**
 * `npm start`: trusted localhost certificates (without sudo when already root), then the
 * HTTPS dev server on https://localhost:3000 building the add-in, with how to sideload it.
 */
const { spawn } = require("child_process");
const path = require("path");
const { getHttpsOptions } = require("./dev-certs");

const root = path.join(__dirname, "..");
const manifest = path.join(root, "manifest.xml");

const HOW_TO_SIDELOAD = `
CHISO 766 đang chạy tại https://localhost:3000 (ngăn tác vụ: https://localhost:3000/taskpane.html).

Nạp add-in vào Excel (sideload) từ tệp ${manifest}:
  • Excel trên web: mở một sổ làm việc → Trang đầu › Bổ trợ (Add-ins) › Thêm bổ trợ khác
    → Tải lên bổ trợ của tôi (Upload My Add-in) → chọn manifest.xml. Trình duyệt phải tin
    cậy chứng chỉ localhost (mở https://localhost:3000/taskpane.html một lần để kiểm tra).
  • Excel trên Windows/Mac: trong thư mục dự án chạy
      npx office-addin-debugging start manifest.xml desktop
    (công cụ này chỉ có trên Windows/Mac, nên không nằm trong devDependencies).
Sau đó bấm nút "CHISO 766" trên thẻ Trang đầu; các hàm =CHISO.DIEM(...) dùng được ngay.
Dừng máy chủ: Ctrl+C.

(EN) Sideload manifest.xml: Excel on the web › Add-ins › Upload My Add-in; desktop:
npx office-addin-debugging start manifest.xml desktop. Then press "CHISO 766" on the Home tab.
`;

async function main() {
  await getHttpsOptions(); // creates and trusts the certificates before webpack asks for them
  const webpack = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  const child = spawn(process.execPath, [webpack, "serve", "--mode", "development"], { cwd: root, stdio: "inherit" });
  setTimeout(() => console.log(HOW_TO_SIDELOAD), 4000).unref();
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
}

main().catch((e) => {
  console.error(`Không khởi động được: ${e.message}`);
  process.exit(1);
});
