package vn.parindex.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Reads a decimal the way Vietnamese users type it ("1,25") as well as the English way ("1.25");
 * several dots or commas of the other kind are thousands separators ("1.250.000").
 */
@FacesConverter("decimalInput")
public class DecimalInputConverter implements Converter<BigDecimal> {
  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.replace(" ", "").replace("\u00a0", "");
    char decimal = decimalSeparator(text, context.getViewRoot().getLocale());
    char grouping = decimal == ',' ? '.' : ',';
    String normalised = text.replace(String.valueOf(grouping), "").replace(decimal, '.');
    try {
      BigDecimal number = new BigDecimal(normalised);
      // A number such as 1E+999999999 is cheap to hold but not to compute with or to print back.
      if (number.unscaledValue().bitLength() > 128 || Math.abs((long) number.scale()) > 40) {
        throw new NumberFormatException("Out of any sensible range: " + value);
      }
      return number;
    } catch (NumberFormatException e) {
      String label = String.valueOf(component.getAttributes().getOrDefault("label", ""));
      String pattern =
          ResourceBundle.getBundle("vn.parindex.i18n.Messages", context.getViewRoot().getLocale())
              .getString("input.notANumber");
      String message = MessageFormat.format(pattern, label, value);
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null), e);
    }
  }

  private static char decimalSeparator(String text, Locale locale) {
    int commas = text.length() - text.replace(",", "").length();
    int dots = text.length() - text.replace(".", "").length();
    if (commas > 0 && dots > 0) {
      return text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    }
    if (commas == 1 && dots == 0) {
      return ',';
    }
    if (dots == 1 && commas == 0) {
      return '.';
    }
    return "en".equals(locale.getLanguage()) ? '.' : ',';
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    if (value == null) {
      return "";
    }
    DecimalFormat format =
        new DecimalFormat(
            "0.####", DecimalFormatSymbols.getInstance(context.getViewRoot().getLocale()));
    return format.format(value);
  }
}
