import fc from "fast-check";
import { cleanName, foldVietnamese, formatVietnamese } from "../../../src/domain/parsing/text";

// foldVietnamese is a character scan for speed; this is what it must equal.
const reference = (text: string) =>
  text
    .replace(/[ƣƢ]/g, "u")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9.%/]+/g, " ")
    .trim();

const vietnamese = fc
  .array(fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐĂÂÊÔƠƯƣ .,%/-–()\t0123456789"), { maxLength: 30 })
  .map((xs) => xs.join(""));

describe("foldVietnamese", () => {
  test("seed 002's titles fold as expected", () => {
    expect(foldVietnamese("Tỷ lệ công khai, minh bạch")).toBe("ty le cong khai minh bach");
    expect(foldVietnamese("UBND các xã, phƣờng, thị trấn")).toBe("ubnd cac xa phuong thi tran");
    expect(foldVietnamese("Đak Đoa")).toBe("dak doa");
  });

  test("equals the NFD definition on Vietnamese text, NFC or NFD, and on any string", () => {
    fc.assert(
      fc.property(fc.oneof(vietnamese, vietnamese.map((s) => s.normalize("NFD")), fc.string({ unit: "grapheme", maxLength: 20 })), (s) => foldVietnamese(s) === reference(s)),
      { numRuns: 3000 },
    );
  });
});

describe("cleanName and formatVietnamese", () => {
  test("cleanName collapses spaces and composes NFD input", () => {
    expect(cleanName("  Xã Ayun  Mang Yang ")).toBe("Xã Ayun Mang Yang");
    expect(cleanName("Xa\u0303 \tĐa\u0306k Yă")).toBe("Xã Đăk Yă");
  });

  test("formatVietnamese prints like toLocaleString('vi-VN')", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (n) => formatVietnamese(n) === n.toLocaleString("vi-VN", { maximumFractionDigits: 2 }).replace(/^-0$/, "0")),
      { numRuns: 2000 },
    );
  });
});
