package vn.parindex.catalogue.exchange;

/**
 * What the issuing decision says of a version: one label/value row each on the "Phiên bản" sheet,
 * one key each under {@code version} in YAML.
 */
enum VersionField {
  NAME(
      "Tên bộ chỉ số",
      "name",
      "Tên đầy đủ của bộ chỉ số, ví dụ: Bộ chỉ số CCHC cấp huyện năm 2023"),
  UNIT_LEVEL(
      "Cấp áp dụng",
      "unit_level",
      "Mã cấp đơn vị được đánh giá: district (UBND cấp huyện), commune (UBND cấp xã),"
          + " province-department (sở, ban, ngành)"),
  YEAR("Năm", "year", "Năm đánh giá, ví dụ 2023"),
  DECISION_NUMBER("Số quyết định", "decision.number", "Ví dụ: 3507/QĐ-UBND"),
  DECISION_DATE(
      "Ngày quyết định", "decision.date", "Ngày ban hành, dạng dd/MM/yyyy, ví dụ 21/09/2023"),
  ISSUER("Cơ quan ban hành", "decision.issuer", "Ví dụ: UBND tỉnh Bình Định"),
  TOTAL_MAX("Tổng điểm", "total_max", "Tổng điểm tối đa = điểm tự đánh giá + điểm điều tra XHH"),
  SELF_ASSESSED_MAX(
      "Điểm tự đánh giá", "self_assessed_max", "Tổng điểm tối đa các lĩnh vực tự đánh giá"),
  SURVEY_MAX(
      "Điểm điều tra XHH", "survey_max", "Tổng điểm tối đa phần điều tra xã hội học (có thể là 0)"),
  /** Not in the decision: tells that the points are illustrative, as in the demo index. */
  ILLUSTRATIVE(
      "Dữ liệu minh họa",
      "illustrative",
      "Ghi x nếu điểm và cách tính điểm chỉ là dữ liệu minh họa;"
          + " để trống với bộ chỉ số chính thức"),
  /** Whether bonus and penalty may take the total outside 0..max; older files say nothing. */
  TOTAL_BOUNDED(
      "Giới hạn tổng điểm",
      "total_bounded",
      "Ghi x (mặc định) nếu tổng điểm sau điểm thưởng, điểm trừ không vượt tổng điểm tối đa và"
          + " không dưới 0; ghi \"không\" nếu không giới hạn"),
  /** Whether the bands are in points or in percent of the maximum; older files say nothing. */
  BAND_SCALE(
      "Xếp loại tính theo",
      "bands_in",
      "Ghi \"điểm\" (mặc định) nếu mức xếp loại tính theo tổng điểm; ghi \"%\" nếu tính theo"
          + " phần trăm tổng điểm tối đa (ví dụ nhóm A từ 90 %)");

  private final String label;
  private final String yamlKey;
  private final String guidance;

  VersionField(String label, String yamlKey, String guidance) {
    this.label = label;
    this.yamlKey = yamlKey;
    this.guidance = guidance;
  }

  String label() {
    return label;
  }

  String yamlKey() {
    return yamlKey;
  }

  String guidance() {
    return guidance;
  }

  /**
   * Only the illustrative mark, the bound and the bands' scale may be left out: older files do not
   * have them.
   */
  boolean required() {
    return this != ILLUSTRATIVE && this != TOTAL_BOUNDED && this != BAND_SCALE;
  }
}
