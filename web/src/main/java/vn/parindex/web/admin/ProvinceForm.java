package vn.parindex.web.admin;

import java.io.Serializable;
import vn.parindex.organisation.BlockView;
import vn.parindex.organisation.ProvinceView;

/** The province dialog: a new province, one renamed, or a block of one (new or changed). */
public class ProvinceForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private boolean block;
  private Long provinceId;
  private String provinceName;
  private Long blockId;
  private String name;
  private Integer order;
  private boolean illustrative;

  void startProvince(ProvinceView province) {
    block = false;
    provinceId = province == null ? null : province.id();
    provinceName = province == null ? null : province.name();
    blockId = null;
    name = provinceName;
    order = null;
    illustrative = false;
  }

  void startBlock(ProvinceView province, BlockView existing) {
    block = true;
    provinceId = province.id();
    provinceName = province.name();
    blockId = existing == null ? null : existing.id();
    name = existing == null ? null : existing.name();
    order = existing == null ? null : existing.order();
    illustrative = false;
  }

  public boolean isBlock() {
    return block;
  }

  public boolean isCreatingProvince() {
    return !block && provinceId == null;
  }

  public Long getProvinceId() {
    return provinceId;
  }

  public String getProvinceName() {
    return provinceName;
  }

  public Long getBlockId() {
    return blockId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getOrder() {
    return order;
  }

  public void setOrder(Integer order) {
    this.order = order;
  }

  public boolean isIllustrative() {
    return illustrative;
  }

  public void setIllustrative(boolean illustrative) {
    this.illustrative = illustrative;
  }
}
