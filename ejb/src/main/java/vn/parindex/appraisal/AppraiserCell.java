package vn.parindex.appraisal;

/**
 * One cell of a block's appraiser matrix: the area or criterion and the member department (a unit
 * of the province) that appraises it in every unit of the block.
 */
public record AppraiserCell(
    String node, String nodeName, long departmentId, String departmentName) {

  static AppraiserCell of(AppraiserAssignment a) {
    String nodeName =
        a.campaign()
            .versionOf(a.block())
            .flatMap(v -> v.node(a.node()))
            .map(n -> n.name())
            .orElse(null);
    return new AppraiserCell(
        a.node().toString(), nodeName, a.department().id(), a.department().name());
  }
}
