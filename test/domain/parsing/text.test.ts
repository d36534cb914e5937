import fc from "fast-check";
import { cellString, cleanName, foldVietnamese, foldWords, formatVietnamese } from "../../../src/domain/parsing/text";

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

describe("cleanName and cellString skip normalize() only where it would change nothing", () => {
  // What both were first written as, kept as the reference for their shortcuts.
  const cleanReference = (text: string) => {
    const s = text.normalize("NFC").replace(/[ƣƢ]/g, (c) => (c === "ƣ" ? "ư" : "Ư"));
    return /^\s|\s$|\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, " ").trim() : s;
  };
  const cellReference = (text: string) => text.normalize("NFC").replace(/\u00a0/g, " ").trim();
  const messy = fc
    .array(fc.constantFrom(..."aăâđeêơưÀàảãạếộỹĐƯƣƢ ", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\ufeff", "\u0300", "\u0301", "\u0323", "a\u0306", "\u212b", "x"), { maxLength: 12 })
    .map((xs) => xs.join(""));

  test("the shortcut's premise: every pair of code units below U+0300 or in U+1E00–U+1EFF is NFC already", () => {
    const units: string[] = [];
    for (let c = 0; c < 0x300; c++) units.push(String.fromCharCode(c));
    for (let c = 0x1e00; c <= 0x1eff; c++) units.push(String.fromCharCode(c));
    let changed = 0;
    for (const a of units) for (const b of units) if ((a + b).normalize("NFC") !== a + b) changed++;
    expect(changed).toBe(0);
  });

  test("equal their normalize-then-clean definitions on any string", () => {
    fc.assert(
      fc.property(fc.oneof(messy, vietnamese, fc.string({ unit: "grapheme", maxLength: 12 })), (s) => cleanName(s) === cleanReference(s) && cellString(s) === cellReference(s)),
      { numRuns: 5000 },
    );
  });

  test("seed 002's PDF ư and an NFD name with a no-break space come out NFC and single-spaced", () => {
    expect(cleanName("Phƣờng  Tây\u00a0Sơn")).toBe("Phường Tây Sơn");
    expect(cellString("\u00a0Xa\u0303 Ia\u00a0Pa ")).toBe("Xã Ia Pa");
  });
});

describe("foldWords", () => {
  test("is the fold of each space-separated word, whatever the words hold", () => {
    const words = fc.array(fc.oneof(vietnamese, fc.constantFrom("-", "–", "H'Bông", "Ia-Grai", "\u0301", "", "A1", "1/12", "(Pơ)")), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.oneof(words.map((ws) => ws.join(" ")), fc.string({ unit: "grapheme", maxLength: 16 })), (name) => {
        expect(foldWords(name)).toEqual(name.split(" ").map((w) => foldVietnamese(w)));
      }),
      { numRuns: 3000 },
    );
  });

  test("a commune line's name from seed 002 folds word by word", () => {
    // seed 002 line 590 (annex I §3): commune "Xã Đăk Yă", district "Mang Yang"; "Ia-Grai" is hyphenated: two folded words in one printed word
    expect(foldWords("Xã Đăk Yă Mang Yang")).toEqual(["xa", "dak", "ya", "mang", "yang"]);
    expect(foldWords("Xã Ia-Grai Đức Cơ")).toEqual(["xa", "ia grai", "duc", "co"]);
  });
});
