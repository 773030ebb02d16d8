package vn.parindex.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.parindex.scoring.Timeliness;

/**
 * How a request's JSON values become Java values: by their JSON type only. JSON-B on its own reads
 * {@code "yes"} and {@code 1} as a false Boolean and cuts {@code 1.5} to the Integer 1; here a
 * Boolean must be {@code true} or {@code false}, a whole number a JSON number without decimals, a
 * decimal a JSON number of sane size. A number is judged by its digits and exponent before it is
 * converted, so {@code 1E+999999999} costs nothing. An enum constant is looked up here too: JSON-B
 * reports an unknown one without the property's name. A date is a real ISO date ({@code 2030-02-30}
 * is not) from {@link #FIRST_DAY} to {@link #LAST_DAY}.
 */
final class StrictJsonValues {
  /** Beyond any amount the API deals in; far below what is costly to compute with. */
  private static final int MAX_BITS = 256;

  private static final int MAX_SCALE = 100;

  /** The first day any date of the API may be: no assessment, deadline or document is older. */
  static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

  /** The last day any date of the API may be. */
  static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

  private StrictJsonValues() {}

  /** A value of the wrong JSON type or size: the message key says which. */
  static final class Refused extends JsonbException {
    private static final long serialVersionUID = 1L;
    private final String messageKey;

    Refused(String messageKey) {
      super(messageKey);
      this.messageKey = messageKey;
    }

    String messageKey() {
      return messageKey;
    }
  }

  static JsonbDeserializer<?>[] all() {
    return new JsonbDeserializer<?>[] {
      new Booleans(),
      new Integers(),
      new Longs(),
      new Decimals(),
      new TimelinessValues(),
      new Dates()
    };
  }

  static final class Dates implements JsonbDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      // Ten characters: a longer text such as +99999-01-01 is no date of ours anyway.
      if (!(value instanceof JsonString text) || text.getString().length() != 10) {
        throw new Refused("request.json.notDate");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(text.getString());
      } catch (DateTimeParseException e) {
        throw new Refused("request.json.notDate");
      }
      if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
        throw new Refused("request.json.dateOutOfRange");
      }
      return date;
    }
  }

  static final class TimelinessValues implements JsonbDeserializer<Timeliness> {
    @Override
    public Timeliness deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return constant(Timeliness.class, parser.getValue());
    }
  }

  private static <E extends Enum<E>> E constant(Class<E> type, JsonValue value) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString text) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text.getString())) {
          return constant;
        }
      }
    }
    throw new Refused("request.json.badValue");
  }

  static final class Booleans implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      return switch (value.getValueType()) {
        case TRUE -> Boolean.TRUE;
        case FALSE -> Boolean.FALSE;
        case NULL -> null;
        default -> throw new Refused("request.json.notBoolean");
      };
    }
  }

  static final class Integers implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      BigDecimal whole = whole(parser.getValue());
      if (whole == null) {
        return null;
      }
      try {
        return whole.intValueExact();
      } catch (ArithmeticException e) {
        throw new Refused("request.json.numberOutOfRange");
      }
    }
  }

  static final class Longs implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      BigDecimal whole = whole(parser.getValue());
      if (whole == null) {
        return null;
      }
      try {
        return whole.longValueExact();
      } catch (ArithmeticException e) {
        throw new Refused("request.json.numberOutOfRange");
      }
    }
  }

  static final class Decimals implements JsonbDeserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return decimal(parser.getValue());
    }
  }

  private static BigDecimal whole(JsonValue value) {
    BigDecimal number = decimal(value);
    if (number == null || number.signum() == 0) {
      return number == null ? null : BigDecimal.ZERO;
    }
    if (number.scale() > 0 && number.stripTrailingZeros().scale() > 0) {
      throw new Refused("request.json.notWhole");
    }
    if (number.precision() - number.scale() > 19) {
      throw new Refused("request.json.numberOutOfRange");
    }
    return number.setScale(0);
  }

  private static BigDecimal decimal(JsonValue value) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonNumber number)) {
      throw new Refused("request.json.notNumber");
    }
    BigDecimal decimal = number.bigDecimalValue();
    if (decimal.signum() != 0
        && (decimal.unscaledValue().bitLength() > MAX_BITS
            || Math.abs((long) decimal.scale()) > MAX_SCALE)) {
      throw new Refused("request.json.numberOutOfRange");
    }
    return decimal;
  }
}
