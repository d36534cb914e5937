/**
 * The dev server of `npm start`, as webpack.config.js configures it: reachable from this
 * machine only, no directory listings, no Access-Control-Allow-Origin. (The signal handling
 * of scripts/start.js was checked by hand: see the commit that added it.)
 */
import * as path from "path";

interface DevServerOptions {
  host?: string;
  headers?: Record<string, string>;
  static?: { directory: string; serveIndex?: boolean };
}

test("localhost only, no listings, no CORS header", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require(path.join(__dirname, "..", "webpack.config.js")) as (env: object, options: { mode: string }) => Promise<{ devServer: DevServerOptions }>;
  const { devServer } = await configure({}, { mode: "development" });
  expect(devServer.host).toBe("localhost");
  expect(devServer.static?.serveIndex).toBe(false);
  expect(Object.keys(devServer.headers ?? {}).map((h) => h.toLowerCase())).not.toContain("access-control-allow-origin");
});
