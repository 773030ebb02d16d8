package vn.parindex.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.kernel.Refusal;

/**
 * Reads every JSON request body of the API into its Java type, or refuses it with a {@link Refusal}
 * (400, in the caller's language, through the one {@link RefusalMapper}) that names the property at
 * fault: a body that is not one JSON value with nothing after it, too large, not UTF-8, or with a
 * value of the wrong type (see {@link StrictJsonValues}), an unknown enum constant or an impossible
 * date. Without it JSON-B's own failures reached the catch-all mapper as 500s with a stack trace in
 * the log, and trailing data after the JSON was ignored.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class JsonRequestReader implements MessageBodyReader<Object> {
  /** No JSON body of the API comes near this; larger ones are refused unread. */
  static final int MAX_BYTES = 256 * 1024;

  /** How JSON-B (Yasson) names the property it failed on, outermost first. */
  private static final Pattern PROPERTY =
      Pattern.compile("^Unable to deserialize property '([^']+)'");

  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withDeserializers(StrictJsonValues.all()));

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    // The product's own request types and plain collections; String, streams and JSON-P values
    // keep the built-in readers.
    return type.getName().startsWith("vn.parindex.")
        || Collection.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type);
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    String text = text(entityStream);
    if (text.isBlank()) {
      return null;
    }
    requireOneJsonValue(text);
    try {
      return JSONB.fromJson(text, genericType);
    } catch (RuntimeException e) {
      throw refusal(e);
    }
  }

  private static String text(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) != -1; ) {
      bytes.write(buffer, 0, n);
      if (bytes.size() > MAX_BYTES) {
        throw Refusal.invalid(null, "request.json.tooLarge", MAX_BYTES / 1024);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw Refusal.invalid(null, "request.json.encoding");
    }
  }

  /** One JSON value and nothing after it but blanks; the parser reports where it went wrong. */
  private static void requireOneJsonValue(String text) {
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      while (parser.hasNext()) {
        parser.next();
      }
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      throw Refusal.invalid(
          null,
          "request.json.malformed",
          at == null ? 1 : at.getLineNumber(),
          at == null ? 1 : at.getColumnNumber());
    } catch (JsonException | IllegalStateException | UnsupportedOperationException e) {
      throw Refusal.invalid(null, "request.json.malformed", 1, 1);
    }
  }

  /** The refusal of a well-formed body JSON-B could not bind, naming the innermost property. */
  private static Refusal refusal(Throwable failure) {
    String property = null;
    String key = null;
    for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
      Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
      if (m.find()) {
        property = m.group(1);
      }
      if (t instanceof StrictJsonValues.Refused refused) {
        key = refused.messageKey();
      }
    }
    if (property == null) {
      return Refusal.invalid(null, "request.json.shape");
    }
    return Refusal.invalid(property, key == null ? "request.json.badValue" : key, property);
  }
}
