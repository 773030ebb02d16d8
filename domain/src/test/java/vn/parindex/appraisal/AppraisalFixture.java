package vn.parindex.appraisal;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.catalogue.IndexFixture;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.organisation.Block;
import vn.parindex.organisation.Province;

/**
 * A province with one block on the published {@link IndexFixture} index and a campaign of 2025:
 * self-assessment until 10/11, submission until 15/11; round 1 decides until 30/11 and is explained
 * until 7/12, round 2 decides until 20/12.
 */
final class AppraisalFixture {
  static final LocalDate SELF = LocalDate.of(2025, 11, 10);
  static final LocalDate SUBMISSION = LocalDate.of(2025, 11, 15);
  static final LocalDate ROUND1 = LocalDate.of(2025, 11, 30);
  static final LocalDate EXPLAIN1 = LocalDate.of(2025, 12, 7);
  static final LocalDate ROUND2 = LocalDate.of(2025, 12, 20);
  static final Instant AT = Instant.parse("2025-11-20T02:00:00Z");

  final Province province = stored(new Province("Tỉnh Thử nghiệm", true), 1L);
  final Block communes = stored(new Block(province, "Khối xã, phường", 2), 11L);
  final IndexVersion version = stored(IndexFixture.published(), 21L);
  final Campaign campaign =
      new Campaign(province, 2025, "Đánh giá CCHC năm 2025", SELF, SUBMISSION);

  AppraisalFixture() {
    campaign.useIndex(communes, version);
    campaign.planRounds(twoRounds());
  }

  static List<RoundDates> twoRounds() {
    return List.of(new RoundDates(ROUND1, EXPLAIN1), new RoundDates(ROUND2, null));
  }

  /** The entity as if stored: rules compare the ids the database gives. */
  static <T> T stored(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
