package vn.parindex.catalogue.exchange;

/**
 * The columns of the "Tiêu chí" sheet, in the order the workbook writes them, with the YAML key of
 * the same value and the guidance the header comment row shows under each header.
 */
enum NodeField {
  CODE("Mã", "code", 10, true, "Hướng dẫn:\n1\n1.5\n1.5.1"),
  KIND("Cấp", "kind", 20, true, "Lĩnh vực, Tiêu chí hoặc Tiêu chí thành phần"),
  NAME(
      "Tên",
      "name",
      60,
      true,
      "Tên như trong Quyết định. Mỗi dòng một lĩnh vực, tiêu chí; dòng của mã cha (1.5) đứng"
          + " trước dòng các mã con (1.5.1). Dòng hướng dẫn này được bỏ qua khi nhập."),
  MAX_POINTS("Điểm tối đa", "max_points", 12, true, "1.5 hoặc 1,5; nút cha = tổng nút con"),
  METHOD("Phương pháp", "method", 15, false, "Tự đánh giá (nếu để trống) hoặc Điều tra XHH"),
  RULE("Cách tính điểm", "scoring.type", 16, true, "Xem cột Tham số; để trống ở nút cha"),
  PARAMETERS(
      "Tham số",
      "scoring",
      55,
      true,
      "manual (tự chấm theo bước): step=0.25\n"
          + "binary (đạt/không đạt): để trống\n"
          + "timeliness (đúng hạn/trễ hạn): on_time=1; late=0.5\n"
          + "ratio_tiers (theo mức tỷ lệ): when_none=zero; tiers=1:2, 0.8:1, 0:0\n"
          + "proportional (theo tỷ lệ): when_none=full\n"
          + "deduction (trừ theo vi phạm): per_item=0.5\n"
          + "Tham số cách nhau bằng dấu chấm phẩy. when_none: full = đủ điểm, zero = 0 điểm khi"
          + " không phát sinh. tiers: tỷ lệ:điểm, từ cao xuống, mức cuối là 0; với dấu phẩy"
          + " thập phân, thêm dấu cách sau dấu phẩy ngăn cách: 1:2, 0,8:1, 0:0"),
  DUE(
      "Hạn",
      "due",
      12,
      false,
      "Hạn của tiêu chí đúng hạn, theo năm đánh giá N: 15/12/N-1 (15/12 năm trước), 31/03/N,"
          + " 15/01/N+1. Để trống nếu không có; tiêu chí thành phần không ghi thì theo hạn của"
          + " tiêu chí cha."),
  EVIDENCE(
      "Tài liệu kiểm chứng",
      "evidence_guidance",
      40,
      false,
      "Tài liệu cần đính kèm để chứng minh điểm (không bắt buộc)"),
  NAME_INFERRED("Tên suy luận", "name_inferred", 11, false, "x nếu tên được đặt thêm");

  private final String label;
  private final String yamlKey;
  private final int width;
  private final boolean requiredHeader;
  private final String guidance;

  NodeField(String label, String yamlKey, int width, boolean requiredHeader, String guidance) {
    this.label = label;
    this.yamlKey = yamlKey;
    this.width = width;
    this.requiredHeader = requiredHeader;
    this.guidance = guidance;
  }

  String label() {
    return label;
  }

  String yamlKey() {
    return yamlKey;
  }

  /** The column width in characters: wide enough to read without resizing. */
  int width() {
    return width;
  }

  /**
   * Whether the sheet must have the column. The optional ones have a sensible empty value, so an
   * administrator who deleted such a column loses nothing that an error would have saved.
   */
  boolean requiredHeader() {
    return requiredHeader;
  }

  String guidance() {
    return guidance;
  }
}
