/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
// Where the production build is hosted; every occurrence in the manifest is rewritten
// (the Office template's plain `replace` only rewrote the first one).
const PROD_URL = (process.env.CHISO_PROD_URL || "https://chiso.example.vn/").replace(/\/?$/, "/");
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/package.json"));

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * CHISO_OFFICE_JS=local serves the copy of office.js shipped in @microsoft/office-js from
 * dist/office-js/ (closed networks); by default the page loads it from Microsoft's CDN, as Office expects.
 */
class SelfHostOfficeJs {
  apply(compiler) {
    compiler.hooks.compilation.tap("SelfHostOfficeJs", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("SelfHostOfficeJs", (data) => {
        data.html = data.html.split(OFFICE_JS_CDN).join("office-js/office.js");
        return data;
      });
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const selfHost = process.env.CHISO_OFFICE_JS === "local";
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      // One shared runtime: the task pane page also hosts the custom functions.
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    // One webpack runtime for both bundles of the page: the task pane and the custom functions
    // then share module instances (the workbook's rule set in src/runtime), not copies.
    optimization: { runtimeChunk: "single" },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.json", transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } } },
        },
        { test: /\.(png|jpg|jpeg|gif|ico|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime", "functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      ...(selfHost ? [new SelfHostOfficeJs()] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().replace(new RegExp(escapeRegExp(DEV_URL), "g"), PROD_URL)),
          },
          ...(selfHost ? [{ from: path.join(OFFICE_JS_DIR, "dist"), to: "office-js" }] : []),
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await require("./scripts/dev-certs").getHttpsOptions() } : undefined,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};
