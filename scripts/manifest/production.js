/**
 * The manifest as built for production: every development URL, and the development origin
 * (AppDomain has no trailing slash), rewritten to where IT hosts dist/. Used by webpack, by
 * `npm run validate` and by the tests, so the three see the same text.
 */
const DEV_URL = "https://localhost:3000/";
const EXAMPLE_PROD_URL = "https://chiso.example.vn/";

/** CHISO_PROD_URL as a base URL ending with "/"; an add-in must be served over HTTPS. */
function productionUrl(value = process.env.CHISO_PROD_URL || EXAMPLE_PROD_URL) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`CHISO_PROD_URL không phải một địa chỉ: "${value}"`);
  }
  if (url.protocol !== "https:") throw new Error(`CHISO_PROD_URL phải là địa chỉ https:// (Office chỉ nạp add-in qua HTTPS): "${value}"`);
  if (url.hostname === "localhost" || url.hostname === "127.0.0.1") throw new Error(`CHISO_PROD_URL không được là localhost: "${value}"`);
  return url.href.replace(/\/?$/, "/");
}

function productionManifest(xml, prodUrl = productionUrl()) {
  const devOrigin = new URL(DEV_URL).origin;
  const prodOrigin = new URL(prodUrl).origin;
  return xml.split(DEV_URL).join(prodUrl).split(devOrigin).join(prodOrigin);
}

module.exports = { DEV_URL, EXAMPLE_PROD_URL, productionUrl, productionManifest };
