package vn.parindex.organisation;

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
import vn.parindex.kernel.CleanText;

/**
 * A block (khối) of a province's units that share an index and are ranked together: its
 * departments, its communes, the branches of central agencies. Blocks are data, in their order.
 */
@Entity
@Table(name = "unit_block")
public class Block {
  public static final int NAME_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "province_id", nullable = false)
  private Province province;

  @Column(name = "name", length = NAME_LENGTH, nullable = false)
  private String name;

  @Column(name = "sort_order", nullable = false)
  private int order;

  protected Block() {}

  public Block(Province province, String name, int order) {
    this.province = Objects.requireNonNull(province);
    describe(name, order);
  }

  public final void describe(String newName, int newOrder) {
    String clean = newName == null ? "" : CleanText.line("name", newName.strip());
    if (clean.isEmpty()) {
      throw new OrganisationRuleException("name", "organisation.block.name.required");
    }
    if (clean.length() > NAME_LENGTH) {
      throw new OrganisationRuleException("name", "organisation.block.name.tooLong", NAME_LENGTH);
    }
    this.name = clean;
    this.order = newOrder;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Block other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Block.class.hashCode();
  }

  public Long id() {
    return id;
  }

  public Province province() {
    return province;
  }

  public String name() {
    return name;
  }

  public int order() {
    return order;
  }
}
