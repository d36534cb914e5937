/**
 * HTTPS options for the dev server. office-addin-dev-certs installs its CA with `sudo`,
 * which does not exist on a Linux machine where one already is root (containers, CI):
 * there we generate the same certificates and trust the CA directly, without sudo.
 */
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const devCerts = require("office-addin-dev-certs");
const defaults = require("office-addin-dev-certs/lib/defaults");

function hasCommand(cmd) {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function trustCaAsRoot(caPath) {
  const updater = "/usr/sbin/update-ca-certificates";
  if (!fs.existsSync(updater)) return null;
  const dir = "/usr/local/share/ca-certificates/office-addin-dev-certs";
  const target = path.join(dir, path.basename(caPath));
  const ca = fs.readFileSync(caPath);
  if (fs.existsSync(target) && fs.readFileSync(target).equals(ca)) return "already";
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(target, ca);
  execFileSync(updater, { stdio: "ignore" });
  return "installed";
}

/**
 * Chromium and Firefox on Linux do not read the system store: they trust what is in their NSS
 * databases (~/.pki/nssdb for Chromium, each Firefox profile's cert9.db). certutil (Debian:
 * libnss3-tools) adds the CA there; without it, the exact commands are printed.
 */
function trustCaInNss(caPath) {
  const home = require("os").homedir();
  const chromium = path.join(home, ".pki", "nssdb");
  const firefox = [path.join(home, ".mozilla", "firefox"), path.join(home, "snap", "firefox", "common", ".mozilla", "firefox")]
    .filter((d) => fs.existsSync(d))
    .flatMap((d) => fs.readdirSync(d).map((p) => path.join(d, p)))
    .filter((p) => fs.existsSync(path.join(p, "cert9.db")));
  const nickname = "office-addin-dev-certs CA (CHISO)";
  const addTo = (db) => ["-d", `sql:${db}`, "-A", "-t", "C,,", "-n", nickname, "-i", caPath];
  if (!hasCommand("certutil")) {
    console.log(
      [
        "Trình duyệt Chromium/Firefox trên Linux chưa tin cậy chứng chỉ phát triển. Cài certutil rồi chạy lại `npm start`, hoặc tự chạy:",
        "  sudo apt-get install libnss3-tools",
        `  mkdir -p ${chromium} && certutil -d sql:${chromium} -N --empty-password`,
        `  certutil ${addTo(chromium).join(" ")}`,
        ...firefox.map((p) => `  certutil ${addTo(p).join(" ")}`),
      ].join("\n"),
    );
    return;
  }
  if (!fs.existsSync(path.join(chromium, "cert9.db"))) {
    fs.mkdirSync(chromium, { recursive: true });
    execFileSync("certutil", ["-d", `sql:${chromium}`, "-N", "--empty-password"], { stdio: "ignore" });
  }
  for (const db of [chromium, ...firefox]) {
    try {
      execFileSync("certutil", addTo(db), { stdio: "ignore" });
    } catch (e) {
      console.log(`Không thêm được CA vào ${db}: ${e.message}`);
    }
  }
  console.log(`Đã thêm CA phát triển vào kho chứng chỉ của Chromium${firefox.length ? " và Firefox" : ""} (${nickname}).`);
}

async function getHttpsOptions() {
  const options = await systemTrustedHttpsOptions();
  if (process.platform === "linux") trustCaInNss(defaults.caCertificatePath);
  return options;
}

async function systemTrustedHttpsOptions() {
  const isRootWithoutSudo = process.platform === "linux" && process.getuid && process.getuid() === 0 && !hasCommand("sudo");
  if (!isRootWithoutSudo) return devCerts.getHttpsServerOptions();

  if (!devCerts.verifyCertificates(defaults.localhostCertificatePath, defaults.localhostKeyPath)) {
    await devCerts.generateCertificates(defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath, defaults.daysUntilCertificateExpires, defaults.domain);
  }
  const trust = trustCaAsRoot(defaults.caCertificatePath);
  if (trust === "installed") console.log(`Đã cài chứng chỉ CA phát triển vào kho tin cậy của hệ thống (${defaults.caCertificatePath}).`);
  if (!trust) console.log(`Không có update-ca-certificates: hãy tự nhập CA ${defaults.caCertificatePath} vào trình duyệt.`);
  return {
    ca: fs.readFileSync(defaults.caCertificatePath),
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    key: fs.readFileSync(defaults.localhostKeyPath),
  };
}

module.exports = { getHttpsOptions };

if (require.main === module) {
  getHttpsOptions().then(
    () => console.log(`Chứng chỉ localhost sẵn sàng: ${defaults.localhostCertificatePath}`),
    (e) => {
      console.error(`Không tạo được chứng chỉ HTTPS: ${e.message}`);
      process.exit(1);
    },
  );
}
