package vn.parindex.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.RawFileBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.Map;

/**
 * The last days before the deadline: office users in the portal (sign in, "My criteria", the
 * scoring dialog, saves through the real PrimeFaces ajax requests with their view state, a 200 KB
 * PDF uploaded and linked), API clients saving with their tokens, and consolidators reading the
 * review and the consolidated scorecard. Everyone arrives during the ramp, works with think times,
 * and stops at the same moment once the load has been held.
 *
 * <p>Every POST names its step in a {@code peak} query parameter the application ignores, so that
 * the server's access log tells the steps apart.
 */
public class DeadlinePeak extends Simulation {
  private static final String FEEDERS = System.getProperty("peak.feeders", "target/peak");
  private static final int OFFICE_USERS = Integer.getInteger("peak.officeUsers", 300);
  private static final int API_CLIENTS = Integer.getInteger("peak.apiClients", 20);
  private static final int CONSOLIDATORS = Integer.getInteger("peak.consolidators", 5);
  private static final int RAMP = Integer.getInteger("peak.rampSeconds", 60);
  private static final int HOLD = Integer.getInteger("peak.holdSeconds", 180);
  private static final int THINK_MIN = Integer.getInteger("peak.thinkMin", 3);
  private static final int THINK_MAX = Integer.getInteger("peak.thinkMax", 10);
  private static final long END = System.currentTimeMillis() + (RAMP + HOLD) * 1000L;

  private static final Map<String, String> AJAX =
      Map.of("Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest");

  /** A quote in PrimeFaces' callback arguments, which the partial response writes escaped. */
  private static final String CALLBACK = "(?:\"|&#34;)";

  private static final String CRITERIA = "/assessment/criteria.xhtml?assessment=#{assessment}";

  private final HttpProtocolBuilder protocol =
      http.baseUrl(System.getProperty("peak.url", "http://127.0.0.1:8080"))
          .acceptLanguageHeader("vi-VN,vi;q=0.9")
          .userAgentHeader("PAR Index load benchmark");

  private static boolean holding(Session session) {
    return System.currentTimeMillis() < END;
  }

