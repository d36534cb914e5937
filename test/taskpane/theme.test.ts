import { isDarkBackground } from "../../src/taskpane/theme";

describe("the pane follows Office's theme", () => {
  // Office's own body backgrounds: White and Colorful (#FFFFFF), Dark Gray (#262626 / #666666 edge), Black (#000000)
  test.each([
    ["#FFFFFF", false],
    ["#F3F2F1", false],
    ["#262626", true],
    ["#000000", true],
    ["#3b3a39", true],
  ])("%s is dark: %s", (color, dark) => expect(isDarkBackground(color)).toBe(dark));

  test("no theme from the host (or an unreadable one) is light, Office's default", () => {
    for (const c of [undefined, null, "", "red", "#12345"]) expect(isDarkBackground(c)).toBe(false);
  });
});
