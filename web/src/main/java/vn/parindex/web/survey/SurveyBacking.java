package vn.parindex.web.survey;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.parindex.kernel.Refusal;
import vn.parindex.survey.SurveyFileRefused;
import vn.parindex.survey.SurveyImportService;
import vn.parindex.survey.SurveyImportView;
import vn.parindex.survey.SurveyPreview;
import vn.parindex.survey.SurveyResults;
import vn.parindex.web.campaign.CampaignActions;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs province/survey.xhtml: a block's survey results in a campaign; for the Sở Nội vụ the
 * template, the upload that shows the preview or every problem of the file, and the import after a
 * confirmation. The uploaded file is kept with the view until it is imported or discarded.
 */
@Named
@ViewScoped
public class SurveyBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private SurveyImportService survey;
  @Inject private CampaignActions actions;
  @Inject private PageRefusals refusals;
  @Inject private MessageResolver messages;
  @Inject private LocaleBacking locale;

  private long campaign;
  private long block;
  private SurveyResults results;
  private String fileName;
  private byte[] content;
  private SurveyPreview preview;
  private List<Problem> problems = List.of();

  /** A problem of the uploaded file, where it is and what it is, in the user's language. */
  public record Problem(String sheet, Integer row, String column, String message)
      implements Serializable {}

  public void load() {
    try {
      results = survey.results(campaign, block);
    } catch (Refusal unknown) {
      results = null;
    }
  }

  public StreamedContent getTemplate() {
    byte[] file = survey.template(campaign, block);
    return DefaultStreamedContent.builder()
        .name("dieu-tra-xhh-" + campaign + "-" + block + ".xlsx")
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .contentLength((long) file.length)
        .stream(() -> new ByteArrayInputStream(file))
        .build();
  }

  /** Reads the uploaded file: its preview, or every problem it has; nothing is saved. */
  public void upload(FileUploadEvent event) {
    discard();
    fileName = event.getFile().getFileName();
    byte[] uploaded = event.getFile().getContent();
    try {
      preview = survey.preview(campaign, block, fileName, uploaded);
      content = uploaded;
    } catch (SurveyFileRefused refused) {
      problems =
          refused.details().stream()
              .map(d -> new Problem(d.sheet(), d.row(), d.column(), refusals.text(d)))
              .toList();
    } catch (Refusal refusal) {
      refusals.show(refusal, "importForm");
    }
  }

  /** Imports the previewed file, after the user confirmed it. */
  public void commit() {
    if (content == null) {
      return;
    }
    String name = fileName;
    byte[] file = content;
    SurveyImportView[] done = new SurveyImportView[1];
    if (actions.attempt(() -> done[0] = survey.commit(campaign, block, name, file))) {
      actions.info(
          "survey.page.committed", done[0].fileName(), done[0].values(), done[0].changed());
      discard();
      load();
    }
  }

  public void discard() {
    fileName = null;
    content = null;
    preview = null;
    problems = List.of();
  }

  /** The confirmation's question, with how many points the import writes. */
  public String getCommitQuestion() {
    return preview == null ? "" : text("survey.page.commitConfirm", preview.values());
  }

  /** Who entered a current value and when, for its tooltip. */
  public String enteredBy(SurveyResults.Current value) {
    return value.points() == null
        ? ""
        : text("survey.page.enteredBy", value.enteredBy(), actions.when(value.enteredAt()));
  }

  private String text(String key, Object... arguments) {
    return messages.message(key, locale.getLocale(), arguments);
  }

  public long getCampaign() {
    return campaign;
  }

  public void setCampaign(long campaign) {
    this.campaign = campaign;
  }

  public long getBlock() {
    return block;
  }

  public void setBlock(long block) {
    this.block = block;
  }

  public SurveyResults getResults() {
    return results;
  }

  public String getFileName() {
    return fileName;
  }

  public SurveyPreview getPreview() {
    return preview;
  }

  public List<Problem> getProblems() {
    return problems;
  }

  public int getMaxBytes() {
    return SurveyImportService.MAX_FILE_BYTES;
  }
}
