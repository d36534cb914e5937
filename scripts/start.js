/**
 * `npm start`: trusted localhost certificates (without sudo when already root), then the
 * HTTPS dev server on https://localhost:3000 building the add-in, with how to sideload it.
 */
const path = require("path");

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

/**
 * The dev server runs in this process (not as a child): stopping `npm start`, by Ctrl+C or by a
 * signal to its PID, stops the server; no webpack is left listening. npm runs this script through
 * a shell, which may die without passing the signal on: when the parent goes, we go too.
 */
async function main() {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  // webpack.config.js creates and trusts the certificates (system store and NSS) for the server.
  const config = await require("../webpack.config.js")({ WEBPACK_SERVE: true }, { mode: "development" });
  const server = new WebpackDevServer(config.devServer, webpack({ ...config, mode: "development" }));
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const forced = setTimeout(() => process.exit(0), 5000);
    forced.unref();
    server.stop().finally(() => process.exit(0));
  };
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, stop);
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && stop(), 1000).unref();
  await server.start();
  console.log(HOW_TO_SIDELOAD);
}

main().catch((e) => {
  console.error(`Không khởi động được: ${e.message}`);
  process.exit(1);
});
