package vn.parindex.web.assessment;

import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.model.file.UploadedFile;
import vn.parindex.evidence.EvidenceDetails;

/** A new document in the scoring dialog: the file the user chose and the metadata typed for it. */
public class EvidenceUploadForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String fileName;
  private byte[] content;
  private String number;
  private LocalDate date;
  private String issuer;
  private String summary;

  public void hold(UploadedFile file) {
    fileName = file.getFileName();
    content = file.getContent();
  }

  public void clear() {
    fileName = null;
    content = null;
    number = null;
    date = null;
    issuer = null;
    summary = null;
  }

  public boolean hasFile() {
    return content != null;
  }

  public byte[] content() {
    return content;
  }

  public EvidenceDetails details() {
    return new EvidenceDetails(number, date, issuer, summary);
  }

  public String getFileName() {
    return fileName;
  }

  /** The size of the chosen file in kilobytes, at least 1. */
  public long getKilobytes() {
    return content == null ? 0 : Math.max(1, (content.length + 1023) / 1024);
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }
}
