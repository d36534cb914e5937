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

async function getHttpsOptions() {
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
