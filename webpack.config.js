/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const webpack = require("webpack");

const { productionManifest, productionUrl } = require("./scripts/manifest/production");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/package.json"));

/**
 * The pages' Content-Security-Policy: scripts only from the add-in's own server and office.js's
 * origin (none at all from elsewhere, no eval); styles come from the add-in's stylesheets (the
 * components' CSS, extracted at build time) and may be inline because Fluent UI still inserts its
 * theme's variables at run time; no plugins, no forms, no <base>. The dev server's live reload
 * needs its WebSocket.
 */
const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

function contentSecurityPolicy({ dev, selfHost }) {
  const office = selfHost ? "" : " https://appsforoffice.microsoft.com";
  return [
    "default-src 'self'",
    `script-src 'self'${office}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${office}${dev ? ` wss://localhost:${DEV_PORT}` : ""}`,
    `frame-src 'self'${office}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

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
  const prodUrl = dev ? undefined : productionUrl();
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      // One shared runtime: the task pane page also hosts the custom functions.
      functions: "./src/functions/functions.ts",
      // The page runs functions.js before taskpane.js: what the pane shares with the functions
      // (zod, the rule sets, the scoring and reading code) comes once, from functions.js, instead
      // of a second copy in taskpane.js for old PCs to download, parse and compile again.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
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
        // Fluent UI's components ship their styles as Griffel's precompiled __styles(): the CSS
        // is taken out at build time into a stylesheet (dist/*.css), so the pane's first render
        // no longer computes and inserts each component's rules at run time (issue #11, item 6).
        { test: /\.js$/, include: /[\\/]node_modules[\\/]@fluentui[\\/]/, use: { loader: GriffelCSSExtractionPlugin.loader } },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
        { test: /\.(png|jpg|jpeg|gif|ico|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      // Griffel orders its own rules in the stylesheet: mini-css-extract's module order does not matter
      new MiniCssExtractPlugin({ ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime", "functions", "taskpane"],
        chunksSortMode: "manual",
        // written by the template as its first <meta>, before any script it must govern
        csp: contentSecurityPolicy({ dev, selfHost }),
      }),
      ...(selfHost ? [new SelfHostOfficeJs()] : []),
      // V8's explicit compile hint: every function of the page's start-up scripts is compiled
      // while the script streams in, on a background thread, instead of one by one on the main
      // thread as start-up first calls it (~0,4 s of a 4x slowed CPU's main thread, issue #11).
      // Added after minification, which would drop the comment; it must be the file's first line.
      new webpack.BannerPlugin({
        banner: "//# allFunctionsCalledOnLoad",
        raw: true,
        test: /^(runtime|functions|taskpane)\.js$/,
        stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          // The help page (SupportUrl): what each screen and function does, how to install, whom to ask.
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : productionManifest(content.toString(), prodUrl)),
          },
          ...(selfHost ? [{ from: path.join(OFFICE_JS_DIR, "dist"), to: "office-js" }] : []),
        ],
      }),
    ],
    devServer: {
      // localhost only (not every interface), no directory listings, no Access-Control-Allow-Origin:
      // Office loads the pages themselves, it never reads them cross-origin.
      host: "localhost",
      static: { directory: path.join(__dirname, "dist"), serveIndex: false },
      server: serving ? { type: "https", options: await require("./scripts/dev-certs").getHttpsOptions() } : undefined,
      port: DEV_PORT,
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};
