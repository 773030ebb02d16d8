package vn.parindex.web.campaign;

import java.io.Serializable;

/**
 * A block of the province and the version it takes part with in the campaign, null while it does
 * not.
 */
public class SetupBlockRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private final long blockId;
  private final String blockName;
  private Long versionId;

  SetupBlockRow(long blockId, String blockName, Long versionId) {
    this.blockId = blockId;
    this.blockName = blockName;
    this.versionId = versionId;
  }

  public long getBlockId() {
    return blockId;
  }

  public String getBlockName() {
    return blockName;
  }

  public Long getVersionId() {
    return versionId;
  }

  public void setVersionId(Long versionId) {
    this.versionId = versionId;
  }
}
