package vn.parindex.web.assessment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.parindex.report.OfficeScorecardService;

/**
 * Backs WEB-INF/includes/office-scorecard-links.xhtml: the caller's office, whose own scorecard the
 * links of "My criteria" print. Asked once per request.
 */
@Named
@RequestScoped
public class OfficeReportLinks {
  @EJB private OfficeScorecardService officeScorecards;

  private String officeCode;
  private boolean loaded;

  /** The caller's office code, or null for an account without an office. */
  public String getOfficeCode() {
    if (!loaded) {
      officeCode = officeScorecards.ownOfficeCode();
      loaded = true;
    }
    return officeCode;
  }
}