  private static ChainBuilder think() {
    return pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX));
  }

  private static ChainBuilder signIn() {
    return exec(http("sign-in page").get("/login.xhtml").check(viewState()))
        .exec(
            http("sign in")
                .post("/login.xhtml?peak=sign-in")
                .formParam("loginForm", "loginForm")
                .formParam("loginForm:username", "#{username}")
                .formParam("loginForm:password", "#{password}")
                .formParam("loginForm:submit", "")
                .formParam(Faces.VIEW_STATE, "#{viewState}")
                .check(status().is(200), substring("loginForm:password").notExists()));
  }

  private static CheckBuilder.Final viewState() {
    return css("input[name='" + Faces.VIEW_STATE + "']", "value").saveAs("viewState");
  }

  private static ChainBuilder myCriteria() {
    return exec(
        http("My criteria")
            .get(CRITERIA)
            .check(
                viewState(),
                // PrimeFaces' content security policy: every ajax request carries the page's nonce
                regex("csp\\.init\\('([^']+)'\\)").saveAs("nonce"),
                regex("id=\"(criteriaForm:[^\"]*:edit)\"").findAll().saveAs("editButtons")));
  }

  private static HttpRequestActionBuilder ajax(String step) {
    return http(step)
        .post(CRITERIA + "&peak=" + step.replace(' ', '-'))
        .headers(AJAX)
        .formParam("primefaces.nonce", "#{nonce}")
        .check(substring("<partial-response"), substring("<error>").notExists());
  }

  private static Session keepViewState(Session session) {
    String body = session.getString("partial");
    return body == null
        ? session
        : session.set("viewState", Faces.updatedViewState(body, session.getString("viewState")));
  }

  private static ChainBuilder openDialog() {
    return exec(session -> session.set("edit", Faces.pick(session.getList("editButtons"))))
        .exec(
            ajax("open the dialog")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", "#{edit}")
                .formParam("jakarta.faces.partial.execute", "#{edit}")
                .formParam(
                    "jakarta.faces.partial.render",
                    "editForm evidenceForm uploadForm commentsForm historyForm")
                .formParam("#{edit}", "#{edit}")
                .formParam("criteriaForm", "criteriaForm")
                .formParam(Faces.VIEW_STATE, "#{viewState}")
                .check(bodyString().saveAs("partial")))
        .exec(session -> keepViewState(session).set("dialog", session.getString("partial")));
  }

  private static ChainBuilder saveScore() {
    return doIf(session -> Faces.editable(session.getString("dialog")))
        .then(
            exec(ajax("save a score")
                    .formParamMap(
                        session ->
                            Faces.scoreForm(
                                session.getString("dialog"),
                                session.getString("viewState"),
                                session.getString("edit")))
                    .check(
                        regex(CALLBACK + "saved" + CALLBACK + ":true").exists(),
                        bodyString().saveAs("partial")))
                .exec(DeadlinePeak::keepViewState));
  }

  /** The document chosen (sent at once, as the auto upload does), then described and linked. */
  private static ChainBuilder uploadAndLink() {
    return doIf(session -> Faces.editable(session.getString("dialog")))
        .then(
            exec(ajax("upload a document")
                    .asMultipartForm()
                    .formParam("uploadForm", "uploadForm")
                    .formParam("jakarta.faces.partial.ajax", "true")
                    .formParam("jakarta.faces.partial.execute", "uploadForm:file uploadForm:file")
                    .formParam("jakarta.faces.source", "uploadForm:file")
                    .formParam("uploadForm:file_totalFilesCount", "1")
                    .formParam(
                        "jakarta.faces.partial.render", "uploadForm:chosen uploadForm:fileMessage")
                    .formParam(Faces.VIEW_STATE, "#{viewState}")
                    .bodyPart(
                        RawFileBodyPart("uploadForm:file", FEEDERS + "/document-200kb.pdf")
                            .fileName("bao-cao-ket-qua.pdf")
                            .contentType("application/pdf"))
                    .check(substring("uploadForm:chosenName"), bodyString().saveAs("partial")))
                .exec(DeadlinePeak::keepViewState)
                .pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX))
                .exec(
                    ajax("link the document")
                        .formParam("jakarta.faces.partial.ajax", "true")
                        .formParam("jakarta.faces.source", "uploadForm:saveEvidence")
                        .formParam(
                            "jakarta.faces.partial.execute",
                            "uploadForm:saveEvidence uploadForm:number uploadForm:date"
                                + " uploadForm:issuer uploadForm:summary")
                        .formParam("jakarta.faces.partial.render", "uploadForm evidenceForm")
                        .formParam("uploadForm:saveEvidence", "uploadForm:saveEvidence")
                        .formParam("uploadForm", "uploadForm")
                        .formParam("uploadForm:number", "#{username}/BC")
                        .formParam("uploadForm:date_input", "15/06/2023")
                        .formParam("uploadForm:issuer", "UBND (tải thử)")
                        .formParam("uploadForm:summary", "Báo cáo kết quả thực hiện (tải thử)")
                        .formParam(Faces.VIEW_STATE, "#{viewState}")
                        .check(
                            regex(CALLBACK + "changed" + CALLBACK + ":true").exists(),
                            bodyString().saveAs("partial")))
                .exec(DeadlinePeak::keepViewState));
  }

  private final ScenarioBuilder offices =
      scenario("office users")
          .feed(csv(FEEDERS + "/offices.csv").queue())
          .exec(signIn())
          .exec(think())
          .exec(myCriteria())
          .asLongAs(DeadlinePeak::holding)
          .on(
              exec(think())
                  .exec(openDialog())
                  .exec(think())
                  .exec(saveScore())
                  .randomSwitch()
                  .on(
                      percent(25.0).then(uploadAndLink()),
                      percent(25.0).then(think().exec(myCriteria()))));

  private final ScenarioBuilder apiClients =
      scenario("API clients")
          .feed(csv(FEEDERS + "/api-clients.csv").queue())
          .asLongAs(DeadlinePeak::holding)
          .on(
              exec(http("API: read criteria")
                      .get("/api/assessments/#{assessment}/criteria")
                      .header("Authorization", "Bearer #{token}")
                      .check(status().is(200)))
                  .exec(think())
                  .exec(
                      http("API: save a score")
                          .put("/api/assessments/#{assessment}/criteria/#{criterion}/self-score")
                          .header("Authorization", "Bearer #{token}")
                          .header("Content-Type", "application/json")
                          .body(StringBody("#{body}"))
                          .check(status().is(200)))
                  .exec(think()));

  private final ScenarioBuilder consolidators =
      scenario("consolidators")
          .feed(csv(FEEDERS + "/consolidators.csv").queue())
          .exec(signIn())
          .asLongAs(DeadlinePeak::holding)
          .on(
              exec(think())
                  .exec(
                      http("review page")
                          .get("/assessment/review.xhtml?assessment=#{assessment}")
                          .check(status().is(200), substring("reviewForm")))
                  .exec(think())
                  .exec(
                      http("consolidated scorecard")
                          .get("/consolidation/scorecard.xhtml?id=#{assessment}")
                          .check(status().is(200))));

  {
    setUp(
            offices.injectOpen(rampUsers(OFFICE_USERS).during(RAMP)),
            apiClients.injectOpen(rampUsers(API_CLIENTS).during(RAMP)),
            consolidators.injectOpen(rampUsers(CONSOLIDATORS).during(RAMP)))
        .protocols(protocol)
        .maxDuration(Duration.ofSeconds(RAMP + HOLD + 60L));
  }
}
