package vn.parindex.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.time.Duration;
import vn.parindex.operations.ActivityCounters;

/**
 * Times every API request by endpoint, the resource method's path template (one series per
 * endpoint, not per assessment id), into the metrics. Pre-matching, so that time spent refusing a
 * request is counted too.
 */
@Provider
@PreMatching
public class RequestTimings implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String STARTED = RequestTimings.class.getName() + ".started";

  @Inject private ActivityCounters counters;
  @Context private ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(STARTED) instanceof Long started) {
      counters.request(
          request.getMethod(),
          endpoint(),
          response.getStatus(),
          Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private String endpoint() {
    if (resource == null || resource.getResourceClass() == null) {
      return "unmatched";
    }
    String path = pathOf(resource.getResourceClass()) + "/" + pathOf(resource.getResourceMethod());
    return path.replaceAll("/+", "/").replaceAll("^/|/$", "");
  }

  private static String pathOf(AnnotatedElement element) {
    Path path = element == null ? null : element.getAnnotation(Path.class);
    return path == null ? "" : path.value();
  }
}
