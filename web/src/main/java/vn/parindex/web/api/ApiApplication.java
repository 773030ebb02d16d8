package vn.parindex.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Serves the API under /api. */
@ApplicationPath("api")
public class ApiApplication extends Application {}
