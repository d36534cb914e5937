/**
 * The start-up bench's reference pages, built as the pane is (production mode, Fluent's CSS
 * extracted by Griffel, V8's compile hint, scripts deferred after office.js), each to its own
 * folder of `env.out`: react-fluent/ and react-only/, each with a taskpane.html.
 */
const path = require("path");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const webpack = require("webpack");

const PAGE = '<!doctype html><html lang="vi"><head><meta charset="UTF-8"><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script></head><body><div id="root"></div></body></html>';

const page = (name, out) => ({
  mode: "production",
  entry: { taskpane: path.join(__dirname, `${name}.tsx`) },
  output: { path: path.join(out, name), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: path.join(__dirname, "..", "..", "tsconfig.json"), transpileOnly: true, compilerOptions: { module: "esnext" } } } },
      { test: /\.js$/, include: /[\\/]node_modules[\\/]@fluentui[\\/]/, use: { loader: GriffelCSSExtractionPlugin.loader } },
      { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
    ],
  },
  performance: { hints: false },
  plugins: [
    new MiniCssExtractPlugin({ ignoreOrder: true }),
    new GriffelCSSExtractionPlugin(),
    new HtmlWebpackPlugin({ filename: "taskpane.html", templateContent: PAGE, scriptLoading: "defer" }),
    new webpack.BannerPlugin({ banner: "//# allFunctionsCalledOnLoad", raw: true, test: /\.js$/, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }),
  ],
});

module.exports = (env) => [page("react-fluent", env.out), page("react-only", env.out)];
