package vn.parindex.web.admin;

import java.io.Serializable;
import vn.parindex.organisation.UnitKindDetails;
import vn.parindex.organisation.UnitKindView;

/** The kind dialog: a new kind of unit, or one whose name and signatures change (not its code). */
public class UnitKindForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private boolean creating;
  private String code;
  private String name;
  private String headSignature;
  private String deputySignature;
  private String letterheadAbove;

  void start(UnitKindView kind) {
    creating = kind == null;
    code = kind == null ? null : kind.code();
    name = kind == null ? null : kind.name();
    headSignature = kind == null ? null : kind.headSignature();
    deputySignature = kind == null ? null : kind.deputySignature();
    letterheadAbove = kind == null ? null : kind.letterheadAbove();
  }

  UnitKindDetails details() {
    return new UnitKindDetails(code, name, headSignature, deputySignature, letterheadAbove);
  }

  public boolean isCreating() {
    return creating;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getHeadSignature() {
    return headSignature;
  }

  public void setHeadSignature(String headSignature) {
    this.headSignature = headSignature;
  }

  public String getDeputySignature() {
    return deputySignature;
  }

  public void setDeputySignature(String deputySignature) {
    this.deputySignature = deputySignature;
  }

  public String getLetterheadAbove() {
    return letterheadAbove;
  }

  public void setLetterheadAbove(String letterheadAbove) {
    this.letterheadAbove = letterheadAbove;
  }
}
