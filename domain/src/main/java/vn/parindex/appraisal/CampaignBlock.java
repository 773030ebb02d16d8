package vn.parindex.appraisal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.organisation.Block;

/** A block taking part in a campaign, with the index version its units are assessed on. */
@Embeddable
public class CampaignBlock {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "block_id", nullable = false)
  private Block block;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id", nullable = false)
  private IndexVersion version;

  protected CampaignBlock() {}

  CampaignBlock(Block block, IndexVersion version) {
    this.block = Objects.requireNonNull(block);
    this.version = Objects.requireNonNull(version);
  }

  public Block block() {
    return block;
  }

  public IndexVersion version() {
    return version;
  }
}
