package vn.parindex.catalogue.exchange;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A file refused as a whole, with every problem found in it, so that the administrator can fix them
 * all before trying again. An application exception: a service that lets it through rolls back, and
 * its caller receives it as it is, not wrapped in an {@code EJBException}.
 */
@ApplicationException(rollback = true)
public class IndexImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ImportProblem> problems;

  public IndexImportException(List<ImportProblem> problems) {
    super("Import refused with " + problems.size() + " problem(s), first " + problems.get(0));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, sheet by sheet and row by row; never empty. */
  public List<ImportProblem> problems() {
    return problems;
  }
}
