package vn.parindex.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.parindex.access.AccessPolicy;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.appraisal.Campaign;
import vn.parindex.appraisal.CampaignBlock;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.organisation.Province;
import vn.parindex.platform.NotFoundException;

/**
 * The draft of the People's Committee's decision announcing a campaign's results, with one annex
 * per block, for the Sở Nội vụ that drafts it and the council that approved the results. The names
 * of the bodies follow the province, the signer's title the People's Committees' unit kind; the
 * figures come from {@link AnnouncementFigures}.
 */
@Stateless
@RolesAllowed({Roles.PROVINCE, Roles.COUNCIL})
public class AnnouncementService {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Inject private EntityManager em;
  @EJB private CallerAccount caller;
  @EJB private AnnouncementFigures figures;

  private final AnnouncementReport report = new AnnouncementReport();

  /** The decision with its annexes (PDF, DOCX), or the annexes alone (XLSX). */
  public byte[] render(long campaignId, ReportFormat format, Locale locale) {
    return report.render(announcementOf(campaignId, locale), format, locale);
  }

  /**
   * @throws NotFoundException for a campaign of another province, or none
   */
  public Announcement announcementOf(long campaignId, Locale locale) {
    Locale language = locale == null ? Locale.forLanguageTag("vi") : locale;
    Campaign campaign = em.find(Campaign.class, campaignId);
    if (campaign == null
        || !new AccessPolicy(caller.get()).mayInProvince(Permission.APPROVE, campaign.province())) {
      throw new NotFoundException("announcement.campaign.notFound", campaignId);
    }
    AppraisalWording wording = new AppraisalWording(language);
    Province province = campaign.province();
    AnnouncementFigures.Figures results = figures.of(campaign);
    String provinceName = province.name();
    return new Announcement(
        wording.format("announcement.issuingBody", provinceName.toUpperCase(language)),
        wording.format("announcement.authority", provinceName.toUpperCase(language)),
        wording.format("announcement.authorityName", inText(provinceName, language)),
        wording.text("announcement.numberSuffix"),
        results.decisionNumber(),
        place(provinceName),
        results.decisionDate(),
        campaign.year(),
        wording.text("announcement.assessed"),
        references(campaign, wording),
        wording.text("announcement.proposer"),
        wording.text("announcement.executors"),
        wording.text("announcement.monitor"),
        List.of(
            wording.text("announcement.copy.asArticle3"),
            wording.text("announcement.copy.ministry"),
            wording.text("announcement.copy.leaders")),
        new Signer(
            figures.deputySignature(campaign).orElse(wording.text("announcement.signer")), null),
        results.blocks(),
        footnote(province, results, wording));
  }

  /** The index's decision behind each block's version, then the campaign's appraisal. */
  private static List<String> references(Campaign campaign, AppraisalWording wording) {
    Set<String> references = new LinkedHashSet<>();
    for (CampaignBlock block : campaign.blocks()) {
      IndexVersion version = block.version();
      references.add(
          wording.format(
              "announcement.reference",
              version.decision().number(),
              version.decision().date().format(DAY),
              version.decision().issuer(),
              version.name()));
    }
    List<String> all = new ArrayList<>(references);
    all.add(wording.format("announcement.campaignReference", campaign.name(), campaign.year()));
    return all;
  }

  private static String footnote(
      Province province, AnnouncementFigures.Figures results, AppraisalWording wording) {
    List<String> notes = new ArrayList<>();
    if (results.provisional()) {
      notes.add(wording.text("announcement.provisional"));
    }
    if (province.illustrative()) {
      notes.add(wording.text("announcement.illustrative"));
    }
    return notes.isEmpty() ? null : String.join(" ", notes);
  }

  /** "Tỉnh Gia Lai" in running text: "tỉnh Gia Lai". */
  private static String inText(String name, Locale locale) {
    return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(locale) + name.substring(1);
  }

  /** The place of issue: the province's name without its kind or any note in brackets. */
  static String place(String provinceName) {
    String place = provinceName.replaceAll("\\s*\\(.*\\)\\s*$", "").strip();
    for (String kind : List.of("Tỉnh ", "tỉnh ", "Thành phố ", "thành phố ", "TP. ")) {
      if (place.startsWith(kind)) {
        return place.substring(kind.length()).strip();
      }
    }
    return place;
  }
}
