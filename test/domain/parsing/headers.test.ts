import { matchHeader, scanHeaderText } from "../../../src/domain/parsing/headers";
import { getRuleSet } from "../../../src/domain/ruleset/registry";

const portal = getRuleSet("dvcqg-2026");
const groups2023 = getRuleSet("nhom-2023");

describe("matchHeader under dvcqg-2026 (the portal's indicators)", () => {
  test.each([
    ["TDGQ.1", "TDGQ.1"],
    ["tdgq.1", "TDGQ.1"],
    ["Tỷ lệ TTHC công bố đúng hạn", "CKMB.1"],
    ["Tỷ lệ thủ tục hành chính công bố đúng hạn", "CKMB.1"], // TTHC written out
    ["Ty le TTHC cong bo dung han", "CKMB.1"], // no diacritics
    ["Tỷ lệ PAKN xử lý đúng hạn", "MDHL.1"],
    ["Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn (%)", "MDHL.1"],
    ["Tỷ lệ hài lòng trong xử lý phản ánh kiến nghị", "MDHL.2"], // PAKN written out
    ["Tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia", "CKMB.4"], // DVCQG written out
    ["PUBLISH_ON_TIME", "CKMB.1"], // the portal's field
    ["Tỷ lệ DVC trực tuyến có phát sinh hồ sơ", "CLGQ.2"],
  ])("%s → %s", (header, code) => {
    expect(matchHeader(portal, header)).toEqual({ kind: "indicator", code, part: "rate" });
  });

  test("counts: `<code> tử số` / `mẫu số`", () => {
    expect(matchHeader(portal, "TDGQ.1 tử số")).toEqual({ kind: "indicator", code: "TDGQ.1", part: "numerator" });
    expect(matchHeader(portal, "TDGQ.1 mau so")).toEqual({ kind: "indicator", code: "TDGQ.1", part: "denominator" });
  });

  test("a group of several indicators names no single column; DVCTT (CLGQ + TTTT) neither", () => {
    expect(matchHeader(portal, "CKMB")).toBeNull();
    expect(matchHeader(portal, "DVCTT")).toBeNull();
    expect(matchHeader(portal, "Cung cấp dịch vụ công trực tuyến")).toBeNull();
  });

  test.each([
    ["STT", "stt"],
    ["Tên đơn vị", "unit"],
    ["Tên cơ quan/đơn vị", "unit"],
    ["Cấp huyện", "district"],
    ["Điểm đánh giá", "total"],
    ["Ghi chú", "note"],
    ["Cấp", "level"],
  ])("%s is the %s column", (header, kind) => {
    expect(matchHeader(portal, header)).toEqual({ kind });
  });

  test("an unknown title is not guessed", () => {
    expect(matchHeader(portal, "Số điện thoại")).toBeNull();
  });
});

describe("matchHeader under nhom-2023 (the 2023 tables: one rate per group)", () => {
  test.each([
    ["Tỷ lệ công khai, minh bạch", "CKMB.TL"],
    ["CKMB", "CKMB.TL"],
    ["Tiến độ giải quyết", "TDGQ.TL"],
    ["Tỷ lệ dịch vụ công trực tuyến", "CLGQ.TL"],
    ["Tỷ lệ DVCTT", "CLGQ.TL"],
    ["TTTT", "TTTT.TL"],
    ["Tỷ lệ thanh toán trực tuyến", "TTTT.TL"],
    ["Mức độ hài lòng", "MDHL.TL"],
    ["Số hóa hồ sơ", "MDSH.TL"],
    ["so_hoa_ho_so", "MDSH.TL"],
  ])("%s → %s", (header, code) => {
    expect(matchHeader(groups2023, header)).toEqual({ kind: "indicator", code, part: "rate" });
  });
});

describe("scanHeaderText: a PDF header broken across lines", () => {
  test("seed 002 annex I §3 header (lines 556–588) gives its columns in print order", () => {
    // As printed: "STT / Đơn vị / Điểm / đánh giá / Tỷ lệ cụ thể từng nội dung Ghi chú / Cấp xã Cấp huyện / Tỷ lệ công khai, / minh bạch / …"
    const text =
      "STT Đơn vị Điểm đánh giá Tỷ lệ cụ thể từng nội dung Ghi chú Cấp xã Cấp huyện Tỷ lệ công khai, minh bạch Tiến độ giải quyết " +
      "Tỷ lệ dịch vụ công trực tuyến Tỷ lệ thanh toán trực tuyến Mức độ hài lòng Số hóa hồ sơ";
    const kinds = scanHeaderText(groups2023, text).map((t) => (t.match.kind === "indicator" ? t.match.code : t.match.kind));
    expect(kinds).toEqual(["stt", "unit", "total", "note", "unit", "district", "CKMB.TL", "TDGQ.TL", "CLGQ.TL", "TTTT.TL", "MDHL.TL", "MDSH.TL"]);
  });

  test("the PDF's ƣ for ư (seed 002 'Phƣơng') does not hide a title", () => {
    expect(scanHeaderText(portal, "Tỷ lệ hồ sơ xử lý đúng hạn").map((t) => t.match)).toEqual([{ kind: "indicator", code: "TDGQ.1", part: "rate" }]);
    expect(matchHeader(portal, "Tên địa phƣơng")).toEqual({ kind: "unit" });
  });
});
