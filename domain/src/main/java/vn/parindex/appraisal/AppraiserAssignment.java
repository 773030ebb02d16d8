package vn.parindex.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Block;
import vn.parindex.scoring.CriterionCode;

/**
 * One cell of the appraiser matrix: in a campaign, a member department appraises an area (or a
 * single criterion) of every unit of a block. Sở Tư pháp appraises area 2 of every commune.
 */
@Entity
@Table(name = "appraiser_assignment")
public class AppraiserAssignment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "campaign_id", nullable = false)
  private Campaign campaign;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "block_id", nullable = false)
  private Block block;

  @Column(name = "node_code", length = 20, nullable = false)
  private String nodeCode;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "department_id", nullable = false)
  private AssessedUnit department;

  protected AppraiserAssignment() {}

  public AppraiserAssignment(
      Campaign campaign, Block block, CriterionCode node, AssessedUnit department) {
    if (campaign.versionOf(block).isEmpty()) {
      throw new AppraisalRefusal("block", "appraisal.matrix.blockNotInCampaign");
    }
    if (campaign.versionOf(block).get().node(node).isEmpty()) {
      throw new AppraisalRefusal("node", "appraisal.matrix.unknownNode", node.toString());
    }
    if (!department.province().map(campaign.province()::equals).orElse(false)) {
      throw new AppraisalRefusal("department", "appraisal.matrix.departmentOfOtherProvince");
    }
    this.campaign = campaign;
    this.block = block;
    this.nodeCode = node.toString();
    this.department = Objects.requireNonNull(department);
  }

  public void giveTo(AssessedUnit newDepartment) {
    if (!newDepartment.province().map(campaign.province()::equals).orElse(false)) {
      throw new AppraisalRefusal("department", "appraisal.matrix.departmentOfOtherProvince");
    }
    this.department = newDepartment;
  }

  public Long id() {
    return id;
  }

  public Campaign campaign() {
    return campaign;
  }

  public Block block() {
    return block;
  }

  public CriterionCode node() {
    return CriterionCode.of(nodeCode);
  }

  public AssessedUnit department() {
    return department;
  }
}
