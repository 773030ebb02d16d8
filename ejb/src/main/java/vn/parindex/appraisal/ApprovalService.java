package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.ChangeRecord;
import vn.parindex.kernel.Refusal;
import vn.parindex.organisation.Block;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.platform.AccessDeniedException;
import vn.parindex.platform.NotFoundException;
import vn.parindex.results.AnnouncedBlocks;

/**
 * The council's approval of a block's appraised results, given by the council or by the Sở Nội vụ
 * on its behalf once the last round is over. Approval freezes an immutable snapshot of every final
 * score; reopening needs a reason and is recorded, and a later approval takes a new snapshot.
 */
@Stateless
@RolesAllowed({Roles.COUNCIL, Roles.PROVINCE, Roles.ADMIN})
public class ApprovalService {
  @Inject private EntityManager em;
  @EJB private CallerAccount caller;
  @Inject private Clock clock;

  public List<ApprovalView> approvals(long campaignId) {
    AppraisalRecords records = new AppraisalRecords(em);
    Campaign campaign = visible(records, campaignId);
    return records.approvals(campaign).stream().map(ApprovalView::of).toList();
  }

  public ApprovalView approve(long campaignId, long blockId) {
    AppraisalRecords records = new AppraisalRecords(em);
    Campaign campaign = permitted(records, campaignId);
    Block block = block(campaign, blockId);
    if (records.approvalInForce(campaign, block).isPresent()) {
      throw Refusal.conflict("appraisal.approval.already", block.name());
    }
    LocalDate today = LocalDate.now(clock);
    List<AppraisalRound> rounds = campaign.rounds();
    if (rounds.isEmpty() || !rounds.get(rounds.size() - 1).isOverOn(today)) {
      throw new AppraisalRefusal("round", "appraisal.approval.roundsNotOver");
    }
    List<ApprovedScore> snapshot = new ArrayList<>();
    Set<Assessment> units = new LinkedHashSet<>();
    for (CampaignOutcomes.Line line : CampaignOutcomes.of(records, campaign)) {
      Assessment assessment = line.submission().assessment();
      if (assessment.unit().block().map(block::equals).orElse(false)) {
        units.add(assessment);
        snapshot.add(
            new ApprovedScore(assessment.id(), line.criterionId(), line.outcome().finalPoints()));
      }
    }
    String by = caller.get().username();
    Instant now = clock.instant();
    BlockApproval approval = new BlockApproval(campaign, block, snapshot, by, now);
    em.persist(approval);
    for (Assessment assessment : units) {
      em.persist(
          ChangeRecord.withReason(
              assessment, null, ChangeRecord.Kind.APPROVAL, null, "approved", null, by, now));
    }
    return ApprovalView.of(approval);
  }

  public ApprovalView reopen(long campaignId, long blockId, String reason) {
    AppraisalRecords records = new AppraisalRecords(em);
    Campaign campaign = permitted(records, campaignId);
    Block block = block(campaign, blockId);
    AnnouncedBlocks.requireNotAnnounced(em, campaign, block);
    BlockApproval approval =
        records
            .approvalInForce(campaign, block)
            .orElseThrow(() -> new AppraisalRefusal("block", "appraisal.approval.notInForce"));
    String by = caller.get().username();
    Instant now = clock.instant();
    approval.reopen(reason, by, now);
    for (Submission submission : records.submitted(campaign)) {
      Assessment assessment = submission.assessment();
      if (assessment.unit().block().map(block::equals).orElse(false)) {
        em.persist(
            ChangeRecord.withReason(
                assessment,
                null,
                ChangeRecord.Kind.APPROVAL,
                "approved",
                "reopened",
                approval.reopenReason(),
                by,
                now));
      }
    }
    return ApprovalView.of(approval);
  }

  private Campaign visible(AppraisalRecords records, long campaignId) {
    Campaign campaign = records.campaign(campaignId);
    if (!caller.policy().mayInProvince(Permission.READ_UNIT, campaign.province())) {
      throw new NotFoundException("appraisal.campaign.notFound", String.valueOf(campaignId));
    }
    return campaign;
  }

  private Campaign permitted(AppraisalRecords records, long campaignId) {
    Campaign campaign = visible(records, campaignId);
    em.lock(campaign, LockModeType.PESSIMISTIC_WRITE);
    if (!caller.policy().mayInProvince(Permission.APPROVE, campaign.province())) {
      throw new AccessDeniedException("access.denied");
    }
    return campaign;
  }

  private static Block block(Campaign campaign, long blockId) {
    return campaign.blocks().stream()
        .map(CampaignBlock::block)
        .filter(b -> b.id() == blockId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("appraisal.block.notFound", blockId));
  }
}
